package org.gongshi.request;

/** Why a request closed without a reply, and the row of table 三 where it counts. */
public enum ClosingReason {
    /** Art. 30: the correction was not returned in time — 视为放弃. */
    NO_CORRECTION(ResultRow.OTHER_NO_CORRECTION),
    /** 国办函〔2020〕109号: the fee was not paid within 20 working days of the notice — 视为放弃. */
    FEE_UNPAID(ResultRow.OTHER_FEE_UNPAID),
    /** The applicant withdrew the request (申请人撤回申请). */
    WITHDRAWN(ResultRow.OTHER);

    private final ResultRow row;

    ClosingReason(ResultRow row) {
        this.row = row;
    }

    public ResultRow row() {
        return row;
    }
}
