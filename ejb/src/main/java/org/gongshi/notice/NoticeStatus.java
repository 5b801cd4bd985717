package org.gongshi.notice;

/** Where a notice stands. Only {@link #PUBLISHED} notices are ever shown to the public. */
public enum NoticeStatus {
    /** Being written; visible to its division's staff only. */
    DRAFT,
    /** On the public board. */
    PUBLISHED
}
