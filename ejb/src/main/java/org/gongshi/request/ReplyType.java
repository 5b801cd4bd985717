package org.gongshi.request;

/**
 * What a reply decides (Regulation Arts. 36, 37, 35 and the grounds of Arts. 14–16), fine enough that
 * each type is one result row of the annual report's table 三 ({@link ResultRow}). Types that
 * refuse or explain need a reason in the letter ({@link #needsReason()}); pointing to where the
 * information already is needs the place ({@link #needsPlace()}).
 */
public enum ReplyType {
    /** Art. 36 (二): 予以公开. */
    DISCLOSED(ResultRow.DISCLOSED, "第三十六条第（二）项", false, false),
    /** Art. 36 (一): 已主动公开，告知获取的方式和途径 — counted as disclosed. */
    ALREADY_PUBLIC(ResultRow.DISCLOSED, "第三十六条第（一）项", false, true),
    /** Art. 37: 部分公开 — the part withheld is named with its ground in the reason. */
    PARTLY_DISCLOSED(ResultRow.PARTLY_DISCLOSED, "第三十六条第（三）项、第三十七条", true, false),
    /** Art. 14: 属于国家秘密. */
    WITHHELD_STATE_SECRET(ResultRow.WITHHELD_STATE_SECRET, "第十四条、第三十六条第（三）项", true, false),
    /** Art. 14: 法律、行政法规禁止公开. */
    WITHHELD_OTHER_LAW(ResultRow.WITHHELD_OTHER_LAW, "第十四条、第三十六条第（三）项", true, false),
    /** Art. 14: 公开后可能危及国家安全、公共安全、经济安全、社会稳定. */
    WITHHELD_SECURITY_STABILITY(ResultRow.WITHHELD_SECURITY_STABILITY, "第十四条、第三十六条第（三）项", true, false),
    /** Art. 15: 涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害. */
    WITHHELD_THIRD_PARTY(ResultRow.WITHHELD_THIRD_PARTY, "第十五条、第三十六条第（三）项", true, false),
    /** Art. 16 (1): 人事管理、后勤管理、内部工作流程等内部事务信息. */
    WITHHELD_INTERNAL_AFFAIRS(ResultRow.WITHHELD_INTERNAL_AFFAIRS, "第十六条第一款、第三十六条第（三）项", true, false),
    /** Art. 16 (2): 讨论记录、过程稿、磋商信函、请示报告等过程性信息. */
    WITHHELD_PROCESS(ResultRow.WITHHELD_PROCESS, "第十六条第二款、第三十六条第（三）项", true, false),
    /** Art. 16 (2): 行政执法案卷信息. */
    WITHHELD_ENFORCEMENT_FILE(ResultRow.WITHHELD_ENFORCEMENT_FILE, "第十六条第二款、第三十六条第（三）项", true, false),
    /** Art. 36 (七): 工商、不动产登记资料等，依照有关法律、行政法规的规定办理（行政查询事项）. */
    WITHHELD_ADMINISTRATIVE_QUERY(ResultRow.WITHHELD_ADMINISTRATIVE_QUERY, "第三十六条第（七）项", true, false),
    /** Art. 36 (四): 经检索没有所申请公开信息. */
    NOT_HELD(ResultRow.UNAVAILABLE_NOT_HELD, "第三十六条第（四）项", true, false),
    /** Art. 36 (五): 不属于本机关负责公开 — the reason names the agency that is, where known. */
    NOT_THIS_AGENCY(ResultRow.UNAVAILABLE_NOT_HELD, "第三十六条第（五）项", true, false),
    /** Art. 38: 需要另行制作、加工分析的，可以不予提供. */
    NEEDS_CREATION(ResultRow.UNAVAILABLE_NEEDS_CREATION, "第三十八条", true, false),
    /** Art. 30: 补正后申请内容仍不明确. */
    STILL_UNCLEAR(ResultRow.UNAVAILABLE_STILL_UNCLEAR, "第三十条", true, false),
    /** Art. 39 (1): 以政府信息公开申请的形式进行信访、投诉、举报. */
    PETITION_COMPLAINT(ResultRow.NOT_PROCESSED_PETITION, "第三十九条第一款", true, false),
    /** Art. 36 (六): 重复申请. */
    REPEATED(ResultRow.NOT_PROCESSED_REPEATED, "第三十六条第（六）项", true, false),
    /** Art. 39 (2): 要求提供政府公报、报刊、书籍等公开出版物 — the reply says where to get it. */
    PUBLICATION(ResultRow.NOT_PROCESSED_PUBLICATION, "第三十九条第二款", false, true),
    /** Art. 35: 申请数量、频次明显超过合理范围，理由不合理. */
    EXCESSIVE(ResultRow.NOT_PROCESSED_EXCESSIVE, "第三十五条", true, false),
    /** Art. 39 (2): 要求行政机关确认或者重新出具已经获取的信息. */
    CONFIRMATION(ResultRow.NOT_PROCESSED_CONFIRMATION, "第三十九条第二款", true, false),
    /** Another way of handling that the table has no row for: counted under （六）3. */
    OTHER(ResultRow.OTHER, "第三十六条", true, false);

    private final ResultRow row;
    private final String articles;
    private final boolean needsReason;
    private final boolean needsPlace;

    ReplyType(ResultRow row, String articles, boolean needsReason, boolean needsPlace) {
        this.row = row;
        this.articles = articles;
        this.needsReason = needsReason;
        this.needsPlace = needsPlace;
    }

    /** The annual report's row this reply counts in. */
    public ResultRow row() {
        return row;
    }

    /** The articles of the Regulation the reply letter cites, in the letter's words. */
    public String articles() {
        return articles;
    }

    /** The letter must give the reason (a refusal or a partial disclosure is explained, Art. 36 (三)). */
    public boolean needsReason() {
        return needsReason;
    }

    /** The letter must say where the information can be had (Art. 36 (一), Art. 39 (2)). */
    public boolean needsPlace() {
        return needsPlace;
    }

    /** A reply that gives the applicant information, in full or in part (what fees and Art. 44 look at). */
    public boolean discloses() {
        return this == DISCLOSED || this == PARTLY_DISCLOSED;
    }
}
