package org.gongshi.sheet;

import java.util.List;

/**
 * Where the rows come from, to tell the clerk what was read.
 *
 * @param format       XLSX or CSV
 * @param sheetName    xlsx: the sheet read (the first visible one with a header); CSV: {@code null}
 * @param otherSheets  xlsx: the other visible sheets, not read; hidden sheets are never read
 * @param encoding     CSV: the encoding detected ({@code UTF-8}, {@code GB18030}, {@code UTF-16LE}, {@code UTF-16BE}); xlsx: {@code null}
 * @param delimiter    CSV: the field delimiter detected (comma, tab or semicolon); xlsx: 0
 */
public record SheetSource(Format format, String sheetName, List<String> otherSheets, String encoding, char delimiter) {

    public enum Format { XLSX, CSV }

    public SheetSource {
        otherSheets = List.copyOf(otherSheets);
    }

    static SheetSource xlsx(String sheetName, List<String> otherSheets) {
        return new SheetSource(Format.XLSX, sheetName, otherSheets, null, '\0');
    }

    static SheetSource csv(String encoding, char delimiter) {
        return new SheetSource(Format.CSV, null, List.of(), encoding, delimiter);
    }
}
