package org.gongshi.notice;

import java.time.Instant;

/** A notice as the public sees it: no staff names, no draft state. */
public record PublishedNotice(String id, String divisionCode, String title, String body, Instant publishedAt) {

    static PublishedNotice of(Notice n) {
        return new PublishedNotice(n.id(), n.division().value(), n.title(), n.body(), n.publishedAt());
    }
}
