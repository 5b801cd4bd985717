package org.gongshi.request;

/**
 * The result rows of table 三 of the annual report (国办公开办函〔2021〕30号, "本年度办理结果"), in
 * the order of the national format. Every closed request counts in exactly one of them: a reply by
 * its {@link ReplyType}, a request closed without a reply by its {@link ClosingReason}. A request
 * with a partly-disclosed answer counts only in {@link #PARTLY_DISCLOSED}.
 */
public enum ResultRow {
    /** （一）予以公开. */
    DISCLOSED("（一）", "予以公开"),
    /** （二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
    PARTLY_DISCLOSED("（二）", "部分公开"),
    /** （三）不予公开 1. 属于国家秘密. */
    WITHHELD_STATE_SECRET("（三）1", "属于国家秘密"),
    /** （三）2. 其他法律行政法规禁止公开. */
    WITHHELD_OTHER_LAW("（三）2", "其他法律行政法规禁止公开"),
    /** （三）3. 危及"三安全一稳定". */
    WITHHELD_SECURITY_STABILITY("（三）3", "危及“三安全一稳定”"),
    /** （三）4. 保护第三方合法权益. */
    WITHHELD_THIRD_PARTY("（三）4", "保护第三方合法权益"),
    /** （三）5. 属于三类内部事务信息. */
    WITHHELD_INTERNAL_AFFAIRS("（三）5", "属于三类内部事务信息"),
    /** （三）6. 属于四类过程性信息. */
    WITHHELD_PROCESS("（三）6", "属于四类过程性信息"),
    /** （三）7. 属于行政执法案卷. */
    WITHHELD_ENFORCEMENT_FILE("（三）7", "属于行政执法案卷"),
    /** （三）8. 属于行政查询事项. */
    WITHHELD_ADMINISTRATIVE_QUERY("（三）8", "属于行政查询事项"),
    /** （四）无法提供 1. 本机关不掌握相关政府信息. */
    UNAVAILABLE_NOT_HELD("（四）1", "本机关不掌握相关政府信息"),
    /** （四）2. 没有现成信息需要另行制作. */
    UNAVAILABLE_NEEDS_CREATION("（四）2", "没有现成信息需要另行制作"),
    /** （四）3. 补正后申请内容仍不明确. */
    UNAVAILABLE_STILL_UNCLEAR("（四）3", "补正后申请内容仍不明确"),
    /** （五）不予处理 1. 信访举报投诉类申请. */
    NOT_PROCESSED_PETITION("（五）1", "信访举报投诉类申请"),
    /** （五）2. 重复申请. */
    NOT_PROCESSED_REPEATED("（五）2", "重复申请"),
    /** （五）3. 要求提供公开出版物. */
    NOT_PROCESSED_PUBLICATION("（五）3", "要求提供公开出版物"),
    /** （五）4. 无正当理由大量反复申请. */
    NOT_PROCESSED_EXCESSIVE("（五）4", "无正当理由大量反复申请"),
    /** （五）5. 要求行政机关确认或重新出具已获取信息. */
    NOT_PROCESSED_CONFIRMATION("（五）5", "要求行政机关确认或重新出具已获取信息"),
    /** （六）其他处理 1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
    OTHER_NO_CORRECTION("（六）1", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    /** （六）2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
    OTHER_FEE_UNPAID("（六）2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    /** （六）3. 其他. */
    OTHER("（六）3", "其他");

    private final String number;
    private final String label;

    ResultRow(String number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The row's number in the national table, e.g. {@code （三）4}. */
    public String number() {
        return number;
    }

    /** The row's words in the national table. */
    public String label() {
        return label;
    }

    /** The group heading of the row: （一） to （六）. */
    public String group() {
        int end = number.indexOf('）');
        return number.substring(0, end + 1);
    }
}
