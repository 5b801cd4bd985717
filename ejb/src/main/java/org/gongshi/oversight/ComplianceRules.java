package org.gongshi.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a tenant's score is computed, in one place. A tenant starts at 100 and loses, per finding:
 *
 * <table>
 *   <tr><th>Factor</th><th>Points each</th><th>At most</th><th>Why</th></tr>
 *   <tr><td>catalog item overdue</td><td>5</td><td>40</td><td>the standard catalog's time limit
 *   (国办发〔2019〕54号; Regulation Art. 26: 20 working days)</td></tr>
 *   <tr><td>zombie section</td><td>4</td><td>30</td><td>a section not updated within its rule; a site with
 *   10 or more zombie columns fails the check (国办秘函〔2019〕19号)</td></tr>
 *   <tr><td>request overdue</td><td>10</td><td>40</td><td>an open request past its reply date (Art. 33)</td></tr>
 *   <tr><td>re-review due</td><td>2</td><td>10</td><td>a withheld document past its re-review date (Art. 18)</td></tr>
 * </table>
 *
 * The score is never below 0. Colour: green at 90 and above, yellow from 60, red below 60.
 * <p>
 * A section is a <em>zombie</em> when nothing was published under it for longer than its rule: 90
 * days by default (村务公开 at least quarterly, 《村民委员会组织法》 Art. 30), 365 days for sections
 * whose content is yearly by nature (budgets and final accounts, the village code, consultations).
 * The catalog items do not name a section yet, so the rule comes from the section kind only; a
 * section that was never used counts as a zombie. The catch-all section 其他 and hidden sections do
 * not count.
 */
public final class ComplianceRules {

    public static final int GREEN_FROM = 90;
    public static final int YELLOW_FROM = 60;
    public static final int DEFAULT_ZOMBIE_DAYS = 90;

    /** Section keys whose content is yearly by nature, with their longer rule. */
    static final Map<String, Integer> ZOMBIE_DAYS = Map.of(
            "budget-accounts", 365,
            "village-rules", 365,
            "public-consultation", 365);

    private record Rule(int each, int cap, String text) {
    }

    private static final Map<Factor, Rule> RULES = Map.of(
            Factor.CATALOG_OVERDUE, new Rule(5, 40, "目录事项逾期未公开，每项扣5分，最多扣40分（国办发〔2019〕54号标准目录时限）"),
            Factor.ZOMBIE_SECTION, new Rule(4, 30, "栏目超过更新周期未更新（僵尸栏目），每个扣4分，最多扣30分（默认90日，财政预决算、村规民约、征求意见365日）"),
            Factor.REQUEST_OVERDUE, new Rule(10, 40, "依申请公开逾期未答复，每件扣10分，最多扣40分（《政府信息公开条例》第三十三条）"),
            Factor.REREVIEW_DUE, new Rule(2, 10, "不予公开信息到期未复审，每件扣2分，最多扣10分（《政府信息公开条例》第十八条）"));

    /** Shown instead of a catalog deduction while the catalog is not connected. */
    public static final String CATALOG_NOT_ASSESSED = "目录未接入，本项未评估";

    private ComplianceRules() {
    }

    /** The rule days of a section key. */
    public static int zombieDays(String sectionKey) {
        return ZOMBIE_DAYS.getOrDefault(sectionKey, DEFAULT_ZOMBIE_DAYS);
    }

    public static String rule(Factor factor) {
        return RULES.get(factor).text();
    }

    /** The points {@code count} findings of {@code factor} cost. */
    public static int points(Factor factor, int count) {
        Rule rule = RULES.get(factor);
        return Math.min(rule.cap(), Math.max(0, count) * rule.each());
    }

    /** The deductions of one tenant; {@code catalogCount} is null when the catalog was not assessed. */
    public static List<Deduction> deductions(Integer catalogCount, int zombieSections, int overdueRequests, int rereviewsDue) {
        List<Deduction> list = new ArrayList<>(4);
        if (catalogCount == null) {
            list.add(new Deduction(Factor.CATALOG_OVERDUE, 0, 0, CATALOG_NOT_ASSESSED, false));
        } else {
            list.add(deduction(Factor.CATALOG_OVERDUE, catalogCount));
        }
        list.add(deduction(Factor.ZOMBIE_SECTION, zombieSections));
        list.add(deduction(Factor.REQUEST_OVERDUE, overdueRequests));
        list.add(deduction(Factor.REREVIEW_DUE, rereviewsDue));
        return list;
    }

    private static Deduction deduction(Factor factor, int count) {
        return new Deduction(factor, count, points(factor, count), rule(factor), true);
    }

    public static int score(List<Deduction> deductions) {
        return Math.max(0, 100 - deductions.stream().mapToInt(Deduction::points).sum());
    }

    public static Colour colour(int score) {
        if (score >= GREEN_FROM) {
            return Colour.GREEN;
        }
        return score >= YELLOW_FROM ? Colour.YELLOW : Colour.RED;
    }
}
