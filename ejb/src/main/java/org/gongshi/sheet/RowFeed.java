package org.gongshi.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The part of reading common to xlsx and CSV: finds the header among the first non-blank rows
 * (buffering only those), then hands each data row to the listener and refuses what cannot be
 * published faithfully. Formats feed it raw rows; it never keeps a data row after handing it over.
 * <p>
 * The header is the first row, among the first {@link SheetLimits#headerSearchRows()} non-blank
 * rows, with at least two headings the vocabulary knows ({@link ColumnSuggestions}); failing that,
 * the first row of two or more cells that are all text (no number, no date). A title row above it
 * («2026年第四季度篁庄村低保对象名单», one cell, often merged across the table) and blank rows are
 * skipped.
 */
final class RowFeed {

    /** A problem in one cell that refuses the file when the cell is in the header or the data. */
    record CellIssue(SheetRejected.Reason reason, Object... arguments) {
        SheetRejected reject() {
            return new SheetRejected(reason, arguments);
        }
    }

    /** Thrown to stop reading a sheet whose first rows hold no header (xlsx then tries the next sheet). */
    static final class NoHeaderHere extends RuntimeException {
        NoHeaderHere() {
            super(null, null, false, false);
        }
    }

    /** Carries an exception of the listener through the parsers, to be rethrown unchanged. */
    static final class ListenerFailed extends RuntimeException {
        ListenerFailed(RuntimeException cause) {
            super(null, cause, false, false);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }

    /** Ends a read once the header and one data row are known ({@link SheetReader#readHeader}). */
    static final class EnoughRead extends RuntimeException {
        EnoughRead() {
            super(null, null, false, false);
        }
    }

    private record Buffered(int number, String[] cells, int width, boolean hidden, CellIssue issue, boolean overflow) {
    }

    private final SheetLimits limits;
    private final SheetListener listener;
    private final SheetSource source;
    private final boolean shortRowsAreRagged;
    private final LongSupplier bytesRead;
    private final long bytesTotal;
    private final Set<Integer> hiddenColumns;
    private final boolean stopAfterFirstRow;

    private final List<Buffered> searched = new ArrayList<>();
    private SheetHeader header;
    private int width;
    private int dataRows;
    private int blankRows;
    private int hiddenRows;
    private int lastDataRow;
    private final List<Integer> raggedRows = new ArrayList<>();
    private int raggedCount;
    private boolean sawContent;

    /**
     * @param shortRowsAreRagged CSV: a row with fewer cells than the header is refused (Excel and WPS write
     *                           every row of the used range in full); xlsx leaves empty cells out, so not there
     */
    RowFeed(SheetLimits limits, SheetListener listener, SheetSource source, boolean shortRowsAreRagged,
            LongSupplier bytesRead, long bytesTotal, Set<Integer> hiddenColumns, boolean stopAfterFirstRow) {
        this.limits = limits;
        this.listener = listener;
        this.source = source;
        this.shortRowsAreRagged = shortRowsAreRagged;
        this.bytesRead = bytesRead;
        this.bytesTotal = bytesTotal;
        this.hiddenColumns = hiddenColumns;
        this.stopAfterFirstRow = stopAfterFirstRow;
    }

    boolean sawContent() {
        return sawContent;
    }

    boolean headerFound() {
        return header != null;
    }

    /**
     * One raw row. {@code cells[0..width)} are cleaned texts or {@code null}; {@code width} is the
     * number of cells the row carries (CSV: the record's size; xlsx: the last stored cell + 1);
     * {@code overflow} marks a filled cell beyond {@link SheetLimits#maxColumns()}. The array may be
     * reused by the caller after this returns.
     */
    void row(int number, String[] cells, int width, boolean hidden, CellIssue issue, boolean overflow) {
        boolean blank = !overflow && isBlank(cells, width);
        if (header == null) {
            if (blank) {
                return;
            }
            sawContent = true;
            Buffered row = new Buffered(number, Arrays.copyOf(cells, width), width, hidden, issue, overflow);
            searched.add(row);
            if (isLikelyHeader(row)) {
                useAsHeader(searched.size() - 1);
            } else if (searched.size() >= limits.headerSearchRows()) {
                int fallback = fallbackHeader();
                if (fallback < 0) {
                    throw new NoHeaderHere();
                }
                useAsHeader(fallback);
            }
            return;
        }
        data(number, cells, width, hidden, issue, overflow, blank);
    }

    /** The end of the rows of a sheet. Returns false when no header was found (the caller decides). */
    boolean endOfRows() {
        if (header == null) {
            int fallback = fallbackHeader();
            if (fallback < 0) {
                return false;
            }
            useAsHeader(fallback);
        }
        return true;
    }

    /**
     * After {@link #endOfRows()} and any merged ranges were checked: refuses ragged rows and a header
     * without data, else reports completion.
     */
    SheetSummary finish() {
        if (raggedCount > 0) {
            throw new SheetRejected(SheetRejected.Reason.RAGGED_ROWS, joinRows(raggedRows), raggedCount, width);
        }
        if (dataRows == 0) {
            throw new SheetRejected(SheetRejected.Reason.HEADER_ONLY, header.rowNumber());
        }
        report(true);
        return new SheetSummary(header, dataRows, blankRows, hiddenRows);
    }

    SheetHeader header() {
        return header;
    }

    /**
     * Refuses a merged range (0-based columns, 1-based rows) that touches the header or the data;
     * a title merged above the header, a merge right of the table or below its last row is fine.
     */
    void checkMerged(int firstColumn, int firstRow, int lastColumn, int lastRow) {
        if (header == null) {
            return;
        }
        boolean rowsTouch = lastRow >= header.rowNumber() && firstRow <= Math.max(lastDataRow, header.rowNumber());
        boolean columnsTouch = firstColumn < width;
        if (rowsTouch && columnsTouch) {
            throw new SheetRejected(SheetRejected.Reason.MERGED_CELLS,
                    Cells.range(firstColumn, firstRow, lastColumn, lastRow));
        }
    }

    // ---- header ----

    private boolean isLikelyHeader(Buffered row) {
        int filled = 0;
        int known = 0;
        for (int i = 0; i < row.width; i++) {
            String c = row.cells[i];
            if (c != null && !c.isEmpty()) {
                filled++;
                if (ColumnSuggestions.isKnownHeading(c)) {
                    known++;
                }
            }
        }
        return filled >= 2 && known >= 2;
    }

    private int fallbackHeader() {
        for (int r = 0; r < searched.size(); r++) {
            Buffered row = searched.get(r);
            int filled = 0;
            boolean allText = true;
            for (int i = 0; i < row.width && allText; i++) {
                String c = row.cells[i];
                if (c != null && !c.isEmpty()) {
                    filled++;
                    allText = !looksNumeric(c);
                }
            }
            if (filled >= 2 && allText) {
                return r;
            }
        }
        return -1;
    }

    private void useAsHeader(int index) {
        Buffered row = searched.get(index);
        if (row.issue != null) {
            throw row.issue.reject();
        }
        if (row.overflow) {
            throw new SheetRejected(SheetRejected.Reason.TOO_MANY_COLUMNS, limits.maxColumns());
        }
        int w = row.width;
        while (w > 0 && (row.cells[w - 1] == null || row.cells[w - 1].isEmpty())) {
            w--;
        }
        width = w;
        List<String> headings = new ArrayList<>(w);
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < w; i++) {
            String h = row.cells[i] == null ? "" : row.cells[i];
            headings.add(h);
            if (!h.isEmpty() && !seen.add(ColumnSuggestions.normalise(h))) {
                duplicates.add(h);
            }
        }
        int headerWidth = w;
        List<Integer> hidden = hiddenColumns.stream().filter(c -> c < headerWidth).sorted().toList();
        header = new SheetHeader(source, row.number, headings, List.copyOf(duplicates), hidden);
        try {
            listener.header(header);
        } catch (RuntimeException e) {
            throw new ListenerFailed(e);
        }
        List<Buffered> after = List.copyOf(searched.subList(index + 1, searched.size()));
        searched.clear();
        for (Buffered b : after) {
            data(b.number, b.cells, b.width, b.hidden, b.issue, b.overflow, false);
        }
    }

    // ---- data ----

    private void data(int number, String[] cells, int rowWidth, boolean hidden, CellIssue issue, boolean overflow,
                      boolean blank) {
        if (blank) {
            blankRows++;
            return;
        }
        if (issue != null) {
            throw issue.reject();
        }
        boolean ragged = overflow || shortRowsAreRagged && rowWidth < width;
        for (int i = width; i < rowWidth && !ragged; i++) {
            ragged = cells[i] != null && !cells[i].isEmpty();
        }
        lastDataRow = number;
        if (ragged) {
            raggedCount++;
            if (raggedRows.size() < 10) {
                raggedRows.add(number);
            }
            return;
        }
        if (dataRows >= limits.maxRows()) {
            throw new SheetRejected(SheetRejected.Reason.TOO_MANY_ROWS, limits.maxRows());
        }
        dataRows++;
        if (hidden) {
            hiddenRows++;
        }
        if (raggedCount > 0) {
            return; // refused at the end; nothing more is handed over
        }
        String[] out = new String[width];
        for (int i = 0; i < width; i++) {
            String c = i < rowWidth ? cells[i] : null;
            out[i] = c == null ? "" : c;
        }
        try {
            listener.row(new SheetRow(number, List.of(out), hidden));
        } catch (RuntimeException e) {
            throw new ListenerFailed(e);
        }
        if (stopAfterFirstRow) {
            throw new EnoughRead();
        }
        if (dataRows % SheetProgress.EVERY_ROWS == 0) {
            report(false);
        }
    }

    private void report(boolean done) {
        try {
            listener.progress(new SheetProgress(dataRows, bytesRead.getAsLong(), bytesTotal, done));
        } catch (RuntimeException e) {
            throw new ListenerFailed(e);
        }
    }

    private static boolean isBlank(String[] cells, int width) {
        for (int i = 0; i < width; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A number or a date as people write them: digits with . , - / : % and spaces only. */
    static boolean looksNumeric(String c) {
        boolean digit = false;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (".,-/:% +¥年月日".indexOf(ch) < 0) {
                return false;
            }
        }
        return digit;
    }

    private static String joinRows(List<Integer> rows) {
        StringBuilder out = new StringBuilder();
        for (int r : rows) {
            if (!out.isEmpty()) {
                out.append('、');
            }
            out.append(r);
        }
        return out.toString();
    }
}
