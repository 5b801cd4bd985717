package org.gongshi.report;

import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeContent;

import java.time.LocalDate;
import java.util.Set;

/**
 * A finalised report as a notice for the board: the genre 报告, proactive (Regulation Art. 50: the
 * report is published on the government website by the deadline), filed under 其他 until the catalog
 * item {@value #CATALOG_ITEM} is wired to a section. It then goes through the division's normal review
 * and publication like any notice.
 */
public final class AnnualReportNotice {

    /** The standard catalog item (公开事项) of the annual report; a later change wires it to the catalog. */
    public static final String CATALOG_ITEM = "open.annual-report";

    private AnnualReportNotice() {
    }

    /** The notice's whole content, in one place: title, body (the report as text), genre and attributes. */
    public static NoticeContent content(ReportView report, LocalDate today) {
        StringBuilder body = new StringBuilder();
        var doc = AnnualReportDocument.of(report);
        for (var block : doc.body()) {
            switch (block) {
                case org.gongshi.document.OfficialDocument.Heading h -> body.append("## ").append(h.text()).append("\n\n");
                case org.gongshi.document.OfficialDocument.Paragraph p -> body.append(p.text()).append("\n\n");
                case org.gongshi.document.OfficialDocument.Table t -> body.append(markdown(t)).append("\n");
            }
        }
        String title = AnnualReportDocument.title(report);
        return new NoticeContent(title, body.toString().strip(), null, Genre.REPORT, Set.of(), report.divisionName(),
                Set.of(), null, today, DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, false, null, null)
                .withCatalogItem(CATALOG_ITEM);
    }

    /**
     * A table as a Markdown list, one item per row, its cells in order with merged cells written once
     * (the board renders CommonMark without table syntax).
     */
    private static String markdown(org.gongshi.document.OfficialDocument.Table table) {
        StringBuilder out = new StringBuilder();
        for (var row : table.rows()) {
            out.append("- ");
            boolean first = true;
            for (var cell : row) {
                out.append(first ? "" : " · ").append(cell.text().replace("*", "＊").replace("_", "＿"));
                first = false;
            }
            out.append('\n');
        }
        return out.toString();
    }
}
