package org.gongshi.sheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Reads a CSV with Apache Commons CSV, streaming: only the first {@value CsvEncoding#SAMPLE} bytes
 * are held to detect the encoding ({@link CsvEncoding}) and the delimiter; the rest is decoded
 * strictly as it is parsed, so a byte sequence that breaks the detected encoding further down is
 * refused with its row. Quoted fields may hold line breaks and doubled quotes (Excel's way); a
 * quote left open is refused. Row numbers are record numbers, which are the row numbers Excel shows
 * for the same file.
 * <p>
 * Cells: Excel and WPS write every row of the used range in full (empty cells as empty fields),
 * so a row with fewer fields than the header has lost a delimiter — its values would land in the
 * wrong columns — and is refused with the others of its kind. (Excel 97/2000 left out trailing
 * delimiters after row 16, Microsoft KB 77295; a file from those is better saved as xlsx.) Extra
 * empty fields after the header's last column are fine; a filled one is refused.
 */
final class CsvReader {

    /** What a byte sequence invalid in the detected encoding decodes to. */
    private static final char BAD_BYTE = '\uFFFF';

    private CsvReader() {
    }

    static SheetSummary read(InputStream upload, LongSupplier bytesRead, long declaredSize, SheetLimits limits,
                             SheetListener listener, boolean headerOnly) {
        BufferedInputStream in = new BufferedInputStream(upload, 64 * 1024);
        in.mark(CsvEncoding.SAMPLE + 1);
        byte[] sample;
        try {
            sample = in.readNBytes(CsvEncoding.SAMPLE);
            in.reset();
        } catch (IOException e) {
            throw new SheetRejected(SheetRejected.Reason.UNREADABLE);
        }
        if (sample.length == 0) {
            throw new SheetRejected(SheetRejected.Reason.EMPTY);
        }
        CsvEncoding.Detected encoding = CsvEncoding.detect(sample, sample.length < CsvEncoding.SAMPLE);
        Charset charset = encoding.charset();
        String sampleText = new String(sample, encoding.bomLength(), sample.length - encoding.bomLength(), charset);
        boolean sepLine = sampleText.startsWith("sep=") && sampleText.length() >= 5
                && (sampleText.length() == 5 || sampleText.charAt(5) == '\r' || sampleText.charAt(5) == '\n');
        char delimiter = sepLine ? sampleText.charAt(4) : delimiter(sampleText);

        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote('"')
                .setIgnoreEmptyLines(false).setTrim(false).setIgnoreSurroundingSpaces(false).get();
        RowFeed feed = new RowFeed(limits, listener, SheetSource.csv(charset.name(), delimiter), true,
                bytesRead, declaredSize, Set.of(), headerOnly);
        String[] cells = new String[limits.maxColumns()];
        int offset = sepLine ? 1 : 0;
        CSVParser parser = null;
        try {
            in.skipNBytes(encoding.bomLength());
            // A bad byte becomes U+FFFF (a noncharacter, never in real text) and refuses its row exactly;
            // a decoder that throws would name a row up to a buffer later.
            InputStreamReader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(String.valueOf(BAD_BYTE)));
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            for (CSVRecord record : parser) {
                long recordNumber = record.getRecordNumber();
                if (recordNumber <= offset) {
                    continue;
                }
                int size = record.size();
                int width = Math.min(size, cells.length);
                RowFeed.CellIssue issue = null;
                int number = (int) (recordNumber - offset);
                for (int i = 0; i < width; i++) {
                    String value = Cells.clean(record.get(i));
                    if (issue == null && value.indexOf(BAD_BYTE) >= 0) {
                        issue = new RowFeed.CellIssue(SheetRejected.Reason.ENCODING_BROKEN, displayName(charset), number);
                    } else if (issue == null && value.length() > limits.maxCellChars()) {
                        issue = new RowFeed.CellIssue(SheetRejected.Reason.CELL_TOO_LONG, Cells.address(i, number),
                                limits.maxCellChars());
                    }
                    cells[i] = value;
                }
                boolean overflow = false;
                for (int i = width; i < size && !overflow; i++) {
                    overflow = !record.get(i).isBlank();
                }
                feed.row(number, cells, width, false, issue, overflow);
            }
        } catch (UncheckedIOException | IOException e) {
            int row = parser == null ? 1 : (int) (parser.getRecordNumber() + 1 - offset);
            if (causedByCoding(e)) {
                throw new SheetRejected(SheetRejected.Reason.ENCODING_BROKEN, displayName(charset), Math.max(row, 1));
            }
            throw new SheetRejected(SheetRejected.Reason.CSV_QUOTES, Math.max(row, 1));
        } catch (RowFeed.NoHeaderHere e) {
            throw new SheetRejected(SheetRejected.Reason.NO_HEADER, limits.headerSearchRows());
        }
        if (!feed.endOfRows()) {
            throw feed.sawContent() ? new SheetRejected(SheetRejected.Reason.NO_HEADER, limits.headerSearchRows())
                    : new SheetRejected(SheetRejected.Reason.EMPTY);
        }
        return feed.finish();
    }

    /** What a clerk calls the encoding: GB18030 is read for GBK files, which is what Excel writes. */
    static String displayName(Charset charset) {
        return charset.equals(CsvEncoding.GB18030) ? "GBK" : charset.name();
    }

    private static boolean causedByCoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Comma, tab or semicolon: the one that splits the most of the first 20 lines into the same
     * number (at least 2) of fields, counting outside quotes; comma when none does.
     */
    static char delimiter(String text) {
        char[] candidates = {',', '\t', ';'};
        int best = 0;
        int bestScore = 0;
        for (int k = 0; k < candidates.length; k++) {
            int score = consistentLines(text, candidates[k]);
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return candidates[best];
    }

    private static int consistentLines(String text, char delimiter) {
        int[] counts = new int[20];
        int lines = 0;
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < counts.length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                count++;
            } else if (!quoted && c == '\n') {
                counts[lines++] = count;
                count = 0;
            }
        }
        if (lines < counts.length && count > 0) {
            counts[lines++] = count;
        }
        // The most frequent non-zero count, and how many lines have it.
        int bestLines = 0;
        for (int i = 0; i < lines; i++) {
            if (counts[i] == 0) {
                continue;
            }
            int same = 0;
            for (int j = 0; j < lines; j++) {
                if (counts[j] == counts[i]) {
                    same++;
                }
            }
            bestLines = Math.max(bestLines, same);
        }
        return bestLines;
    }
}
