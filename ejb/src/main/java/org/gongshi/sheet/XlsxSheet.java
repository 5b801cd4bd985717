package org.gongshi.sheet;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One worksheet's XML, streamed with SAX: each {@code <row>} becomes a raw row for the
 * {@link RowFeed} as soon as it ends, so memory holds one row, whatever the sheet's length.
 * <p>
 * Cells are read as the clerk sees them: shared and inline strings as written; numbers exactly as
 * stored (never through a double's {@code 3.30328E+17}), or as displayed when the clerk gave them a
 * number format; dates as yyyy-MM-dd. A number of 16 or more digits is refused: Excel keeps only
 * 15 significant digits, so an ID or bank-card number typed into a number cell has already lost
 * its last digits, and publishing (or hashing) it would be wrong.
 * <p>
 * A formula is refused in the header and the data, because the value an xlsx stores for a formula
 * is the result of its last calculation: a file written by another program, or with calculation
 * set to manual, can carry results that no longer match the cells they are computed from, and
 * the clerk would publish numbers nobody checked.
 */
final class XlsxSheet extends DefaultHandler {

    /** A merged range, 0-based columns and 1-based rows. */
    record Merge(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    /** Merged ranges kept at most; a real sheet has a handful. */
    private static final int MAX_MERGES = 100_000;
    private static final BigDecimal FIFTEEN_DIGITS = new BigDecimal("1e15");

    private final String[] sharedStrings;
    private final XlsxStyles styles;
    private final boolean date1904;
    private final SheetLimits limits;
    private final RowFeed feed;
    private final Set<Integer> hiddenColumns;
    private final List<Merge> merges = new ArrayList<>();
    private DataFormatter formatter;

    private final String[] cells;
    private int rowNumber;
    private boolean rowHidden;
    private int rowWidth;
    private boolean overflow;
    private RowFeed.CellIssue issue;

    private int column;
    private int nextColumn;
    private char type;
    private int style;
    private boolean formula;
    private boolean capture;
    private boolean inInline;
    private boolean inPhonetic;
    private final StringBuilder text = new StringBuilder(64);

    XlsxSheet(String[] sharedStrings, XlsxStyles styles, boolean date1904, SheetLimits limits, RowFeed feed,
              Set<Integer> hiddenColumns) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.limits = limits;
        this.feed = feed;
        this.hiddenColumns = hiddenColumns;
        this.cells = new String[limits.maxColumns()];
    }

    List<Merge> merges() {
        return merges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "c" -> startCell(atts);
            case "v" -> {
                capture = true;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "is" -> {
                inInline = true;
                text.setLength(0);
            }
            case "t" -> capture = inInline && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            case "row" -> startRow(atts);
            case "col" -> hiddenColumns(atts);
            case "mergeCell" -> merge(atts.getValue("ref"));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> capture = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capture && text.length() <= limits.maxCellChars()) {
            // Kept to one character over the limit: enough to refuse the cell, never a heap's worth.
            text.append(ch, start, Math.min(length, limits.maxCellChars() + 1 - text.length()));
        }
    }

    // ---- rows ----

    private void startRow(Attributes atts) {
        String r = atts.getValue("r");
        int number = r == null ? rowNumber + 1 : parseInt(r);
        if (number <= rowNumber) {
            throw new IllegalStateException("Rows out of order");
        }
        rowNumber = number;
        String hidden = atts.getValue("hidden");
        rowHidden = "1".equals(hidden) || "true".equals(hidden);
        rowWidth = 0;
        overflow = false;
        issue = null;
        nextColumn = 0;
    }

    private void endRow() {
        feed.row(rowNumber, cells, rowWidth, rowHidden, issue, overflow);
        for (int i = 0; i < rowWidth; i++) {
            cells[i] = null;
        }
    }

    // ---- cells ----

    private void startCell(Attributes atts) {
        String ref = atts.getValue("r");
        column = ref == null ? nextColumn : Cells.columnOf(ref);
        if (column < 0) {
            throw new IllegalStateException("Bad cell reference");
        }
        nextColumn = column + 1;
        String t = atts.getValue("t");
        type = t == null || t.isEmpty() ? 'n' : switch (t) {
            case "s" -> 's';
            case "inlineStr" -> 'i';
            case "b" -> 'b';
            case "e" -> 'e';
            case "str" -> 'f';
            case "d" -> 'd';
            default -> 'n';
        };
        String s = atts.getValue("s");
        style = s == null ? 0 : parseInt(s);
        formula = false;
        text.setLength(0);
    }

    private void endCell() {
        String value = switch (type) {
            case 's' -> sharedString();
            case 'i' -> decodeEscapes(text);
            case 'b' -> text.isEmpty() ? "" : text.charAt(0) == '1' ? "TRUE" : "FALSE";
            case 'd' -> isoDate(text);
            case 'e', 'f' -> text.toString();
            default -> number();
        };
        if (formula) {
            note(SheetRejected.Reason.FORMULA, Cells.address(column, rowNumber));
        } else if (value.length() > limits.maxCellChars()) {
            // Checked before cleaning: texts are kept to one character over the limit as they are read.
            note(SheetRejected.Reason.CELL_TOO_LONG, Cells.address(column, rowNumber), limits.maxCellChars());
        }
        value = Cells.clean(value);
        if (column >= cells.length) {
            overflow |= !value.isEmpty();
            return;
        }
        cells[column] = value;
        if (column >= rowWidth) {
            rowWidth = column + 1;
        }
    }

    private void note(SheetRejected.Reason reason, Object... arguments) {
        if (issue == null) {
            issue = new RowFeed.CellIssue(reason, arguments);
        }
    }

    private String sharedString() {
        int index = parseInt(text);
        if (index < 0 || index >= sharedStrings.length) {
            throw new IllegalStateException("Shared string out of range");
        }
        return sharedStrings[index];
    }

    private String number() {
        int n = text.length();
        int start = 0;
        while (start < n && text.charAt(start) <= ' ') {
            start++;
        }
        if (start == n) {
            return "";
        }
        String raw = text.substring(start).strip();
        XlsxStyles.Kind kind = styles.kind(style);
        if (kind == XlsxStyles.Kind.DATE) {
            String date = dateText(Double.parseDouble(raw));
            if (date != null) {
                return date;
            }
        }
        if (integerDigits(raw) > 15) {
            note(SheetRejected.Reason.NUMBER_PRECISION, Cells.address(column, rowNumber));
            return raw;
        }
        if (kind == XlsxStyles.Kind.FORMATTED) {
            if (formatter == null) {
                formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            }
            return formatter.formatRawCellContents(Double.parseDouble(raw), styles.formatId(style),
                    styles.formatCode(style));
        }
        return plain(raw);
    }

    /** Digits before the decimal point of the stored number (leading zeros not counted). */
    private static int integerDigits(String raw) {
        boolean exponent = false;
        boolean fraction = false;
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!fraction && (c != '0' || !leading)) {
                    leading = false;
                    digits++;
                }
            } else if (c == '.') {
                fraction = true;
            } else if (c == 'E' || c == 'e') {
                exponent = true;
                break;
            }
        }
        if (!exponent) {
            return digits;
        }
        BigDecimal value = new BigDecimal(raw).abs();
        return value.compareTo(FIFTEEN_DIGITS) >= 0 ? 16 : 15;
    }

    /**
     * The stored number in plain decimal notation: 580, 580.5, 0.0005 — never 5E-4, 3.30328E+17 or
     * the 580.0 some writers store.
     */
    private static String plain(String raw) {
        int point = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 'E' || c == 'e') {
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            }
            if (c == '.') {
                point = i;
            }
        }
        if (point < 0) {
            return raw;
        }
        int end = raw.length();
        while (end > point + 1 && raw.charAt(end - 1) == '0') {
            end--;
        }
        if (end == point + 1) {
            end = point;
        }
        return end == raw.length() ? raw : raw.substring(0, end);
    }

    private String dateText(double serial) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return null;
        }
        LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904, true);
        if (t == null) {
            return null;
        }
        boolean hasTime = t.getHour() != 0 || t.getMinute() != 0 || t.getSecond() != 0;
        StringBuilder out = new StringBuilder(16);
        if (serial < 1 && hasTime) {
            twoDigits(out, t.getHour()).append(':');
            twoDigits(out, t.getMinute());
            if (t.getSecond() != 0) {
                twoDigits(out.append(':'), t.getSecond());
            }
            return out.toString();
        }
        out.append(t.getYear()).append('-');
        twoDigits(out, t.getMonthValue()).append('-');
        twoDigits(out, t.getDayOfMonth());
        if (hasTime) {
            twoDigits(out.append(' '), t.getHour()).append(':');
            twoDigits(out, t.getMinute());
        }
        return out.toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }

    /** A cell of type {@code d} holds an ISO 8601 date (or date-time): its date part. */
    private static String isoDate(CharSequence text) {
        String s = text.toString().strip();
        return s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-' ? s.substring(0, 10) : s;
    }

    // ---- columns and merges ----

    private void hiddenColumns(Attributes atts) {
        String hidden = atts.getValue("hidden");
        if (!"1".equals(hidden) && !"true".equals(hidden)) {
            return;
        }
        int min = parseInt(atts.getValue("min"));
        int max = Math.min(parseInt(atts.getValue("max")), limits.maxColumns());
        for (int c = min; c <= max; c++) {
            hiddenColumns.add(c - 1);
        }
    }

    private void merge(String ref) {
        if (ref == null || merges.size() >= MAX_MERGES) {
            return;
        }
        int colon = ref.indexOf(':');
        String first = colon < 0 ? ref : ref.substring(0, colon);
        String last = colon < 0 ? ref : ref.substring(colon + 1);
        int c1 = Cells.columnOf(first);
        int r1 = Cells.rowOf(first);
        int c2 = Cells.columnOf(last);
        int r2 = Cells.rowOf(last);
        if (c1 >= 0 && r1 > 0 && c2 >= 0 && r2 > 0) {
            merges.add(new Merge(Math.min(c1, c2), Math.min(r1, r2), Math.max(c1, c2), Math.max(r1, r2)));
        }
    }

    // ---- text ----

    private static int parseInt(CharSequence s) {
        if (s == null) {
            throw new IllegalStateException("Number missing");
        }
        int value = 0;
        int n = s.length();
        if (n == 0 || n > 9) {
            throw new IllegalStateException("Bad number");
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalStateException("Bad number");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_} (e.g. {@code _x000D_}); this turns them back. */
    static String decodeEscapes(CharSequence text) {
        int n = text.length();
        int at = -1;
        for (int i = 0; i + 6 < n; i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x') {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, at);
        int i = at;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '_' && i + 6 < n && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_') {
                int code = hex(text, i + 2);
                if (code >= 0) {
                    out.append((char) code);
                    i += 7;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int hex(CharSequence s, int from) {
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
