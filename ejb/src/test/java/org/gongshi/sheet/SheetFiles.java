package org.gongshi.sheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds test files: workbooks with POI, CSV as bytes in a chosen encoding, ZIPs rewritten entry by entry. */
final class SheetFiles {

    static final List<String> LOW_INCOME_HEADER = List.of("序号", "户主姓名", "身份证号码", "家庭人口", "保障类别", "月保障金（元）", "联系电话");
    static final List<List<Object>> LOW_INCOME_ROWS = List.of(
            List.of(1, "张三", "330328199001011234", 3, "A类", 580, "13812345678"),
            List.of(2, "李　四", "33032819850505432X", 1, "B类", 420.5, "15988887777"));

    private SheetFiles() {
    }

    /** A workbook with one sheet 低保名单: a merged title row, a blank row, the header and two rows. */
    static byte[] lowIncomeList() {
        return workbook(book -> {
            Sheet sheet = book.createSheet("低保名单");
            title(sheet, 0, "2026年第四季度篁庄村低保对象名单", LOW_INCOME_HEADER.size());
            row(sheet, 2, LOW_INCOME_HEADER);
            row(sheet, 3, LOW_INCOME_ROWS.get(0));
            row(sheet, 4, LOW_INCOME_ROWS.get(1));
        });
    }

    static byte[] workbook(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void title(Sheet sheet, int row, String text, int width) {
        sheet.createRow(row).createCell(0).setCellValue(text);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, width - 1));
    }

    /** Writes values into a row (0-based): strings as text, numbers as numeric cells, null leaves the cell out. */
    static Row row(Sheet sheet, int index, List<?> values) {
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return row;
    }

    static CellStyle format(Workbook book, String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    static byte[] csv(String text, Charset charset, byte... bom) {
        return concat(bom, text.getBytes(charset));
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    /** The ZIP with one entry's bytes replaced (or added), every other entry copied. */
    static byte[] replaceEntry(byte[] zip, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    z.write(content);
                    replaced = true;
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
            if (!replaced) {
                z.putNextEntry(new ZipEntry(name));
                z.write(content);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no entry " + name);
    }

    static Recorder read(byte[] bytes, String name) {
        return read(bytes, name, SheetLimits.defaults());
    }

    static Recorder read(byte[] bytes, String name, SheetLimits limits) {
        Recorder recorder = new Recorder();
        SheetReader.read(new ByteArrayInputStream(bytes), name, limits, recorder);
        return recorder;
    }

    static SheetRejected refusal(byte[] bytes, String name) {
        return refusal(bytes, name, SheetLimits.defaults());
    }

    static SheetRejected refusal(byte[] bytes, String name, SheetLimits limits) {
        try {
            read(bytes, name, limits);
        } catch (SheetRejected e) {
            return e;
        }
        throw new AssertionError("the file was read without refusal");
    }
}
