package org.gongshi.search;

import java.time.Instant;
import java.util.List;

/**
 * One notice found: where it is on the board, and its title and a passage of its text cut into
 * {@link Fragment}s so that a page can mark the matched words without trusting any HTML.
 */
public record SearchHit(String noticeId, String divisionCode, String divisionName, String section,
                        List<Fragment> title, List<Fragment> snippet, Instant publishedAt, float score) {

    /** A run of text; {@code match} when it is what the resident searched for. */
    public record Fragment(String text, boolean match) {
    }
}
