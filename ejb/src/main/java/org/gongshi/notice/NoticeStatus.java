package org.gongshi.notice;

/**
 * Where a notice stands. Only {@link #PUBLISHED} notices are ever shown to the public (and only
 * while their notice period, if they have one, has not ended).
 */
public enum NoticeStatus {
    /** Being written; visible to its division's staff only. */
    DRAFT,
    /** Submitted; waiting for the next of its review levels (三审). */
    IN_REVIEW,
    /** Every level approved; waits for its scheduled publication time. */
    APPROVED,
    /** On the public board. */
    PUBLISHED,
    /** Taken off the public board; stays in the staff archive. */
    WITHDRAWN
}
