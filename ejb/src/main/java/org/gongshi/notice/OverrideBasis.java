package org.gongshi.notice;

/**
 * Why a notice may go on the board although the personal-data check found something in it. Regulation
 * Art. 15 and the work plans de-identify personal data in published information, except where the law
 * requires it to be named; and the check reports long numbers it cannot tell from personal ones.
 */
public enum OverrideBasis {
    /** 不是个人信息: what was found is not personal data (a contract, invoice or order number). */
    NOT_PERSONAL_DATA,
    /** 惩戒性公告: a punitive notice that names the person by law (e.g. 行政处罚决定, 失信被执行人). */
    PUNITIVE_NOTICE,
    /** 法定应公开: a disclosure a law or regulation requires with the personal data in it. */
    MANDATORY_DISCLOSURE
}
