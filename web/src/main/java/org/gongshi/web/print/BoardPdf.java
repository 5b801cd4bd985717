package org.gongshi.web.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongshi.document.CjkFont;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.web.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays a {@link BoardSheet} out as a PDF for the physical notice board: a header with the division
 * and the board's title, then the notices in columns (two on A4, three on A3) — each with its title,
 * document and index numbers, dates and a QR code to its public page, then its body as plain
 * paragraphs. A body that does not fit flows into the next column or page, marked "未完，转下栏"
 * where it breaks and "（续）title" where it goes on. Every page ends with "第 x 页 / 共 y 页".
 * <p>
 * The Chinese font is embedded as a subset, so the sheet prints the same on any printer. Characters
 * the font lacks print as □; control and formatting characters (bidi overrides, zero-width marks)
 * are dropped, so a hostile title cannot reorder or hide text on paper.
 */
public final class BoardPdf {

    private static final Locale ZH = Messages.DEFAULT_LOCALE;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final float LEADING = 1.45f;
    /** Closing punctuation may hang past the column edge rather than start a line (避头). */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)]%";
    private static final float GREY = 0.35f;

    private final BoardSheet sheet;
    private final Paper paper;
    private final PDDocument doc;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final float columnWidth;
    private final float top;
    private final float bottom;

    private PDPageContentStream out;
    private int column;
    private float y;
    private float columnTop;

    private BoardPdf(BoardSheet sheet, PDDocument doc, TrueTypeFont ttf) throws IOException {
        this.sheet = sheet;
        this.paper = sheet.paper();
        this.doc = doc;
        this.font = PDType0Font.load(doc, ttf, true);
        this.cmap = ttf.getUnicodeCmapLookup();
        float width = paper.size.getWidth();
        this.columnWidth = (width - 2 * paper.margin - (paper.columns - 1) * paper.gutter) / paper.columns;
        this.top = paper.size.getHeight() - paper.margin;
        // Room for the page footer.
        this.bottom = paper.margin + paper.smallSize * 2.5f;
    }

    /** The sheet as PDF bytes, set in the TrueType font (or collection) at {@code fontFile}. */
    public static byte[] render(BoardSheet sheet, Path fontFile) throws IOException {
        CjkFont.Loaded loaded = CjkFont.shared(fontFile);
        synchronized (loaded) { // one parsed font per process, one document at a time (see CjkFont.shared)
            return render(sheet, loaded);
        }
    }

    private static byte[] render(BoardSheet sheet, CjkFont.Loaded loaded) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BoardPdf pdf = new BoardPdf(sheet, doc, loaded.font());
            pdf.layOut();
            pdf.footers();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(sheet.divisionName() + " " + sheet.title());
            info.setCreator("Gongshi");
            info.setCreationDate(GregorianCalendar.from(sheet.printedOn().atStartOfDay(ZONE)));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void layOut() throws IOException {
        newPage(true);
        if (sheet.entries().isEmpty()) {
            line(t("print.empty"), paper.bodySize, x(), false);
        }
        boolean first = true;
        for (BoardSheet.Entry entry : sheet.entries()) {
            if (!first) {
                separator();
            }
            first = false;
            notice(entry);
        }
        if (sheet.note() != null && !sheet.note().isBlank()) {
            y -= paper.bodySize;
            for (String l : wrap(sheet.note(), paper.smallSize, columnWidth)) {
                ensure(paper.smallSize * LEADING, null);
                line(l, paper.smallSize, x(), true);
            }
        }
        out.close();
    }

    // --- One notice -------------------------------------------------------------------------------

    private void notice(BoardSheet.Entry entry) throws IOException {
        PublishedNotice n = entry.notice();
        float qr = paper.qrSize;
        float beside = columnWidth - qr - paper.gutter / 2;
        List<String> titleLines = wrap(n.title(), paper.titleSize, beside);
        List<String> meta = new ArrayList<>();
        if (present(n.documentNumber())) {
            meta.add(t("print.label.document-number", n.documentNumber()));
        }
        if (present(n.indexNumber())) {
            meta.add(t("print.label.index-number", n.indexNumber()));
        }
        if (n.publishedAt() != null) {
            meta.add(t("print.label.published", DATE.format(n.publishedAt().atZone(ZONE))));
        }
        String period = period(n.noticeStartsOn(), n.noticeEndsOn());
        if (period != null) {
            meta.add(t("print.label.period", period));
        }
        List<String> metaLines = new ArrayList<>();
        for (String m : meta) {
            metaLines.addAll(wrap(m, paper.smallSize, beside));
        }
        float titleHeight = titleLines.size() * paper.titleSize * LEADING;
        float headHeight = Math.max(titleHeight + metaLines.size() * paper.smallSize * LEADING, qr + paper.smallSize * LEADING);
        float usable = columnTop - bottom;
        if (headHeight > usable) {
            // A title longer than a whole column (nothing sane is): keep what fits, mark the cut.
            int keep = Math.max(1, (int) ((usable - qr / 2) / (paper.titleSize * LEADING)));
            titleLines = new ArrayList<>(titleLines.subList(0, Math.min(keep, titleLines.size())));
            titleLines.set(titleLines.size() - 1, titleLines.getLast() + "…");
            titleHeight = titleLines.size() * paper.titleSize * LEADING;
            headHeight = Math.min(usable, Math.max(titleHeight + metaLines.size() * paper.smallSize * LEADING,
                    qr + paper.smallSize * LEADING));
        }
        ensure(headHeight, null);
        float headTop = y;
        float left = x();
        for (String l : titleLines) {
            line(l, paper.titleSize, left, false);
        }
        for (String l : metaLines) {
            if (y - paper.smallSize * LEADING < bottom) {
                break;
            }
            line(l, paper.smallSize, left, true);
        }
        // The QR code, top right of the notice, with its caption under it.
        float qrLeft = left + columnWidth - qr;
        qr(entry.url(), qrLeft, headTop - qr, qr);
        String caption = t("print.label.scan");
        float captionWidth = width(caption, paper.smallSize * 0.85f);
        text(caption, paper.smallSize * 0.85f, qrLeft + (qr - captionWidth) / 2, headTop - qr - paper.smallSize, true);
        y = Math.min(y, headTop - headHeight);
        y -= paper.bodySize * 0.4f;

        for (PlainParagraphs.Block block : PlainParagraphs.of(n.body())) {
            float size = block.heading() ? paper.bodySize * 1.1f : paper.bodySize;
            for (String l : wrap(block.text(), size, columnWidth)) {
                ensure(size * LEADING, n.title());
                line(l, size, x(), false);
            }
            y -= size * 0.35f;
        }
    }

    private String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        return t("print.label.period-range", from == null ? "" : DATE.format(from), to == null ? t("print.label.open-ended") : DATE.format(to));
    }

    private void separator() throws IOException {
        y -= paper.bodySize * 0.6f;
        if (y - paper.bodySize < bottom) {
            return;
        }
        out.setStrokingColor(0.6f, 0.6f, 0.6f);
        out.setLineWidth(0.6f);
        out.moveTo(x(), y);
        out.lineTo(x() + columnWidth, y);
        out.stroke();
        out.setStrokingColor(0f, 0f, 0f);
        y -= paper.bodySize * 0.9f;
    }

    // --- Flow: columns and pages ------------------------------------------------------------------

    /**
     * Makes room for {@code height} in the current column, or moves on to the next column (or page).
     * {@code continuing} is the title of the notice being broken, if any: it gets its marks.
     */
    private void ensure(float height, String continuing) throws IOException {
        float reserve = continuing == null ? 0 : paper.smallSize * LEADING;
        if (y - height - reserve >= bottom || y == columnTop) {
            return;
        }
        if (continuing != null) {
            String mark = t(column + 1 == paper.columns ? "print.label.continues-page" : "print.label.continues");
            text(mark, paper.smallSize, x() + columnWidth - width(mark, paper.smallSize), y - paper.smallSize, true);
        }
        column++;
        if (column == paper.columns) {
            out.close();
            newPage(false);
        } else {
            y = columnTop;
        }
        if (continuing != null) {
            String head = t("print.label.continued", continuing);
            List<String> lines = wrap(head, paper.smallSize, columnWidth);
            line(lines.getFirst() + (lines.size() > 1 ? "…" : ""), paper.smallSize, x(), true);
            y -= paper.smallSize * 0.3f;
        }
    }

    private void newPage(boolean first) throws IOException {
        PDPage page = new PDPage(paper.size);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        column = 0;
        y = top;
        float width = paper.size.getWidth();
        if (first) {
            centered(sheet.divisionName(), paper.divisionSize);
            centered(sheet.title(), paper.boardTitleSize);
            String printed = t("print.label.printed", DATE.format(sheet.printedOn()), sheet.entries().size());
            y -= paper.smallSize * 0.3f;
            centered(printed, paper.smallSize);
        } else {
            // A running head, so a loose page still says whose board it is.
            String head = t("print.label.running-head", sheet.divisionName(), sheet.title());
            List<String> lines = wrap(head, paper.smallSize, width - 2 * paper.margin);
            line(lines.getFirst(), paper.smallSize, paper.margin, true);
        }
        y -= paper.smallSize * 0.5f;
        out.setLineWidth(first ? 1.2f : 0.6f);
        out.moveTo(paper.margin, y);
        out.lineTo(width - paper.margin, y);
        out.stroke();
        y -= paper.bodySize * 1.2f;
        columnTop = y;
    }

    private void footers() throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                String text = t("print.label.page", i + 1, total);
                float w = width(text, paper.smallSize);
                text(text, paper.smallSize, (paper.size.getWidth() - w) / 2, paper.margin, true);
            }
        }
    }

    private float x() {
        return paper.margin + column * (columnWidth + paper.gutter);
    }

    // --- Drawing ----------------------------------------------------------------------------------

    private void centered(String text, float size) throws IOException {
        float width = paper.size.getWidth() - 2 * paper.margin;
        for (String l : wrap(text, size, width)) {
            y -= size * LEADING;
            text(l, size, paper.margin + (width - width(l, size)) / 2, y + size * (LEADING - 1), false);
        }
    }

    /** One line of text at the flow position, moving the flow down. */
    private void line(String text, float size, float left, boolean grey) throws IOException {
        y -= size * LEADING;
        text(text, size, left, y + size * (LEADING - 1), grey);
    }

    private void text(String text, float size, float left, float baseline, boolean grey) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        if (grey) {
            out.setNonStrokingColor(GREY, GREY, GREY);
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(left, baseline);
        out.showText(text);
        out.endText();
        if (grey) {
            out.setNonStrokingColor(0f, 0f, 0f);
        }
    }

    /** The URL as a QR code (error correction M) of vector squares, {@code size} points wide, quiet zone included. */
    private void qr(String url, float left, float lower, float size) throws IOException {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("URL too long for a QR code (" + url.length() + " characters).", e);
        }
        float module = size / modules.getWidth();
        for (int row = 0; row < modules.getHeight(); row++) {
            int col = 0;
            while (col < modules.getWidth()) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int run = 1;
                while (col + run < modules.getWidth() && modules.get(col + run, row)) {
                    run++;
                }
                // One dark run of a row; rows count down from the top of the code.
                out.addRect(left + col * module, lower + size - (row + 1) * module, run * module, module);
                col += run;
            }
        }
        out.fill();
    }

    // --- Text -------------------------------------------------------------------------------------

    /**
     * {@code text} broken into lines at most {@code width} points wide: between any two Chinese
     * characters, at spaces between Latin words, and inside a word only when it alone is too long.
     * Explicit line breaks are kept.
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            int breakAt = -1;          // index in `line` after which a break is allowed
            int[] cps = paragraph.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                int cp = cps[i];
                float w = glyphWidth(cp) * size / 1000f;
                boolean hang = NO_LINE_START.indexOf(cp) >= 0 && !line.isEmpty();
                if (lineWidth + w > width && !line.isEmpty() && !hang) {
                    if (cp == ' ') {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                        lineWidth = 0;
                        breakAt = -1;
                        continue;
                    }
                    if (breakAt > 0 && breakAt < line.length()) {
                        String rest = line.substring(breakAt);
                        lines.add(line.substring(0, breakAt).stripTrailing());
                        line.setLength(0);
                        line.append(rest.stripLeading());
                        lineWidth = width(line.toString(), size);
                    } else {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    breakAt = -1;
                }
                line.appendCodePoint(cp);
                lineWidth += w;
                int next = i + 1 < cps.length ? cps[i + 1] : -1;
                if (cp == ' ' || isWide(cp) || isWide(next)) {
                    breakAt = line.length();
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x2E80;
    }

    /** Drops control and formatting characters, turns tabs into spaces and missing glyphs into □. */
    private String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
                return;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                return;
            }
            if (Character.isSpaceChar(cp) && cp != 0x3000) {
                out.append(' ');
            } else if (hasGlyph(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(hasGlyph('□') ? '□' : '?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int cp) {
        return cmap.getGlyphId(cp) > 0;
    }

    private float width(String text, float size) {
        float sum = 0;
        for (int cp : text.codePoints().toArray()) {
            sum += glyphWidth(cp);
        }
        return sum * size / 1000f;
    }

    private float glyphWidth(int cp) {
        return widths.computeIfAbsent(cp, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c)));
            } catch (IOException | IllegalArgumentException e) {
                return 1000f;
            }
        });
    }

    private String t(String key, Object... arguments) {
        return printable(Messages.get(ZH, key, arguments));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
