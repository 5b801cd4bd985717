package org.gongshi.document;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link OfficialDocument} as PDF with PDFBox: A4 with the margins of GB/T 9704-2012, the
 * CJK TrueType font embedded as a subset (so the letter prints the same anywhere), text wrapped at
 * any Han character but not inside a Latin word or number, closing punctuation never starting a line,
 * tables with merged cells that break across pages between row groups with the header repeated, and
 * the page number centred at the foot ("— 1 —"). Characters the font lacks print as □.
 */
public final class PdfWriter {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = 26 * MM;
    private static final float WIDTH = A4.getWidth() - LEFT - RIGHT;
    private static final float TITLE_SIZE = 22f;
    private static final float BODY_SIZE = 16f;
    private static final float BODY_LEADING = 28f;
    private static final float TABLE_SIZE = 10f;
    private static final float TABLE_LEADING = 14f;
    private static final float PAD = 3f;
    private static final String NO_LINE_START = "，。、；：？！）」』》〉】”’％,.;:?!)]%";

    private final PDDocument doc;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    private PdfWriter(PDDocument doc, CjkFont.Loaded loaded) throws IOException {
        this.doc = doc;
        this.font = PDType0Font.load(doc, loaded.font(), true);
        this.cmap = loaded.font().getUnicodeCmapLookup();
    }

    /** The document as PDF bytes, set in the TrueType font (or collection) at {@code fontFile}. */
    public static byte[] write(OfficialDocument document, Path fontFile) throws IOException {
        CjkFont.Loaded loaded = CjkFont.shared(fontFile);
        synchronized (loaded) {
            return write(document, loaded);
        }
    }

    private static byte[] write(OfficialDocument document, CjkFont.Loaded loaded) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfWriter pdf = new PdfWriter(doc, loaded);
            pdf.render(document);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(document.title());
            info.setCreator("Gongshi");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A writer on {@code doc} for tests of the line breaking. */
    static PdfWriter probe(PDDocument doc, CjkFont.Loaded loaded) throws IOException {
        return new PdfWriter(doc, loaded);
    }

    private void render(OfficialDocument document) throws IOException {
        newPage();
        for (String line : wrap(document.title(), TITLE_SIZE, WIDTH)) {
            need(TITLE_SIZE * 1.6f);
            y -= TITLE_SIZE * 1.6f;
            show(line, TITLE_SIZE, LEFT + (WIDTH - width(line, TITLE_SIZE)) / 2, y);
        }
        y -= BODY_SIZE * 0.6f;
        if (present(document.number())) {
            lines(document.number(), false, Align.CENTER);
        }
        if (present(document.addressee())) {
            lines(document.addressee() + "：", false, Align.LEFT);
        }
        for (OfficialDocument.Block block : document.body()) {
            switch (block) {
                case OfficialDocument.Paragraph p -> lines(p.text(), p.indent(), Align.LEFT);
                case OfficialDocument.Heading h -> lines(h.text(), false, Align.LEFT);
                case OfficialDocument.Table t -> table(t);
            }
        }
        if (!document.signature().isEmpty()) {
            y -= BODY_LEADING;
            for (String line : document.signature()) {
                lines(line, false, Align.RIGHT);
            }
        }
        if (present(document.footnote())) {
            y -= BODY_LEADING / 2;
            for (String line : wrap(document.footnote(), 12f, WIDTH)) {
                need(18f);
                y -= 18f;
                show(line, 12f, LEFT, y);
            }
        }
        out.close();
        footers();
    }

    private enum Align { LEFT, CENTER, RIGHT }

    private void lines(String text, boolean indent, Align align) throws IOException {
        for (String paragraph : text.split("\n", -1)) {
            float firstIndent = indent ? 2 * BODY_SIZE : 0;
            List<String> wrapped = wrap(paragraph, BODY_SIZE, WIDTH, firstIndent);
            for (int i = 0; i < wrapped.size(); i++) {
                need(BODY_LEADING);
                y -= BODY_LEADING;
                String line = wrapped.get(i);
                float x = switch (align) {
                    case LEFT -> LEFT + (i == 0 ? firstIndent : 0);
                    case CENTER -> LEFT + (WIDTH - width(line, BODY_SIZE)) / 2;
                    case RIGHT -> LEFT + WIDTH - width(line, BODY_SIZE) - BODY_SIZE;
                };
                show(line, BODY_SIZE, x, y + (BODY_LEADING - BODY_SIZE) / 2);
            }
        }
    }

    // --- tables -------------------------------------------------------------------------------

    private void table(OfficialDocument.Table table) throws IOException {
        int columns = table.columnWidths().size();
        Grid grid = Grid.of(columns, table.rows());
        float total = (float) table.columnWidths().stream().mapToDouble(Float::doubleValue).sum();
        float[] x = new float[columns + 1];
        x[0] = LEFT;
        for (int c = 0; c < columns; c++) {
            x[c + 1] = x[c] + WIDTH * table.columnWidths().get(c) / total;
        }
        int rows = grid.rows();
        Map<Grid.Slot, List<String>> text = new HashMap<>();
        float[] height = new float[rows];
        java.util.Arrays.fill(height, TABLE_LEADING + 2 * PAD);
        for (int pass = 0; pass < 2; pass++) { // single-row cells first, then spans stretch their last row
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    Grid.Slot s = grid.at(r, c);
                    if (!s.origin() || (pass == 0) != (s.cell().rowSpan() == 1)) {
                        continue;
                    }
                    List<String> lines = wrap(s.cell().text(), TABLE_SIZE, x[c + s.cell().colSpan()] - x[c] - 2 * PAD);
                    text.put(s, lines);
                    float needed = lines.size() * TABLE_LEADING + 2 * PAD;
                    int last = r + s.cell().rowSpan() - 1;
                    float have = 0;
                    for (int k = r; k <= last; k++) {
                        have += height[k];
                    }
                    if (needed > have) {
                        height[last] += needed - have;
                    }
                }
            }
        }
        // Rows that belong together: a group ends where no row span crosses into the next row.
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        int reach = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Grid.Slot s = grid.at(r, c);
                reach = Math.max(reach, s.row() + s.cell().rowSpan() - 1);
            }
            if (reach == r) {
                groups.add(new int[] {start, r});
                start = r + 1;
            }
        }
        y -= 6f;
        boolean headerOnPage = true;
        for (int[] g : groups) {
            float h = 0;
            for (int r = g[0]; r <= g[1]; r++) {
                h += height[r];
            }
            if (y - h < BOTTOM && y < A4.getHeight() - TOP - 1) {
                newPage();
                headerOnPage = false;
            }
            if (!headerOnPage && g[0] >= table.headerRows()) {
                for (int[] hg : groups) {
                    if (hg[1] < table.headerRows()) {
                        drawRows(grid, text, height, x, hg, true);
                    }
                }
                headerOnPage = true;
            }
            drawRows(grid, text, height, x, g, g[0] < table.headerRows());
        }
        y -= BODY_SIZE * 0.6f;
    }

    private void drawRows(Grid grid, Map<Grid.Slot, List<String>> text, float[] height, float[] x, int[] group,
                          boolean header) throws IOException {
        float top = y;
        float[] rowTop = new float[group[1] - group[0] + 2];
        rowTop[0] = top;
        for (int r = group[0]; r <= group[1]; r++) {
            rowTop[r - group[0] + 1] = rowTop[r - group[0]] - height[r];
        }
        out.setLineWidth(0.5f);
        for (int r = group[0]; r <= group[1]; r++) {
            for (int c = 0; c < x.length - 1; c++) {
                Grid.Slot s = grid.at(r, c);
                if (!s.origin()) {
                    continue;
                }
                float left = x[c];
                float right = x[c + s.cell().colSpan()];
                float cellTop = rowTop[r - group[0]];
                float cellBottom = rowTop[r - group[0] + s.cell().rowSpan()];
                out.addRect(left, cellBottom, right - left, cellTop - cellBottom);
                out.stroke();
                float line = cellTop - PAD;
                for (String t : text.getOrDefault(s, List.of())) {
                    line -= TABLE_LEADING;
                    float w = width(t, TABLE_SIZE);
                    float at = s.cell().numeric() ? right - PAD - w
                            : header ? left + (right - left - w) / 2 : left + PAD;
                    show(t, TABLE_SIZE, at, line + (TABLE_LEADING - TABLE_SIZE) / 2);
                }
            }
        }
        y = rowTop[rowTop.length - 1];
    }

    // --- pages and text -----------------------------------------------------------------------

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(doc, page);
        y = A4.getHeight() - TOP;
    }

    private void footers() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = "— " + (i + 1) + " —";
                out = footer;
                show(label, 12f, (A4.getWidth() - width(label, 12f)) / 2, BOTTOM / 2);
            }
        }
    }

    private void show(String text, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    List<String> wrap(String text, float size, float width) {
        return wrap(text, size, width, 0);
    }

    /** Breaks at any Han character, keeps Latin words and numbers whole, lets closing punctuation hang. */
    private List<String> wrap(String text, float size, float width, float firstIndent) {
        String printable = printable(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = firstIndent;
        int i = 0;
        while (i < printable.length()) {
            int end = tokenEnd(printable, i);
            String token = printable.substring(i, end);
            float w = width(token, size);
            boolean hangs = token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
            if (w > width) {
                // A word longer than any line (a long URL): fill this line with as much of it as fits.
                end = i + Character.charCount(printable.codePointAt(i));
                token = printable.substring(i, end);
                w = width(token, size);
                hangs = false;
            }
            if (used + w > width && !line.isEmpty() && !hangs) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
                if (token.isBlank()) {
                    i = end;
                    continue;
                }
            }
            line.append(token);
            used += w;
            i = end;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int tokenEnd(String s, int from) {
        int cp = s.codePointAt(from);
        int end = from + Character.charCount(cp);
        if (!latin(cp)) {
            return end;
        }
        while (end < s.length() && latin(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    private static boolean latin(int cp) {
        return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '/' || cp == '_'
                || cp == '@' || cp == ':' || cp == '%');
    }

    /** Drops control and formatting characters, maps other spaces to one, and missing glyphs to □. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                return;
            }
            if (Character.isSpaceChar(cp) && cp != 0x3000) {
                out.append(' ');
            } else if (cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append(cmap.getGlyphId('□') > 0 ? '□' : '?');
            }
        });
        return out.toString();
    }

    private float width(String text, float size) {
        float sum = 0;
        for (int cp : text.codePoints().toArray()) {
            sum += widths.computeIfAbsent(cp, c -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(c)));
                } catch (IOException | IllegalArgumentException e) {
                    return 1000f;
                }
            });
        }
        return sum * size / 1000f;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
