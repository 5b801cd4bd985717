package org.gongshi.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A 低保 roster of generated people, as a village clerk's Excel holds it: a merged title row, the
 * header, then one row per household — text in shared strings (names, 18-digit ID numbers with a
 * valid check digit, 19-digit bank cards, addresses), household size, a monthly amount formatted
 * 0.00, a mobile number typed as a number, a payment date, a reason, an empty remark. The xlsx is
 * written part by part the way Excel writes it (shared strings, styles, one sheet), deterministic
 * (fixed seed), once, and kept under {@code target/}; the CSV twin is GBK, as Excel in China saves "CSV".
 */
final class BenchSheets {

    static final List<String> HEADER = List.of("序号", "乡镇（街道）", "村（社区）", "户主姓名", "性别", "身份证号码",
            "家庭人口", "保障类别", "月保障金（元）", "银行卡号", "联系电话", "家庭住址", "致贫原因", "发放日期", "备注");

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡",
            "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
            "欧阳", "诸葛", "叶", "潘", "蒋", "蔡", "余", "杜"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "玉兰", "德明", "小红", "志强", "春燕",
            "国庆", "海燕", "金凤", "喆", "堃", "昇", "婷婷", "子涵", "梓萱"};
    private static final String[] TOWNS = {"百丈漈镇", "大峃镇", "珊溪镇", "玉壶镇", "南田镇", "黄坦镇", "西坑畲族镇"};
    private static final String[] VILLAGES = {"篁庄村", "西里村", "上林村", "下垟村", "龙川村", "梧溪村", "岭头村",
            "石垟村", "山根村", "新联村"};
    private static final String[] CATEGORIES = {"A类", "B类", "C类", "单人户", "重病重残", "特困"};
    private static final String[] REASONS = {"因病", "因残", "缺劳力", "因学", "缺技术", "自身发展动力不足", "因灾",
            "年老体弱", "无劳动能力"};
    private static final int[] AREA = {330328, 330327, 330326, 330324, 330303, 330304};
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private BenchSheets() {
    }

    record Person(int number, String town, String village, String name, String sex, String id, int household,
                  String category, double amount, String card, long phone, String address, String reason,
                  LocalDate paid) {
    }

    static Person person(SplittableRandom r, int number) {
        boolean male = r.nextBoolean();
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(365 * 75));
        int sequence = r.nextInt(500) * 2 + (male ? 1 : 0);
        String id17 = String.format("%06d%s%03d", AREA[r.nextInt(AREA.length)],
                birth.toString().replace("-", ""), sequence);
        String village = VILLAGES[r.nextInt(VILLAGES.length)];
        return new Person(number, TOWNS[r.nextInt(TOWNS.length)], village,
                SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)], male ? "男" : "女",
                id17 + checkDigit(id17), 1 + r.nextInt(6), CATEGORIES[r.nextInt(CATEGORIES.length)],
                Math.round((200 + r.nextInt(900) + r.nextInt(2) * 0.5) * 100) / 100.0,
                "62170" + String.format("%014d", r.nextLong(100_000_000_000_000L)),
                13_000_000_000L + r.nextLong(7_000_000_000L),
                "浙江省温州市文成县" + village + (1 + r.nextInt(12)) + "组" + (1 + r.nextInt(180)) + "号",
                REASONS[r.nextInt(REASONS.length)], LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300)));
    }

    /** GB 11643-1999 check digit (ISO 7064 MOD 11-2). */
    static char checkDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** The xlsx of {@code rows} people under {@code dir}, written once. */
    static Path ensureXlsx(Path dir, int rows) {
        return ensure(dir.resolve("bench-import-" + rows + ".xlsx"), out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                writeXlsx(zip, rows);
            }
        });
    }

    /** The same people as a GBK CSV (as Excel in China saves "CSV (逗号分隔)"), written once. */
    static Path ensureCsv(Path dir, int rows) {
        return ensure(dir.resolve("bench-import-" + rows + ".csv"), out -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(out, Charset.forName("GBK")))) {
                w.write("2026年第四季度文成县低保对象名单" + ",".repeat(HEADER.size() - 1) + "\r\n");
                w.write(String.join(",", HEADER) + "\r\n");
                SplittableRandom r = new SplittableRandom(20261205);
                for (int i = 1; i <= rows; i++) {
                    Person p = person(r, i);
                    w.write(i + "," + p.town + "," + p.village + "," + p.name + "," + p.sex + "," + p.id + ","
                            + p.household + "," + p.category + "," + String.format("%.2f", p.amount) + "," + p.card + ","
                            + p.phone + "," + p.address + "," + p.reason + "," + p.paid + ",\r\n");
                }
            }
        });
    }

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** {@code file} as {@code content} writes it, unless it is there already (written aside, then moved). */
    private static Path ensure(Path file, Content content) {
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "bench-import", ".tmp");
            content.write(Files.newOutputStream(tmp));
            Files.move(tmp, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the xlsx, part by part ----

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static void writeXlsx(ZipOutputStream zip, int rows) throws IOException {
        part(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                </Types>""");
        part(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        part(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="低保名单" sheetId="1" r:id="rId1"/></sheets></workbook>"""
                .formatted(MAIN_NS, REL_NS));
        part(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                </Relationships>""");
        // Styles: 0 General, 1 amount 0.00, 2 date yyyy-mm-dd.
        part(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
                <fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>\
                <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
                <borders count="1"><border/></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                </styleSheet>""".formatted(MAIN_NS));

        Map<String, Integer> strings = new LinkedHashMap<>();
        int totalRefs = 0;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        Writer w = new BufferedWriter(new OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
        String lastColumn = Cells.columnName(HEADER.size() - 1);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"" + REL_NS + "\"><dimension ref=\"A1:" + lastColumn + (rows + 2) + "\"/><sheetData>");
        w.write("<row r=\"1\">");
        totalRefs += text(w, strings, "A1", "2026年第四季度文成县低保对象名单");
        w.write("</row><row r=\"2\">");
        for (int c = 0; c < HEADER.size(); c++) {
            totalRefs += text(w, strings, Cells.address(c, 2), HEADER.get(c));
        }
        w.write("</row>");
        SplittableRandom r = new SplittableRandom(20261205);
        for (int i = 1; i <= rows; i++) {
            Person p = person(r, i);
            int row = i + 2;
            w.write("<row r=\"" + row + "\">");
            number(w, "A" + row, 0, Integer.toString(i));
            totalRefs += text(w, strings, "B" + row, p.town);
            totalRefs += text(w, strings, "C" + row, p.village);
            totalRefs += text(w, strings, "D" + row, p.name);
            totalRefs += text(w, strings, "E" + row, p.sex);
            totalRefs += text(w, strings, "F" + row, p.id);
            number(w, "G" + row, 0, Integer.toString(p.household));
            totalRefs += text(w, strings, "H" + row, p.category);
            number(w, "I" + row, 1, Double.toString(p.amount).replaceAll("\\.0$", ""));
            totalRefs += text(w, strings, "J" + row, p.card);
            number(w, "K" + row, 0, Long.toString(p.phone));
            totalRefs += text(w, strings, "L" + row, p.address);
            totalRefs += text(w, strings, "M" + row, p.reason);
            number(w, "N" + row, 2, Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, p.paid)));
            w.write("</row>");
        }
        w.write("</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:" + lastColumn
                + "1\"/></mergeCells></worksheet>");
        w.flush();
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        w = new BufferedWriter(new OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN_NS + "\" count=\""
                + totalRefs + "\" uniqueCount=\"" + strings.size() + "\">");
        for (String s : strings.keySet()) {
            w.write("<si><t>" + s + "</t></si>");
        }
        w.write("</sst>");
        w.flush();
        zip.closeEntry();
    }

    private static int text(Writer w, Map<String, Integer> strings, String ref, String value) throws IOException {
        Integer index = strings.computeIfAbsent(value, k -> strings.size());
        w.write("<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>");
        return 1;
    }

    private static void number(Writer w, String ref, int style, String value) throws IOException {
        w.write(style == 0 ? "<c r=\"" + ref + "\"><v>" + value + "</v></c>"
                : "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>");
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
            }
        };
    }
}
