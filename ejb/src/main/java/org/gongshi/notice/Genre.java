package org.gongshi.notice;

/**
 * The genre (体裁) of a published document, one of the four dimensions by which the disclosure
 * catalog is browsed (topic, genre, agency, audience).
 */
public enum Genre {
    /** 通知 */
    NOTIFICATION,
    /** 公告 */
    ANNOUNCEMENT,
    /** 公示: time-limited, carries a notice period. */
    PUBLIC_NOTICE,
    /** 决定 */
    DECISION,
    /** 意见 */
    OPINION,
    /** 报告 */
    REPORT,
    /** 行政规范性文件: carries validity (有效性). */
    NORMATIVE_DOCUMENT,
    /** 政策解读: interprets a normative document and is published with it. */
    POLICY_INTERPRETATION,
    /** 其他 */
    OTHER
}
