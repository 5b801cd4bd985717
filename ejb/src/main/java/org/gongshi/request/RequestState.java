package org.gongshi.request;

/** Where a request stands, in the statute's words. */
public enum RequestState {
    /** 已受理: the reply period (Art. 33) runs. */
    RECEIVED,
    /** 待补正: a correction was asked for (Art. 30); the period restarts when it comes back. */
    AWAITING_CORRECTION,
    /** 征求第三方意见: the clock is paused while the third party answers (Art. 32, 33). */
    CONSULTING_THIRD_PARTY,
    /** 已延期: the one extension was approved (Art. 33). */
    EXTENDED,
    /** 已答复 (Art. 36, 37). */
    ANSWERED,
    /** 视为放弃: no correction in time (Art. 30). */
    ABANDONED;

    public boolean closed() {
        return this == ANSWERED || this == ABANDONED;
    }
}
