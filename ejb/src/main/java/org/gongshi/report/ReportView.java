package org.gongshi.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report as staff and the API see it: every cell of the three tables under its stable key, the
 * text sections, the staff's entries, every balance check and whether it holds, and the state.
 * {@code scope} is {@code own} for a division's report and {@code subtree} for a county's sum (which
 * has no texts, no state of its own and is never stored). {@code version} is 0 before the first save.
 */
public record ReportView(String division, String divisionName, int year, String scope, ReportState state,
                               long version, ReportTexts texts, ManualEntries entries, Map<String, Number> cells,
                               List<CheckView> checks, boolean balanced, Instant finalisedAt, String finalisedBy,
                               String publishedNoticeId) {

    public static final String OWN = "own";
    public static final String SUBTREE = "subtree";

    /** One balance check: its key, the rule, where it looks, both sides, whether it holds, the cells involved. */
    public record CheckView(String key, String rule, String where, long left, long right, boolean holds,
                            String explanation, List<String> cells) {

        static CheckView of(BalanceCheck c) {
            return new CheckView(c.key(), c.rule(), c.where(), c.left(), c.right(), c.holds(), c.explanation(), c.cells());
        }
    }

    /** The tables again, from the cells. */
    public AnnualTables tables() {
        return AnnualTables.fromCells(cells);
    }
}
