package org.gongshi.request;

/**
 * The kind of reply (Regulation Art. 36, 37), as the annual report's table 三 groups them. A
 * placeholder for this slice: stored with the answer; the reply letters come later.
 */
public enum ReplyType {
    /** 已主动公开，告知获取方式 (Art. 36 (一)). */
    ALREADY_PUBLIC,
    /** 予以公开 (Art. 36 (二)). */
    DISCLOSED,
    /** 部分公开 (Art. 37). */
    PARTLY_DISCLOSED,
    /** 不予公开，说明理由 (Art. 36 (三)). */
    WITHHELD,
    /** 经检索没有所申请公开信息 (Art. 36 (四)). */
    DOES_NOT_EXIST,
    /** 不属于本机关负责公开 (Art. 36 (五)). */
    NOT_THIS_AGENCY,
    /** 重复申请 (Art. 36 (六)). */
    REPEATED_REQUEST,
    /** 依照其他法律法规办理 (Art. 36 (七)). */
    SPECIAL_LAW
}
