package org.gongshi.sheet;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.sheet.SheetFiles.csv;
import static org.gongshi.sheet.SheetFiles.read;
import static org.gongshi.sheet.SheetFiles.refusal;

class CsvReadingTest {

    static final Charset GBK = Charset.forName("GBK");

    /** As Excel saves a list: a title row padded with commas over the used range, the header, rows. */
    static final String LIST = """
            2026年第四季度篁庄村低保对象名单,,,,
            序号,户主姓名,身份证号码,家庭人口,月保障金（元）
            1,张三,330328199001011234,3,580
            2,欧阳娜娜,33032819850505432X,1,420.5
            3,诸葛喆堃,330328197612120018,2,600
            """.replace("\n", "\r\n");

    static final List<List<String>> LIST_ROWS = List.of(
            List.of("1", "张三", "330328199001011234", "3", "580"),
            List.of("2", "欧阳娜娜", "33032819850505432X", "1", "420.5"),
            List.of("3", "诸葛喆堃", "330328197612120018", "2", "600"));

    @Test
    void utf8_with_and_without_a_byte_order_mark_gbk_and_utf16_all_read_the_same_rows() {
        byte[][] files = {
                csv(LIST, StandardCharsets.UTF_8),
                csv(LIST, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                csv(LIST, GBK),
                csv(LIST, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
                csv(LIST, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF)};
        String[] encodings = {"UTF-8", "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"};

        for (int i = 0; i < files.length; i++) {
            Recorder r = read(files[i], "名单.csv");
            assertThat(r.header.source().encoding()).isEqualTo(encodings[i]);
            assertThat(r.header.rowNumber()).isEqualTo(2);
            assertThat(r.header.cells()).containsExactly("序号", "户主姓名", "身份证号码", "家庭人口", "月保障金（元）");
            assertThat(r.cells()).isEqualTo(LIST_ROWS);
            assertThat(r.numbers()).containsExactly(3, 4, 5);
        }
    }

    @Test
    void gbk_names_that_happen_to_be_valid_utf8_are_still_read_as_gbk() {
        byte[] gbk = "郑叶,谢肖,袁魏\n姚卢,陆石,韦薛\n".getBytes(GBK);

        assertThat(CsvEncoding.decode(StandardCharsets.UTF_8, gbk, true)).isNotNull(); // the trap: valid UTF-8
        assertThat(CsvEncoding.detect(gbk, true).charset()).isEqualTo(CsvEncoding.GB18030);
    }

    @Test
    void a_file_in_neither_utf8_nor_gbk_is_refused_as_a_wrong_encoding() {
        byte[] utf16WithoutMark = LIST.getBytes(StandardCharsets.UTF_16LE);
        byte[] latin = {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFF, ',', (byte) 0x80, '\n'};
        byte[] cyrillicInGb = csv("姓名,金额\nИван Петров,100\nМария,200\nОльга,300\n",
                Charset.forName("GB18030")); // only GB18030-valid, decodes to Cyrillic: not a Chinese list

        assertThat(refusal(utf16WithoutMark, "a.csv").messageKey()).isEqualTo("error.sheet.encoding");
        assertThat(refusal(latin, "a.csv").messageKey()).isEqualTo("error.sheet.encoding");
        assertThat(refusal(cyrillicInGb, "a.csv").messageKey()).isEqualTo("error.sheet.encoding");
    }

    @Test
    void a_byte_sequence_that_breaks_the_encoding_further_down_is_refused_with_its_row() {
        StringBuilder text = new StringBuilder("姓名,身份证号码,金额\n");
        int row = 1;
        while (text.length() < 80_000) {
            text.append("居民").append(++row).append(",330328199001011234,100\n");
        }
        byte[] file = SheetFiles.concat(text.toString().getBytes(StandardCharsets.UTF_8),
                "李四,330328199001011235,200\n".getBytes(GBK));

        SheetRejected e = refusal(file, "a.csv");

        assertThat(e.messageKey()).isEqualTo("error.sheet.encoding-broken");
        assertThat(e.arguments()).containsExactly("UTF-8", row + 1);
    }

    @Test
    void utf8_with_a_few_broken_bytes_near_the_top_is_refused_not_read_as_gbk_nonsense() {
        StringBuilder text = new StringBuilder("姓名,家庭住址\n");
        for (int i = 1; i <= 20; i++) {
            text.append("居民").append(i).append(",篁庄村").append(i).append("号\n");
        }
        byte[] file = SheetFiles.concat(text.toString().getBytes(StandardCharsets.UTF_8), "李四,西里村\n".getBytes(GBK));

        SheetRejected e = refusal(file, "a.csv");

        assertThat(e.messageKey()).isEqualTo("error.sheet.encoding-broken");
        assertThat(e.arguments()).containsExactly("UTF-8", 22);
    }

    @Test
    void tab_and_semicolon_delimiters_and_excels_sep_line_are_recognised() {
        String tabbed = "姓名\t身份证号\t金额\n张三\t330328199001011234\t1,200\n";
        String semicolons = "姓名;身份证号;金额\n张三;330328199001011234;1,200\n";
        String sep = "sep=;\n姓名;身份证号;金额\n张三;330328199001011234;1,200\n";

        for (String text : List.of(tabbed, semicolons, sep)) {
            Recorder r = read(csv(text, StandardCharsets.UTF_8), "a.csv");
            assertThat(r.cells()).containsExactly(List.of("张三", "330328199001011234", "1,200"));
            assertThat(r.numbers()).containsExactly(2);
        }
        assertThat(read(csv(tabbed, StandardCharsets.UTF_8), "a.txt").header.source().delimiter()).isEqualTo('\t');
    }

    @Test
    void quoted_fields_keep_their_commas_and_quotes_and_their_line_breaks_become_spaces() {
        String text = "姓名,家庭住址,备注\n\"张三\",\"篁庄村\n3组, 12号\",\"说\"\"明\"\"\"\n李四,西里村,\n";

        Recorder r = read(csv(text, StandardCharsets.UTF_8), "a.csv");

        assertThat(r.cells()).containsExactly(List.of("张三", "篁庄村 3组, 12号", "说\"明\""), List.of("李四", "西里村", ""));
        assertThat(r.numbers()).containsExactly(2, 3);
    }

    @Test
    void a_quote_left_open_is_refused_with_its_row() {
        String text = "姓名,家庭住址\n张三,篁庄村\n李四,\"西里村\n王五,上村\n";

        SheetRejected e = refusal(csv(text, StandardCharsets.UTF_8), "a.csv");

        assertThat(e.messageKey()).isEqualTo("error.sheet.csv-quotes");
        assertThat(e.arguments()).containsExactly(3);
    }

    @Test
    void rows_with_too_few_or_extra_filled_cells_are_refused_but_empty_trailing_cells_and_lines_are_fine() {
        String fine = "姓名,身份证号,金额,,\n张三,330328199001011234,100,,\n李四,33032819850505432X,200\n\n,,,,\n";
        String ragged = "姓名,身份证号,金额\n张三,330328199001011234\n李四,33032819850505432X,200,多余\n王五,1,2\n";

        Recorder r = read(csv(fine, StandardCharsets.UTF_8), "a.csv");
        SheetRejected e = refusal(csv(ragged, StandardCharsets.UTF_8), "a.csv");

        assertThat(r.cells()).hasSize(2);
        assertThat(r.header.width()).isEqualTo(3);
        assertThat(e.messageKey()).isEqualTo("error.sheet.ragged-rows");
        assertThat(e.arguments()).containsExactly("2、3", 2, 3);
    }

    @Test
    void long_numbers_stay_as_written_in_a_csv() {
        String text = "户主姓名,身份证号码,银行卡号\n张三,330328199001011234,6217000010012345678\n";

        assertThat(read(csv(text, StandardCharsets.UTF_8), "a.csv").cells())
                .containsExactly(List.of("张三", "330328199001011234", "6217000010012345678"));
    }

    @Test
    void empty_blank_and_header_only_files_are_refused_plainly() {
        assertThat(refusal(new byte[0], "a.csv").messageKey()).isEqualTo("error.sheet.empty");
        assertThat(refusal(csv("\r\n\r\n,,,\r\n", StandardCharsets.UTF_8), "a.csv").messageKey()).isEqualTo("error.sheet.empty");
        SheetRejected only = refusal(csv("名单,,\n姓名,身份证号,金额\n,,\n", StandardCharsets.UTF_8), "a.csv");
        assertThat(only.messageKey()).isEqualTo("error.sheet.header-only");
        assertThat(only.arguments()).containsExactly(2);
        assertThat(refusal(csv("1,2\n3,4\n", StandardCharsets.UTF_8), "a.csv").messageKey()).isEqualTo("error.sheet.no-header");
    }

    @Test
    void progress_of_a_csv_counts_bytes_against_the_declared_size() {
        StringBuilder text = new StringBuilder("姓名,金额\n");
        for (int i = 1; i <= 3000; i++) {
            text.append("居民").append(i).append(',').append(i).append('\n');
        }
        byte[] file = csv(text.toString(), StandardCharsets.UTF_8);
        Recorder r = new Recorder();

        SheetSummary summary = SheetReader.read(new java.io.ByteArrayInputStream(file), "a.csv", file.length,
                SheetLimits.defaults(), r);

        assertThat(summary.dataRows()).isEqualTo(3000);
        assertThat(r.progress).extracting(SheetProgress::rowsRead).containsExactly(1000L, 2000L, 3000L, 3000L);
        assertThat(r.progress.getLast().bytesRead()).isEqualTo(file.length);
        assertThat(r.progress.getLast().bytesTotal()).isEqualTo(file.length);
    }
}
