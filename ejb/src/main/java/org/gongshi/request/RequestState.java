package org.gongshi.request;

/** Where a request stands, in the statute's words. */
public enum RequestState {
    /** 已受理: the reply period (Art. 33) runs. */
    RECEIVED,
    /** 待补正: a correction was asked for (Art. 30); the period restarts when it comes back. */
    AWAITING_CORRECTION,
    /** 征求第三方意见: the clock is paused while the third party answers (Art. 32, 33). */
    CONSULTING_THIRD_PARTY,
    /** 待缴费: a fee notice went out (国办函〔2020〕109号); the clock stands still until it is paid or waived. */
    AWAITING_FEE,
    /** 已延期: the one extension was approved (Art. 33). */
    EXTENDED,
    /** 已答复 (Art. 36, 37). */
    ANSWERED,
    /** 视为放弃: no correction in time (Art. 30), or the fee not paid in time (109号). */
    ABANDONED,
    /** 申请人撤回. */
    WITHDRAWN;

    public boolean closed() {
        return this == ANSWERED || this == ABANDONED || this == WITHDRAWN;
    }

    /** The states in which the reply period runs and a reply may be overdue. */
    public static java.util.List<RequestState> running() {
        return java.util.List.of(RECEIVED, CONSULTING_THIRD_PARTY, EXTENDED);
    }
}
