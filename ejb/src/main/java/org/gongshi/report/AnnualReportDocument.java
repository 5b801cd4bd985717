package org.gongshi.report;

import org.gongshi.document.OfficialDocument;
import org.gongshi.document.OfficialDocument.Cell;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.ResultRow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The report as a document in the national layout (国办公开办函〔2021〕30号): the title
 * "XX2026年政府信息公开工作年度报告", sections 一 to 六 with Chinese numbering, and tables 二, 三 and 四 as
 * real tables with the format's merged headings. Built from a {@link ReportView} only, so the
 * Word and PDF files say exactly what the screen and the API say.
 */
public final class AnnualReportDocument {

    private AnnualReportDocument() {
    }

    /** The title: the division's name, the year and the report's name. */
    public static String title(ReportView report) {
        return report.divisionName() + (ReportView.SUBTREE.equals(report.scope()) ? "（含所辖区域汇总）" : "")
                + report.year() + "年政府信息公开工作年度报告";
    }

    public static OfficialDocument of(ReportView report) {
        AnnualTables t = report.tables();
        OfficialDocument.Builder doc = OfficialDocument.builder(title(report));
        doc.plain("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第四十九条、第五十条的规定，"
                + "按照政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）编制。");
        doc.heading("一、总体情况");
        paragraphs(doc, report.texts().overview());
        doc.heading("二、主动公开政府信息情况");
        doc.table(tableTwo(t.two()));
        doc.heading("三、收到和处理政府信息公开申请情况");
        doc.table(tableThree(t.three()));
        doc.heading("四、政府信息公开行政复议、行政诉讼情况");
        doc.table(tableFour(t.four()));
        doc.heading("五、存在的主要问题及改进情况");
        paragraphs(doc, report.texts().problems());
        doc.heading("六、其他需要报告的事项");
        paragraphs(doc, report.texts().otherMatters());
        doc.signature(report.divisionName());
        if (report.state() != ReportState.FINALISED) {
            doc.footnote(ReportView.SUBTREE.equals(report.scope())
                    ? "本表为所辖区域各单位数据的实时汇总，仅供参考。"
                    : "草稿：尚未定稿，表中数字随办理数据变化。");
        }
        return doc.build();
    }

    private static void paragraphs(OfficialDocument.Builder doc, String text) {
        if (text == null || text.isBlank()) {
            doc.paragraph("无。");
            return;
        }
        for (String p : text.split("\\R+")) {
            if (!p.isBlank()) {
                doc.paragraph(p.strip());
            }
        }
    }

    static OfficialDocument.Table tableTwo(AnnualTables.TableTwo t) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("信息内容"), Cell.text("本年制发件数"), Cell.text("本年废止件数"), Cell.text("现行有效件数")));
        rows.add(List.of(Cell.text("规章"), Cell.number(t.rulesIssued()), Cell.number(t.rulesAbolished()), Cell.number(t.rulesInForce())));
        rows.add(List.of(Cell.text("行政规范性文件"), Cell.number(t.normativeIssued()), Cell.number(t.normativeAbolished()),
                Cell.number(t.normativeInForce())));
        rows.add(List.of(Cell.text("信息内容"), Cell.text("本年处理决定数量").span(3, 1)));
        rows.add(List.of(Cell.text("行政许可"), Cell.number(t.licensingDecisions()).span(3, 1)));
        rows.add(List.of(Cell.text("行政处罚"), Cell.number(t.penaltyDecisions()).span(3, 1)));
        rows.add(List.of(Cell.text("行政强制"), Cell.number(t.enforcementDecisions()).span(3, 1)));
        rows.add(List.of(Cell.text("信息内容"), Cell.text("本年收费金额（单位：万元）").span(3, 1)));
        rows.add(List.of(Cell.text("行政事业性收费"),
                new Cell(t.feesTenThousandYuan().toPlainString(), 3, 1, true)));
        return new OfficialDocument.Table(List.of(3f, 2f, 2f, 2f), rows, 1);
    }

    private static final List<String> GROUP_NAMES = List.of("（一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");

    static OfficialDocument.Table tableThree(AnnualTables.TableThree t) {
        List<String> columns = AnnualTables.TableThree.COLUMNS;
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").span(3, 3),
                Cell.text("申请人情况").span(7, 1)));
        rows.add(List.of(Cell.text("自然人").span(1, 2), Cell.text("法人或其他组织").span(5, 1), Cell.text("总计").span(1, 2)));
        rows.add(List.of(Cell.text("商业企业"), Cell.text("科研机构"), Cell.text("社会公益组织"), Cell.text("法律服务机构"),
                Cell.text("其他")));
        rows.add(line(List.of(Cell.text("一、本年新收政府信息公开申请数量").span(3, 1)), t, "NEW", columns));
        rows.add(line(List.of(Cell.text("二、上年结转政府信息公开申请数量").span(3, 1)), t, "CARRIED_IN", columns));
        ResultRow[] results = ResultRow.values();
        for (int i = 0; i < results.length; i++) {
            ResultRow r = results[i];
            List<Cell> labels = new ArrayList<>();
            if (i == 0) {
                labels.add(Cell.text("三、本年度办理结果").span(1, results.length + 1));
            }
            String group = r.group();
            long inGroup = java.util.Arrays.stream(results).filter(x -> x.group().equals(group)).count();
            String groupName = GROUP_NAMES.stream().filter(g -> g.startsWith(group)).findFirst().orElse(group);
            if (inGroup == 1) {
                labels.add(Cell.text(groupName).span(2, 1));
            } else {
                if (i == 0 || !results[i - 1].group().equals(group)) {
                    labels.add(Cell.text(groupName).span(1, (int) inGroup));
                }
                labels.add(Cell.text(r.number().substring(group.length()) + ". " + r.label()));
            }
            rows.add(line(labels, t, r.name(), columns));
        }
        rows.add(line(List.of(Cell.text("（七）总计").span(2, 1)), t, "RESULT_TOTAL", columns));
        rows.add(line(List.of(Cell.text("四、结转下年度继续办理").span(3, 1)), t, "CARRIED_OUT", columns));
        List<Float> widths = new ArrayList<>(List.of(0.9f, 1.3f, 2.6f));
        widths.addAll(Collections.nCopies(columns.size(), 1.25f));
        return new OfficialDocument.Table(widths, rows, 3);
    }

    private static List<Cell> line(List<Cell> labels, AnnualTables.TableThree t, String rowKey, List<String> columns) {
        List<Cell> cells = new ArrayList<>(labels);
        for (String c : columns) {
            cells.add(Cell.number(t.get(rowKey, c)));
        }
        return cells;
    }

    static OfficialDocument.Table tableFour(AnnualTables.TableFour t) {
        List<String> outcomes = AnnualTables.TableFour.OUTCOMES;
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("行政复议").span(5, 1), Cell.text("行政诉讼").span(10, 1)));
        List<Cell> second = new ArrayList<>();
        for (String o : outcomes) {
            second.add(Cell.text(AnnualTables.TableFour.outcomeLabel(o)).span(1, 2));
        }
        second.add(Cell.text("未经复议直接起诉").span(5, 1));
        second.add(Cell.text("复议后起诉").span(5, 1));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            for (String o : outcomes) {
                third.add(Cell.text(AnnualTables.TableFour.outcomeLabel(o)));
            }
        }
        rows.add(third);
        List<Cell> numbers = new ArrayList<>();
        for (RequestChallenge.Kind kind : RequestChallenge.Kind.values()) {
            for (String o : outcomes) {
                numbers.add(Cell.number(t.get(kind, o)));
            }
        }
        rows.add(numbers);
        return new OfficialDocument.Table(Collections.nCopies(15, 1f), rows, 3);
    }
}
