package org.gongshi.notice;

import java.time.Instant;

/** A notice as staff see it; what services return instead of the entity. */
public record NoticeView(String id, String divisionCode, long version, String title, String body,
                         NoticeStatus status, String createdBy, Instant createdAt, String updatedBy,
                         Instant updatedAt, Instant publishedAt) {

    static NoticeView of(Notice n) {
        return new NoticeView(n.id(), n.division().value(), n.version(), n.title(), n.body(), n.status(),
                n.createdBy(), n.createdAt(), n.updatedBy(), n.updatedAt(), n.publishedAt());
    }
}
