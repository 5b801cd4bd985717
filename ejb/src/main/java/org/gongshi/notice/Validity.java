package org.gongshi.notice;

/** The validity (有效性) of a normative document. */
public enum Validity {
    /** 现行有效 */
    IN_FORCE,
    /** 已修改 */
    AMENDED,
    /** 已废止: marked on the original. */
    ABOLISHED,
    /** 已失效: past its end date, by itself. */
    EXPIRED
}
