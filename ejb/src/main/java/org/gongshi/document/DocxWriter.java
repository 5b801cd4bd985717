package org.gongshi.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes an {@link OfficialDocument} as a Word file (.docx) with Apache POI: A4 with the margins of
 * GB/T 9704-2012 (top 37 mm, left 28 mm), the title in 二号 (22 pt) bold and centred, body in 三号
 * (16 pt) 仿宋 with a two-character first-line indent, tables in 五号 (10.5 pt) with merged cells.
 * Fonts are named, not embedded: Word and LibreOffice substitute what the machine has.
 */
public final class DocxWriter {

    static final String BODY_FONT = "仿宋";
    static final String TITLE_FONT = "宋体";
    private static final int TWIPS_PER_MM = 57;

    private DocxWriter() {
    }

    public static byte[] write(OfficialDocument document) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, document.title(), 22, true, TITLE_FONT);
            if (present(document.number())) {
                XWPFParagraph number = doc.createParagraph();
                number.setAlignment(ParagraphAlignment.CENTER);
                number.setSpacingAfter(240);
                run(number, document.number(), 16, false, BODY_FONT);
            }
            if (present(document.addressee())) {
                run(doc.createParagraph(), document.addressee() + "：", 16, false, BODY_FONT);
            }
            for (OfficialDocument.Block block : document.body()) {
                switch (block) {
                    case OfficialDocument.Paragraph p -> text(doc.createParagraph(), p.text(), p.indent(), false);
                    case OfficialDocument.Heading h -> text(doc.createParagraph(), h.text(), false, true);
                    case OfficialDocument.Table t -> table(doc, t);
                }
            }
            boolean first = true;
            for (String line : document.signature()) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.RIGHT);
                if (first) {
                    p.setSpacingBefore(480);
                    first = false;
                }
                run(p, line, 16, false, BODY_FONT);
            }
            if (present(document.footnote())) {
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBefore(360);
                run(p, document.footnote(), 12, false, BODY_FONT);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a Word document in memory failed.", e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
        size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
    }

    private static void text(XWPFParagraph p, String text, boolean indent, boolean bold) {
        if (indent) {
            p.setIndentationFirstLine(640); // two characters of 16 pt
        }
        p.setSpacingAfter(120);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], 16, bold, BODY_FONT);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, String font) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(points);
        r.setBold(bold);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        return r;
    }

    /** Lays the cells on a full grid, then merges: gridSpan across columns, vMerge down rows. */
    private static void table(XWPFDocument doc, OfficialDocument.Table table) {
        int columns = table.columnWidths().size();
        List<List<OfficialDocument.Cell>> rows = table.rows();
        Grid grid = Grid.of(columns, rows);
        XWPFTable t = doc.createTable(rows.size(), columns);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth("100%");
        float total = (float) table.columnWidths().stream().mapToDouble(Float::doubleValue).sum();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (r < table.headerRows()) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < columns; c++) {
                row.getCell(c).setWidth(Math.round(100f * table.columnWidths().get(c) / total) + "%");
            }
        }
        // Fill and merge from the right so removing covered cells keeps earlier indexes valid.
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = columns - 1; c >= 0; c--) {
                Grid.Slot slot = grid.at(r, c);
                if (slot == null) {
                    continue;
                }
                XWPFTableCell cell = row.getCell(c);
                if (slot.origin()) {
                    cellText(cell, slot.cell(), r < table.headerRows());
                } else if (slot.row() != r) {
                    // Covered by a row span from above: continue the vertical merge.
                    tcPr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
                }
                if (slot.column() == c && slot.cell().colSpan() > 1) {
                    tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(slot.cell().colSpan()));
                    for (int k = slot.cell().colSpan() - 1; k >= 1; k--) {
                        row.removeCell(c + k); // removes the w:tc too
                    }
                }
                if (slot.origin() && slot.cell().rowSpan() > 1) {
                    tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
                }
            }
        }
        doc.createParagraph();
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null ? pr : cell.getCTTc().addNewTcPr();
    }

    private static void cellText(XWPFTableCell cell, OfficialDocument.Cell content, boolean header) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(content.numeric() ? ParagraphAlignment.RIGHT
                : header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(p, content.text(), 10, header, BODY_FONT);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
