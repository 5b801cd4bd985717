package org.gongshi.oversight;

import org.gongshi.document.OfficialDocument;
import org.gongshi.document.OfficialDocument.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * The monthly bulletin (月月通报) and the quarterly cards (每季亮牌) as one text model written twice:
 * as an {@link OfficialDocument} (Word, PDF) and as the Markdown body of the notice that publishes it.
 * Division codes are written in one piece (330328101200), the form the personal-data check reads as a
 * division code and never as a card number; no receipt numbers or names of people appear.
 */
final class OversightDocuments {

    /** A document in both forms. */
    record Written(String title, OfficialDocument document, String markdown) {
    }

    /** What a notice body may hold (Notice.BODY_MAX is 100,000), with room for the closing line. */
    static final int MARKDOWN_BUDGET = 95_000;

    private OversightDocuments() {
    }

    static Written bulletin(String rootName, Periods.Period period, ComplianceReport report) {
        String title = rootName + "政务公开工作月月通报（" + period.chinese() + "）";
        List<String> intro = List.of(
                "根据《中华人民共和国政府信息公开条例》和政务公开工作考核要求，现将" + period.chinese() + "各单位政务公开工作情况通报如下。"
                        + "本通报依据系统中实际公开和办理的情况计算，计算日期为" + report.asOf() + "。",
                "共评估" + report.tenants().size() + "个单位，其中绿色（90分及以上）" + count(report, Colour.GREEN) + "个，黄色（60至89分）"
                        + count(report, Colour.YELLOW) + "个，红色（60分以下）" + count(report, Colour.RED) + "个。");
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (TenantCompliance t : report.ranking()) {
            rank++;
            rows.add(List.of(String.valueOf(rank), label(t), String.valueOf(t.score()), t.colour().chinese(), reasons(t)));
        }
        return write(title, intro, "一、评分规则", rules(report), "二、得分排名",
                List.of("名次", "单位（区划代码）", "得分", "等级", "扣分事项"), rows, period, rootName);
    }

    static Written cards(String rootName, Periods.Period period, ComplianceReport report) {
        String title = rootName + "政务公开工作每季亮牌（" + period.chinese() + "）";
        List<String> intro = List.of(
                "现对" + period.chinese() + "各单位政务公开工作亮牌如下，计算日期为" + report.asOf() + "。",
                "亮牌规则：" + CardRule.text());
        List<List<String>> rows = new ArrayList<>();
        for (TenantCompliance t : report.ranking()) {
            CardRule.Card card = card(report, t);
            rows.add(List.of(label(t), String.valueOf(t.score()), card.colour().chinese() + "牌", card.rule(), reasons(t)));
        }
        return write(title, intro, "一、评分规则", rules(report), "二、亮牌结果",
                List.of("单位（区划代码）", "得分", "亮牌", "依据", "扣分事项"), rows, period, rootName);
    }

    static CardRule.Card card(ComplianceReport report, TenantCompliance t) {
        return CardRule.card(t.score(), t.count(Factor.REQUEST_OVERDUE),
                ComplianceCalculator.mostDaysOverdue(report, t.divisionCode()));
    }

    private static long count(ComplianceReport report, Colour colour) {
        return report.tenants().stream().filter(t -> t.colour() == colour).count();
    }

    /** The name with its division code in one piece, in full-width brackets. */
    static String label(TenantCompliance t) {
        return t.name() + "（" + t.divisionCode() + "）";
    }

    /** Each deduction named, with its count and points; "无扣分" when none. */
    static String reasons(TenantCompliance t) {
        List<String> parts = new ArrayList<>();
        for (Deduction d : t.deductions()) {
            if (!d.assessed()) {
                parts.add(name(d.factor()) + "：目录未接入");
            } else if (d.points() > 0) {
                parts.add(name(d.factor()) + d.count() + "项扣" + d.points() + "分");
            }
        }
        return parts.isEmpty() ? "无扣分" : String.join("；", parts);
    }

    static String name(Factor factor) {
        return switch (factor) {
            case CATALOG_OVERDUE -> "目录事项逾期";
            case ZOMBIE_SECTION -> "僵尸栏目";
            case REQUEST_OVERDUE -> "申请逾期未答复";
            case REREVIEW_DUE -> "不予公开到期未复审";
        };
    }

    private static List<String> rules(ComplianceReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("每个单位基础分100分，按以下规则扣分，最低0分；90分及以上为绿色，60至89分为黄色，60分以下为红色。");
        for (Factor f : Factor.values()) {
            if (f == Factor.CATALOG_OVERDUE && !report.catalogAssessed()) {
                lines.add(name(f) + "：" + ComplianceRules.CATALOG_NOT_ASSESSED + "。");
            } else {
                lines.add(name(f) + "：" + ComplianceRules.rule(f) + "。");
            }
        }
        return lines;
    }

    private static Written write(String title, List<String> intro, String rulesHeading, List<String> rules,
                                 String tableHeading, List<String> header, List<List<String>> rows,
                                 Periods.Period period, String issuer) {
        OfficialDocument.Builder doc = OfficialDocument.builder(title);
        StringBuilder md = new StringBuilder();
        intro.forEach(p -> {
            doc.paragraph(p);
            md.append(p).append("\n\n");
        });
        doc.heading(rulesHeading);
        md.append("## ").append(rulesHeading).append("\n\n");
        rules.forEach(r -> {
            doc.paragraph(r);
            md.append("- ").append(r).append('\n');
        });
        md.append('\n');
        doc.heading(tableHeading);
        md.append("## ").append(tableHeading).append("\n\n");
        List<List<Cell>> cells = new ArrayList<>();
        cells.add(header.stream().map(Cell::text).toList());
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> md.append(" --- |"));
        md.append('\n');
        int shown = 0;
        for (List<String> row : rows) {
            cells.add(row.stream().map(Cell::text).toList());
            String line = "| " + String.join(" | ", row.stream().map(OversightDocuments::cell).toList()) + " |\n";
            if (md.length() + line.length() < MARKDOWN_BUDGET) {
                md.append(line);
                shown++;
            }
        }
        if (shown < rows.size()) {
            md.append("\n（因篇幅所限，公告正文列出前").append(shown).append("个单位，共").append(rows.size())
                    .append("个单位的完整结果见通报文件。）\n");
        }
        float[] widths = header.size() == 5 && header.get(0).equals("名次")
                ? new float[]{0.7f, 3.2f, 0.8f, 0.8f, 4.5f} : new float[]{3.0f, 0.8f, 0.8f, 2.6f, 3.0f};
        List<Float> columnWidths = new ArrayList<>();
        for (float w : widths) {
            columnWidths.add(w);
        }
        doc.table(new OfficialDocument.Table(columnWidths, cells, 1));
        return new Written(title, doc.signature(issuer, period.computedOn().getYear() + "年"
                + period.computedOn().getMonthValue() + "月" + period.computedOn().getDayOfMonth() + "日").build(),
                md.toString());
    }

    /** A Markdown table cell: no pipe or line break can break the table. */
    private static String cell(String text) {
        return text.replace("|", "／").replace('\n', ' ');
    }
}
