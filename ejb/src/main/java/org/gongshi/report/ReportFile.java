package org.gongshi.report;

/** A report written as a file to download. */
public record ReportFile(String fileName, String mediaType, byte[] bytes) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
}
