package org.gongshi.report;

/** The sections staff write: 一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项. */
public record ReportTexts(String overview, String problems, String otherMatters) {

    public static final ReportTexts NONE = new ReportTexts(null, null, null);
}
