package org.gongshi.relief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A list as residents see it: the published headings and the masked rows. The staff preview and the
 * notice body are both made here, from the same rows, so what a clerk checks is what goes to review
 * and to the board. The body is Markdown (notices are): an introduction with the notice period, then
 * one numbered paragraph per row, "heading：value" pairs separated by "；" — readable on the board, the
 * kiosk, paper and a phone, where a wide table is not. Every value is escaped, so a mask's stars never
 * become emphasis.
 */
public record ReliefTable(List<String> headings, List<List<String>> rows) {

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#!|~&{}()+\\-.])");

    public ReliefTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The notice body for this table: what the list is, the notice period (or that it is published
     * long-term), where to object, then the rows.
     */
    public String toMarkdown(ReliefListType type, String divisionName, LocalDate startsOn, LocalDate endsOn) {
        Objects.requireNonNull(type, "Type is required.");
        StringBuilder out = new StringBuilder();
        out.append("现将").append(escape(divisionName)).append(escape(type.title())).append("予以公示");
        if (endsOn != null) {
            out.append("，公示期自").append(date(startsOn)).append("至").append(date(endsOn)).append("（")
                    .append(escape(type.noticePeriod().describe())).append("）");
        } else {
            out.append("，长期公开");
        }
        out.append("。共").append(rows.size()).append("条。如有异议，请在公示期内向")
                .append(escape(divisionName)).append("反映。\n\n");
        out.append("为保护个人信息，名单中的姓名、证件号码、联系电话、银行卡号和住址已按规定作去标识化处理。\n\n");
        int n = 1;
        for (List<String> row : rows) {
            out.append(n++).append(". ");
            boolean first = true;
            for (int i = 0; i < headings.size(); i++) {
                String value = i < row.size() ? row.get(i) : "";
                if (!first) {
                    out.append("；");
                }
                first = false;
                out.append(escape(headings.get(i))).append("：").append(value.isEmpty() ? "—" : escape(value));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String escape(String text) {
        return text == null ? "" : MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
