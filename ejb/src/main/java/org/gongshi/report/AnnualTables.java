package org.gongshi.report;

import org.gongshi.request.ApplicantType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.ResultRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three tables of the annual report (国办公开办函〔2021〕30号) as numbers, each cell under a stable key,
 * and the balance checks the national format requires of table 三 (and the totals of table 四).
 * Pure values: how the numbers were found is {@link AnnualFigures}' business.
 *
 * <p>Cell keys: {@code t2.<item>.<measure>}, {@code t3.<line>.<column>}, {@code t4.<kind>.<outcome>}.
 */
public record AnnualTables(TableTwo two, TableThree three, TableFour four) {

    public AnnualTables {
        Objects.requireNonNull(two, "Table 二 is required.");
        Objects.requireNonNull(three, "Table 三 is required.");
        Objects.requireNonNull(four, "Table 四 is required.");
    }

    /** Every cell under its stable key, in the order of the national tables. */
    public Map<String, Number> cells() {
        Map<String, Number> cells = new LinkedHashMap<>();
        two.putCells(cells);
        three.putCells(cells);
        four.putCells(cells);
        return cells;
    }

    /** The tables again from {@link #cells()} (a finalised report's snapshot); missing cells are 0. */
    public static AnnualTables fromCells(Map<String, ? extends Number> cells) {
        return new AnnualTables(TableTwo.fromCells(cells), TableThree.fromCells(cells), TableFour.fromCells(cells));
    }

    /** Every balance check, in a fixed order, each saying whether it holds and where. */
    public List<BalanceCheck> checks() {
        List<BalanceCheck> checks = new ArrayList<>(three.checks());
        checks.addAll(four.checks());
        return checks;
    }

    /** The first check that fails, if any. */
    public java.util.Optional<BalanceCheck> firstFailure() {
        return checks().stream().filter(c -> !c.holds()).findFirst();
    }

    /** The sum of two reports' tables (a county's subtree). */
    public AnnualTables plus(AnnualTables other) {
        return new AnnualTables(two.plus(other.two), three.plus(other.three), four.plus(other.four));
    }

    static long value(Map<String, ? extends Number> cells, String key) {
        Number n = cells.get(key);
        return n == null ? 0 : n.longValue();
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Table 二 主动公开政府信息情况. 规章 and 行政规范性文件: issued this year, abolished this year, in
     * force; 行政许可, 行政处罚, 行政强制: decisions this year; 行政事业性收费: amount this year in 万元.
     * Normative documents come from the notices; the rest is entered by staff ({@link ManualEntries}).
     */
    public record TableTwo(long rulesIssued, long rulesAbolished, long rulesInForce,
                           long normativeIssued, long normativeAbolished, long normativeInForce,
                           long licensingDecisions, long penaltyDecisions, long enforcementDecisions,
                           BigDecimal feesTenThousandYuan) {

        public TableTwo {
            feesTenThousandYuan = feesTenThousandYuan == null ? BigDecimal.ZERO : feesTenThousandYuan;
        }

        /** The computed normative-document figures with the entries staff made. */
        public static TableTwo of(long normativeIssued, long normativeAbolished, long normativeInForce, ManualEntries m) {
            ManualEntries e = m == null ? ManualEntries.NONE : m;
            return new TableTwo(e.rulesIssued(), e.rulesAbolished(), e.rulesInForce(), normativeIssued,
                    normativeAbolished, normativeInForce, e.licensingDecisions(), e.penaltyDecisions(),
                    e.enforcementDecisions(), e.feesTenThousandYuan());
        }

        void putCells(Map<String, Number> cells) {
            cells.put("t2.rules.issued", rulesIssued);
            cells.put("t2.rules.abolished", rulesAbolished);
            cells.put("t2.rules.inForce", rulesInForce);
            cells.put("t2.normative.issued", normativeIssued);
            cells.put("t2.normative.abolished", normativeAbolished);
            cells.put("t2.normative.inForce", normativeInForce);
            cells.put("t2.licensing.decisions", licensingDecisions);
            cells.put("t2.penalty.decisions", penaltyDecisions);
            cells.put("t2.enforcement.decisions", enforcementDecisions);
            cells.put("t2.fees.amount", feesTenThousandYuan);
        }

        static TableTwo fromCells(Map<String, ? extends Number> c) {
            Number fees = c.get("t2.fees.amount");
            return new TableTwo(value(c, "t2.rules.issued"), value(c, "t2.rules.abolished"), value(c, "t2.rules.inForce"),
                    value(c, "t2.normative.issued"), value(c, "t2.normative.abolished"), value(c, "t2.normative.inForce"),
                    value(c, "t2.licensing.decisions"), value(c, "t2.penalty.decisions"),
                    value(c, "t2.enforcement.decisions"), fees == null ? BigDecimal.ZERO : new BigDecimal(fees.toString()));
        }

        TableTwo plus(TableTwo o) {
            return new TableTwo(rulesIssued + o.rulesIssued, rulesAbolished + o.rulesAbolished, rulesInForce + o.rulesInForce,
                    normativeIssued + o.normativeIssued, normativeAbolished + o.normativeAbolished,
                    normativeInForce + o.normativeInForce, licensingDecisions + o.licensingDecisions,
                    penaltyDecisions + o.penaltyDecisions, enforcementDecisions + o.enforcementDecisions,
                    feesTenThousandYuan.add(o.feesTenThousandYuan));
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Table 三 收到和处理政府信息公开申请情况: lines × applicant columns. The total column and the line
     * （七）总计 are stored as computed, not derived, so that the checks can find where they disagree.
     */
    public static final class TableThree {

        /** The lines of table 三, in order; the result lines are the {@link ResultRow}s. */
        public enum Line {
            /** 一、本年新收政府信息公开申请数量. */
            NEW("一、本年新收政府信息公开申请数量"),
            /** 二、上年结转政府信息公开申请数量. */
            CARRIED_IN("二、上年结转政府信息公开申请数量"),
            /** 三、本年度办理结果（七）总计. */
            RESULT_TOTAL("三、本年度办理结果（七）总计"),
            /** 四、结转下年度继续办理. */
            CARRIED_OUT("四、结转下年度继续办理");

            private final String label;

            Line(String label) {
                this.label = label;
            }

            public String label() {
                return label;
            }
        }

        /** The columns: the applicant types, then 总计. */
        public static final List<String> COLUMNS;
        /** The row keys in the national order: NEW, CARRIED_IN, every ResultRow, RESULT_TOTAL, CARRIED_OUT. */
        public static final List<String> ROWS;
        static final int TOTAL;

        static {
            List<String> cols = new ArrayList<>();
            for (ApplicantType t : ApplicantType.values()) {
                cols.add(t.name());
            }
            cols.add("TOTAL");
            COLUMNS = List.copyOf(cols);
            TOTAL = cols.size() - 1;
            List<String> rows = new ArrayList<>();
            rows.add(Line.NEW.name());
            rows.add(Line.CARRIED_IN.name());
            for (ResultRow r : ResultRow.values()) {
                rows.add(r.name());
            }
            rows.add(Line.RESULT_TOTAL.name());
            rows.add(Line.CARRIED_OUT.name());
            ROWS = List.copyOf(rows);
        }

        private final long[][] counts;

        private TableThree(long[][] counts) {
            this.counts = counts;
        }

        /** An empty table to fill with {@link #add}. */
        public static TableThree empty() {
            return new TableThree(new long[ROWS.size()][COLUMNS.size()]);
        }

        static int row(String key) {
            int i = ROWS.indexOf(key);
            if (i < 0) {
                throw new IllegalArgumentException("No line " + key + " in table 三.");
            }
            return i;
        }

        static int column(String key) {
            int i = COLUMNS.indexOf(key);
            if (i < 0) {
                throw new IllegalArgumentException("No column " + key + " in table 三.");
            }
            return i;
        }

        /** Adds {@code n} to a line's cell of one applicant type and to the line's total. */
        public TableThree add(String rowKey, ApplicantType type, long n) {
            int r = row(rowKey);
            counts[r][type.ordinal()] += n;
            counts[r][TOTAL] += n;
            return this;
        }

        /** Sets one cell as it is (for snapshots and for tables built by hand in tests). */
        public TableThree set(String rowKey, String columnKey, long n) {
            counts[row(rowKey)][column(columnKey)] = n;
            return this;
        }

        public long get(String rowKey, String columnKey) {
            return counts[row(rowKey)][column(columnKey)];
        }

        public long get(Line line, ApplicantType type) {
            return get(line.name(), type.name());
        }

        public long get(ResultRow row, ApplicantType type) {
            return get(row.name(), type.name());
        }

        public static String key(String rowKey, String columnKey) {
            return "t3." + rowKey + "." + columnKey;
        }

        void putCells(Map<String, Number> cells) {
            for (String r : ROWS) {
                for (String c : COLUMNS) {
                    cells.put(key(r, c), get(r, c));
                }
            }
        }

        static TableThree fromCells(Map<String, ? extends Number> cells) {
            TableThree t = empty();
            for (String r : ROWS) {
                for (String c : COLUMNS) {
                    t.set(r, c, value(cells, key(r, c)));
                }
            }
            return t;
        }

        TableThree plus(TableThree o) {
            long[][] sum = new long[ROWS.size()][COLUMNS.size()];
            for (int r = 0; r < sum.length; r++) {
                for (int c = 0; c < sum[r].length; c++) {
                    sum[r][c] = counts[r][c] + o.counts[r][c];
                }
            }
            return new TableThree(sum);
        }

        /** The words of a line (一、…, （三）4 保护第三方合法权益, …). */
        public static String rowLabel(String rowKey) {
            for (Line l : Line.values()) {
                if (l.name().equals(rowKey)) {
                    return l.label();
                }
            }
            ResultRow r = ResultRow.valueOf(rowKey);
            return r.number() + " " + r.label();
        }

        /** The words of a column (自然人, 商业企业, …, 总计). */
        public static String columnLabel(String columnKey) {
            return switch (columnKey) {
                case "NATURAL_PERSON" -> "自然人";
                case "COMMERCIAL_ENTERPRISE" -> "商业企业";
                case "RESEARCH_INSTITUTION" -> "科研机构";
                case "SOCIAL_WELFARE_ORGANISATION" -> "社会公益组织";
                case "LEGAL_SERVICE_ORGANISATION" -> "法律服务机构";
                case "OTHER" -> "其他";
                case "TOTAL" -> "总计";
                default -> throw new IllegalArgumentException("No column " + columnKey + " in table 三.");
            };
        }

        /**
         * The national format's rules: in every column 一 + 二 = 三（七） + 四; （七） = the sum of all
         * result rows; in every line 总计 = the sum of the applicant columns.
         */
        List<BalanceCheck> checks() {
            List<BalanceCheck> checks = new ArrayList<>();
            for (String c : COLUMNS) {
                long left = get(Line.NEW.name(), c) + get(Line.CARRIED_IN.name(), c);
                long right = get(Line.RESULT_TOTAL.name(), c) + get(Line.CARRIED_OUT.name(), c);
                checks.add(new BalanceCheck("t3.carry." + c,
                        "表三“" + columnLabel(c) + "”列：一+二 = 三（七）+四",
                        "表三“" + columnLabel(c) + "”列的“一、本年新收”+“二、上年结转”与“三（七）总计”+“四、结转下年度”",
                        left, right, List.of(key(Line.NEW.name(), c), key(Line.CARRIED_IN.name(), c),
                        key(Line.RESULT_TOTAL.name(), c), key(Line.CARRIED_OUT.name(), c))));
            }
            for (String c : COLUMNS) {
                long sum = 0;
                List<String> cells = new ArrayList<>();
                for (ResultRow r : ResultRow.values()) {
                    sum += get(r.name(), c);
                    cells.add(key(r.name(), c));
                }
                cells.add(key(Line.RESULT_TOTAL.name(), c));
                checks.add(new BalanceCheck("t3.results." + c,
                        "表三“" + columnLabel(c) + "”列：（七）总计 = （一）至（六）各项之和",
                        "表三“" + columnLabel(c) + "”列的“三（七）总计”与（一）至（六）各项之和",
                        get(Line.RESULT_TOTAL.name(), c), sum, cells));
            }
            for (String r : ROWS) {
                long sum = 0;
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < TOTAL; c++) {
                    sum += counts[row(r)][c];
                    cells.add(key(r, COLUMNS.get(c)));
                }
                cells.add(key(r, "TOTAL"));
                checks.add(new BalanceCheck("t3.total." + r,
                        "表三“" + rowLabel(r) + "”行：总计 = 各申请人列之和",
                        "表三“" + rowLabel(r) + "”行的“总计”与各申请人列之和",
                        get(r, "TOTAL"), sum, cells));
            }
            return checks;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TableThree t && Arrays.deepEquals(counts, t.counts);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(counts);
        }

        @Override
        public String toString() {
            return "TableThree" + Arrays.deepToString(counts);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Table 四 政府信息公开行政复议、行政诉讼情况: for 行政复议, 行政诉讼·未经复议直接起诉 and
     * 行政诉讼·复议后起诉, the outcomes 结果维持, 结果纠正, 其他结果, 尚未审结 and their 总计.
     */
    public static final class TableFour {

        public static final List<String> OUTCOMES = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL");

        private final long[][] counts = new long[RequestChallenge.Kind.values().length][OUTCOMES.size()];

        public static TableFour empty() {
            return new TableFour();
        }

        /** Adds {@code n} challenges of a kind with an outcome, and to the kind's total. */
        public TableFour add(RequestChallenge.Kind kind, RequestChallenge.Outcome outcome, long n) {
            counts[kind.ordinal()][outcome.ordinal()] += n;
            counts[kind.ordinal()][OUTCOMES.size() - 1] += n;
            return this;
        }

        public TableFour set(RequestChallenge.Kind kind, String outcomeKey, long n) {
            counts[kind.ordinal()][outcomeIndex(outcomeKey)] = n;
            return this;
        }

        public long get(RequestChallenge.Kind kind, String outcomeKey) {
            return counts[kind.ordinal()][outcomeIndex(outcomeKey)];
        }

        private static int outcomeIndex(String key) {
            int i = OUTCOMES.indexOf(key);
            if (i < 0) {
                throw new IllegalArgumentException("No outcome " + key + " in table 四.");
            }
            return i;
        }

        public static String key(RequestChallenge.Kind kind, String outcomeKey) {
            return "t4." + kind.name() + "." + outcomeKey;
        }

        public static String kindLabel(RequestChallenge.Kind kind) {
            return switch (kind) {
                case ADMINISTRATIVE_REVIEW -> "行政复议";
                case LITIGATION_DIRECT -> "行政诉讼·未经复议直接起诉";
                case LITIGATION_AFTER_REVIEW -> "行政诉讼·复议后起诉";
            };
        }

        public static String outcomeLabel(String key) {
            return switch (key) {
                case "UPHELD" -> "结果维持";
                case "CORRECTED" -> "结果纠正";
                case "OTHER" -> "其他结果";
                case "PENDING" -> "尚未审结";
                case "TOTAL" -> "总计";
                default -> throw new IllegalArgumentException("No outcome " + key + " in table 四.");
            };
        }

        void putCells(Map<String, Number> cells) {
            for (RequestChallenge.Kind k : RequestChallenge.Kind.values()) {
                for (String o : OUTCOMES) {
                    cells.put(key(k, o), get(k, o));
                }
            }
        }

        static TableFour fromCells(Map<String, ? extends Number> cells) {
            TableFour t = new TableFour();
            for (RequestChallenge.Kind k : RequestChallenge.Kind.values()) {
                for (String o : OUTCOMES) {
                    t.set(k, o, value(cells, key(k, o)));
                }
            }
            return t;
        }

        TableFour plus(TableFour o) {
            TableFour t = new TableFour();
            for (int k = 0; k < counts.length; k++) {
                for (int c = 0; c < counts[k].length; c++) {
                    t.counts[k][c] = counts[k][c] + o.counts[k][c];
                }
            }
            return t;
        }

        /** 总计 = 维持 + 纠正 + 其他 + 尚未审结, for each of the three groups. */
        List<BalanceCheck> checks() {
            List<BalanceCheck> checks = new ArrayList<>();
            for (RequestChallenge.Kind k : RequestChallenge.Kind.values()) {
                long sum = 0;
                List<String> cells = new ArrayList<>();
                for (String o : OUTCOMES.subList(0, 4)) {
                    sum += get(k, o);
                    cells.add(key(k, o));
                }
                cells.add(key(k, "TOTAL"));
                checks.add(new BalanceCheck("t4.total." + k.name(),
                        "表四“" + kindLabel(k) + "”：总计 = 维持+纠正+其他+尚未审结",
                        "表四“" + kindLabel(k) + "”的“总计”与各结果之和",
                        get(k, "TOTAL"), sum, cells));
            }
            return checks;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TableFour t && Arrays.deepEquals(counts, t.counts);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(counts);
        }
    }
}
