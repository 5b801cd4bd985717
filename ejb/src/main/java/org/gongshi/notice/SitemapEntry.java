package org.gongshi.notice;

import java.time.Instant;

/** One notice page for the sitemap: where it is and when it last changed (publication or correction). */
public record SitemapEntry(String divisionCode, String noticeId, Instant lastModified) {
}
