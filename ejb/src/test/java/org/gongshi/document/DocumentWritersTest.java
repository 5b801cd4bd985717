package org.gongshi.document;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both writers, read back with real readers: text, wrapping, tables with merged cells across pages. */
class DocumentWritersTest {

    private static final DocumentRenderer RENDERER = DocumentRenderer.withFont(CjkFont.find(CjkFont.candidates(Optional.empty())));

    private static OfficialDocument report(int dataRows) {
        List<List<OfficialDocument.Cell>> rows = new ArrayList<>();
        rows.add(List.of(OfficialDocument.Cell.text("项目").span(1, 2), OfficialDocument.Cell.text("申请人情况").span(3, 1)));
        rows.add(List.of(OfficialDocument.Cell.text("自然人"), OfficialDocument.Cell.text("商业企业"), OfficialDocument.Cell.text("总计")));
        for (int i = 1; i <= dataRows; i++) {
            rows.add(List.of(OfficialDocument.Cell.text("第" + i + "行"), OfficialDocument.Cell.number(i),
                    OfficialDocument.Cell.number(i * 2L), OfficialDocument.Cell.number(i * 3L)));
        }
        return OfficialDocument.builder("百丈漈镇人民政府2026年政府信息公开工作年度报告")
                .heading("三、收到和处理政府信息公开申请情况")
                .paragraph("本年度共收到申请若干件，全部在法定期限内答复。".repeat(8))
                .table(new OfficialDocument.Table(List.of(3f, 1f, 1f, 1f), rows, 2))
                .signature("百丈漈镇人民政府", "2027年1月20日")
                .build();
    }

    @Test
    void a_long_table_breaks_across_pages_with_its_header_repeated_and_every_number_readable() throws Exception {
        byte[] pdf = RENDERER.pdf(report(60));
        String text = Readers.pdfText(pdf);
        assertThat(Readers.pdfPages(pdf)).isGreaterThan(1);
        String[] pages = text.split("\f");
        long pagesWithHeader = java.util.Arrays.stream(pages).filter(p -> p.contains("商业企业")).count();
        assertThat(pagesWithHeader).isEqualTo(Readers.pdfPages(pdf));
        assertThat(text).contains("三、收到和处理政府信息公开申请情况").contains("第60行").contains("180").containsPattern("—\\s*2\\s*—");
        assertThat(text.replaceAll("\\s", "")).contains("本年度共收到申请若干件，全部在法定期限内答复。");
    }

    @Test
    void the_word_file_opens_in_libreoffice_with_the_merged_header_and_the_numbers() throws Exception {
        Map<String, String> texts = Readers.wordTexts(Map.of("report", RENDERER.docx(report(5))));
        String text = texts.get("report");
        assertThat(text).contains("百丈漈镇人民政府2026年政府信息公开工作年度报告").contains("申请人情况")
                .contains("第5行").contains("15").contains("2027年1月20日");
    }

    @Test
    void a_table_whose_cells_do_not_fill_its_grid_is_refused() {
        OfficialDocument bad = OfficialDocument.builder("表").table(new OfficialDocument.Table(List.of(1f, 1f),
                List.of(List.of(OfficialDocument.Cell.text("只有一格"))), 0)).build();
        assertThatThrownBy(() -> RENDERER.pdf(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RENDERER.docx(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closing_punctuation_never_starts_a_line_and_latin_words_are_not_split() {
        PdfWriterProbe probe = new PdfWriterProbe();
        List<String> lines = probe.wrap("根据《中华人民共和国政府信息公开条例》第三十三条，本机关答复如下。".repeat(3)
                + "校验码按ISO-7064计算。", 16f, 200f);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("》"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("ISO-7064"));
        // A word longer than a line fills each line instead of standing one character a line.
        List<String> url = probe.wrap("https://gongshi.example.gov.cn/board/330328101200/notices/0190f3a2", 16f, 200f);
        assertThat(String.join("", url)).isEqualTo("https://gongshi.example.gov.cn/board/330328101200/notices/0190f3a2");
        assertThat(url).hasSizeLessThanOrEqualTo(4);
    }
}
