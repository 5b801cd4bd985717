package org.gongshi.request;

/**
 * How a fee is counted (国办函〔2020〕109号《政府信息公开信息处理费管理办法》 Art. 3): by the number of
 * requests one applicant made to the agency in a calendar month, or by the number of pages provided
 * for one request. An agency chooses one of the two for a request, never both.
 */
public enum FeeMethod {
    /** 按件计收. */
    PER_REQUEST,
    /** 按量计收. */
    PER_PAGE
}
