package org.gongshi.sheet;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongshi.shared.GongshiException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.sheet.SheetFiles.refusal;

class SheetSafetyTest {

    @Test
    void a_zip_that_is_not_a_workbook_and_a_cut_off_xlsx_are_refused_as_damaged() {
        byte[] real = SheetFiles.lowIncomeList();
        byte[] junk = Arrays.copyOf(new byte[]{0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, 4000);

        assertThat(refusal(Arrays.copyOf(real, real.length / 2), "a.xlsx").messageKey()).isEqualTo("error.sheet.corrupt");
        assertThat(refusal(junk, "a.xlsx").messageKey()).isEqualTo("error.sheet.corrupt");
        assertThat(refusal(zipWith("hello.txt", "hello".getBytes(StandardCharsets.UTF_8)), "a.xlsx").messageKey())
                .isEqualTo("error.sheet.corrupt");
        assertThat(refusal("not a zip at all".getBytes(StandardCharsets.UTF_8), "名单.xlsx").messageKey())
                .isEqualTo("error.sheet.corrupt");
    }

    @Test
    void a_sheet_with_bad_xml_or_a_doctype_is_refused_as_damaged_without_reading_entities() {
        byte[] real = SheetFiles.lowIncomeList();
        byte[] badXml = SheetFiles.replaceEntry(real, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>".getBytes());
        byte[] xxe = SheetFiles.replaceEntry(real, "xl/worksheets/sheet1.xml", """
                <?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>&x;</t></is></c></row>
                </sheetData></worksheet>""".getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(badXml, "a.xlsx").messageKey()).isEqualTo("error.sheet.corrupt");
        assertThat(refusal(xxe, "a.xlsx").messageKey()).isEqualTo("error.sheet.corrupt");
    }

    @Test
    void a_zip_bomb_is_refused_by_its_inflate_ratio_long_before_it_is_inflated() throws IOException {
        // A sheet of 256 MiB of white space deflates to about 250 KB: a thousand times its size, half the
        // inflate cap, far below the ratio limit.
        byte[] bomb = withSheet(SheetFiles.lowIncomeList(), out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 256; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(bomb.length).isLessThan(512 * 1024);
        long start = System.nanoTime();
        SheetRejected e = refusal(bomb, "a.xlsx");

        assertThat(e.messageKey()).isEqualTo("error.sheet.zip-bomb");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void a_package_inflating_beyond_the_cap_is_refused_even_at_an_ordinary_ratio() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            var s = book.createSheet("名单");
            SheetFiles.row(s, 0, List.of("姓名", "身份证号码", "金额"));
            for (int i = 1; i <= 3_000; i++) {
                SheetFiles.row(s, i, List.of("居民" + i, "3303281990" + (10_000_000 + i), i));
            }
            book.write(file);
        }

        SheetRejected e = refusal(file.toByteArray(), "a.xlsx", SheetLimits.defaults().withMaxInflatedBytes(128 * 1024));

        assertThat(e.messageKey()).isEqualTo("error.sheet.zip-bomb");
    }

    @Test
    void an_overlong_cell_is_refused_with_its_address_and_millions_of_tiny_shared_strings_like_a_bomb() {
        byte[] longCell = SheetFiles.workbook(book -> {
            var s = book.createSheet("名单");
            SheetFiles.row(s, 0, List.of("姓名", "备注"));
            SheetFiles.row(s, 1, List.of("张三", "很长".repeat(60)));
        });
        StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 2_001; i++) {
            sst.append("<si><t>").append(i).append("</t></si>");
        }
        byte[] manyStrings = SheetFiles.replaceEntry(SheetFiles.lowIncomeList(), "xl/sharedStrings.xml",
                sst.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));

        SheetLimits d = SheetLimits.defaults();
        SheetLimits hundredChars = new SheetLimits(d.maxBytes(), d.maxInflatedBytes(), d.minInflateRatio(), d.maxRows(),
                d.maxColumns(), 100, d.headerSearchRows());

        SheetRejected tooLong = refusal(longCell, "a.xlsx", hundredChars);
        assertThat(tooLong.messageKey()).isEqualTo("error.sheet.cell-too-long");
        assertThat(tooLong.arguments()).containsExactly("B2", 100);
        assertThat(refusal(manyStrings, "a.xlsx", SheetLimits.defaults().withMaxRows(200)).messageKey())
                .isEqualTo("error.sheet.zip-bomb");
    }

    @Test
    void an_upload_over_the_limit_is_cut_off_while_streaming_whatever_size_it_declared() {
        byte[] big = SheetFiles.csv("姓名,金额\n" + "张三,100\n".repeat(200_000), StandardCharsets.UTF_8);
        SheetLimits oneMegabyte = SheetLimits.defaults().withMaxBytes(1024 * 1024);
        int[] reads = new int[1];
        InputStream counting = new ByteArrayInputStream(big) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                reads[0] += Math.max(0, len);
                return super.read(b, off, len);
            }
        };

        assertThatThrownBy(() -> SheetReader.read(counting, "a.csv", 1000, oneMegabyte, new Recorder()))
                .isInstanceOfSatisfying(SheetRejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.sheet.too-large");
                    assertThat(e.arguments()).containsExactly("1");
                    assertThat(e.kind()).isEqualTo(GongshiException.Kind.TOO_LARGE);
                });
        assertThat(reads[0]).isLessThan(2 * 1024 * 1024);
        assertThat(refusal(SheetFiles.lowIncomeList(), "a.xlsx", SheetLimits.defaults().withMaxBytes(1024)).messageKey())
                .isEqualTo("error.sheet.too-large");
        assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(new byte[10]), "a.csv", 30L * 1024 * 1024,
                SheetLimits.defaults(), new Recorder())).hasFieldOrPropertyWithValue("messageKey", "error.sheet.too-large");
    }

    @Test
    void a_broken_upload_is_refused_as_unreadable() {
        InputStream broken = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n++ > 100) {
                    throw new IOException("connection reset");
                }
                return 'a';
            }
        };

        assertThatThrownBy(() -> SheetReader.read(broken, "a.csv", SheetLimits.defaults(), new Recorder()))
                .hasFieldOrPropertyWithValue("messageKey", "error.sheet.unreadable");
    }

    @Test
    void old_xls_files_and_web_pages_named_xls_are_refused_with_save_as_xlsx() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            book.write(xls);
        }
        byte[] html = "<html><table><tr><td>姓名</td></tr></table></html>".getBytes(StandardCharsets.UTF_8);

        SheetRejected e = refusal(xls.toByteArray(), "名单.xls");
        assertThat(e.messageKey()).isEqualTo("error.sheet.old-excel");
        assertThat(e.kind()).isEqualTo(GongshiException.Kind.UNSUPPORTED);
        assertThat(refusal(xls.toByteArray(), "名单.csv").messageKey()).isEqualTo("error.sheet.old-excel");
        assertThat(refusal(html, "导出.xls").messageKey()).isEqualTo("error.sheet.old-excel");
    }

    @Test
    void a_workbook_with_a_password_to_open_is_refused_as_encrypted() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("123456");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(SheetFiles.lowIncomeList());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();

        assertThat(refusal(out.toByteArray(), "名单.xlsx").messageKey()).isEqualTo("error.sheet.encrypted");
    }

    @Test
    void macro_enabled_workbooks_are_refused_by_content_type_or_by_a_vba_project_inside() {
        byte[] real = SheetFiles.lowIncomeList();
        String types = SheetFiles.entry(real, "[Content_Types].xml").replace(XlsxReader.WORKBOOK,
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        byte[] xlsm = SheetFiles.replaceEntry(real, "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        byte[] vba = SheetFiles.replaceEntry(real, "xl/vbaProject.bin", new byte[]{1, 2, 3});

        assertThat(refusal(xlsm, "a.xlsm").messageKey()).isEqualTo("error.sheet.macros");
        assertThat(refusal(vba, "a.xlsx").messageKey()).isEqualTo("error.sheet.macros");
    }

    @Test
    void a_word_document_a_pdf_and_a_file_without_a_known_name_are_not_spreadsheets() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("姓名");
            doc.write(docx);
        }

        assertThat(refusal(docx.toByteArray(), "名单.xlsx").messageKey()).isEqualTo("error.sheet.unsupported-type");
        assertThat(refusal("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "名单.pdf").messageKey())
                .isEqualTo("error.sheet.unsupported-type");
        assertThat(refusal("姓名,金额\n张三,1\n".getBytes(StandardCharsets.UTF_8), "upload").messageKey())
                .isEqualTo("error.sheet.unsupported-type");
    }

    // ---- ZIP building ----

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** The workbook with its first sheet's XML replaced by what {@code sheet} writes, deflated as it goes. */
    private static byte[] withSheet(byte[] workbook, Writer sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(z);
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] zipWith(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
