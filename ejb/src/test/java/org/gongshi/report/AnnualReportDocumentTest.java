package org.gongshi.report;

import org.gongshi.document.CjkFont;
import org.gongshi.document.DocumentRenderer;
import org.gongshi.document.Readers;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.ResultRow;
import org.gongshi.tenancy.DivisionCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The report as Word and PDF, opened with LibreOffice and pdftotext: the title, the six sections and the numbers. */
class AnnualReportDocumentTest {

    static final DocumentRenderer RENDERER = DocumentRenderer.withFont(CjkFont.find(CjkFont.candidates(Optional.empty())));

    static ReportView sample() {
        AnnualTables.TableThree three = AnnualTables.TableThree.empty()
                .add("NEW", ApplicantType.NATURAL_PERSON, 37)
                .add("NEW", ApplicantType.LEGAL_SERVICE_ORGANISATION, 4)
                .add("CARRIED_IN", ApplicantType.NATURAL_PERSON, 5)
                .add(ResultRow.DISCLOSED.name(), ApplicantType.NATURAL_PERSON, 29)
                .add(ResultRow.WITHHELD_PROCESS.name(), ApplicantType.LEGAL_SERVICE_ORGANISATION, 4)
                .add(ResultRow.OTHER_FEE_UNPAID.name(), ApplicantType.NATURAL_PERSON, 2)
                .add("RESULT_TOTAL", ApplicantType.NATURAL_PERSON, 31)
                .add("RESULT_TOTAL", ApplicantType.LEGAL_SERVICE_ORGANISATION, 4)
                .add("CARRIED_OUT", ApplicantType.NATURAL_PERSON, 11);
        AnnualTables.TableFour four = AnnualTables.TableFour.empty()
                .add(RequestChallenge.Kind.ADMINISTRATIVE_REVIEW, RequestChallenge.Outcome.CORRECTED, 3)
                .add(RequestChallenge.Kind.LITIGATION_AFTER_REVIEW, RequestChallenge.Outcome.PENDING, 2);
        ManualEntries entries = new ManualEntries(0, 0, 0, 613, 27, 8, new BigDecimal("12.5"));
        AnnualTables tables = new AnnualTables(AnnualTables.TableTwo.of(17, 6, 123, entries), three, four);
        return ReportDesk.view(DivisionCode.of("330328101"), 2026, ReportView.OWN, ReportState.FINALISED, 3,
                new ReportTexts("2026年，百丈漈镇认真贯彻落实政府信息公开条例。\n全年主动公开信息四百余条。",
                        "一是公开栏更新不够及时。", null), entries, tables, null, null, null);
    }

    @Test
    void word_and_pdf_carry_the_title_the_sections_and_every_table_in_the_official_layout() throws Exception {
        ReportView report = sample();
        assertThat(report.balanced()).isTrue();
        var doc = AnnualReportDocument.of(report);
        byte[] docx = RENDERER.docx(doc);
        byte[] pdf = RENDERER.pdf(doc);
        String word = Readers.wordTexts(Map.of("report", docx)).get("report");
        String text = Readers.pdfText(pdf);
        for (String read : new String[] {word, text}) {
            assertThat(read).contains("百丈漈镇2026年政府信息公开工作年度报告");
            assertThat(read).contains("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
            assertThat(read).contains("全年主动公开信息四百余条", "公开栏更新不够及时");
            assertThat(read).contains("行政规范性文件", "行政许可", "613", "12.5", "123");
            assertThat(read).contains("本年新收", "上年结转", "结转下年度继续办理", "自然人", "法律");
            assertThat(read).contains("41", "37", "29", "11");
            assertThat(read).contains("行政复议", "复议后起诉", "未经复议直接起诉");
        }
        // LibreOffice reads a cell whole; the PDF wraps long headings inside their narrow cells
        assertThat(word).contains("法律服务机构", "社会公益组织", "属于四类过程性信息", "尚未审结", "结果纠正");
        // the numbers stand in the rows they belong to
        assertThat(text.lines().filter(l -> l.contains("本年新收")).findFirst().orElseThrow())
                .contains("37").contains("41");
        assertThat(text.lines().filter(l -> l.contains("行政许可")).findFirst().orElseThrow()).contains("613");
        assertThat(Readers.pdfPages(pdf)).isBetween(2, 6);
    }

    @Test
    void the_notice_for_the_board_is_a_proactive_report_with_the_tables_as_text() {
        var content = AnnualReportNotice.content(sample(), java.time.LocalDate.of(2027, 1, 20));
        assertThat(content.genre()).isEqualTo(org.gongshi.notice.Genre.REPORT);
        assertThat(content.disclosure()).isEqualTo(org.gongshi.notice.DisclosureAttribute.PROACTIVE);
        assertThat(content.title()).isEqualTo("百丈漈镇2026年政府信息公开工作年度报告");
        assertThat(content.body()).contains("## 三、收到和处理政府信息公开申请情况").contains("行政许可 · 613");
        assertThat(AnnualReportNotice.CATALOG_ITEM).isEqualTo("open.annual-report");
    }
}
