package org.gongshi.request;

/** The applicant as the annual report's table 三 counts them (国办公开办函〔2021〕30号). */
public enum ApplicantType {
    /** 自然人. */
    NATURAL_PERSON,
    /** 法人或其他组织 · 商业企业. */
    COMMERCIAL_ENTERPRISE,
    /** 科研机构. */
    RESEARCH_INSTITUTION,
    /** 社会公益组织. */
    SOCIAL_WELFARE_ORGANISATION,
    /** 法律服务机构. */
    LEGAL_SERVICE_ORGANISATION,
    /** 其他. */
    OTHER
}
