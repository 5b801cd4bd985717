package org.gongshi.notice;

/**
 * The disclosure attribute (公开属性) every government document carries (Regulation on Open
 * Government Information, 2019). Anything but {@link #PROACTIVE} is confirmed by a reviewer.
 */
public enum DisclosureAttribute {
    /** 主动公开: published on the board. */
    PROACTIVE,
    /** 依申请公开: disclosed only on request; never on the board. */
    ON_REQUEST,
    /** 不予公开: withheld, with the legal reason (Art. 14–16) and a re-review date (Art. 18). */
    WITHHELD
}
