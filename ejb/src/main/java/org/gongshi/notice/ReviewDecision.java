package org.gongshi.notice;

/** What a reviewer decided at one level of review. */
public enum ReviewDecision {
    APPROVED,
    REJECTED
}
