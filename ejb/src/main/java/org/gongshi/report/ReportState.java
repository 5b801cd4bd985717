package org.gongshi.report;

/** Where a division's annual report stands. */
public enum ReportState {
    /** 草稿: the tables follow the data; texts and entries may change. */
    DRAFT,
    /** 已定稿: every check held; the numbers are frozen in a snapshot until the report is reopened. */
    FINALISED
}
