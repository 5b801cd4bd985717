package org.gongshi.report;

import java.util.List;

/**
 * One rule of the national format (国办公开办函〔2021〕30号) applied to the tables: its stable key
 * ({@code t3.carry.NATURAL_PERSON}), what it says, where it looks (in words, naming the column or line),
 * the two sides, and the keys of the cells involved (for highlighting).
 */
public record BalanceCheck(String key, String rule, String where, long left, long right, List<String> cells) {

    public BalanceCheck {
        cells = List.copyOf(cells);
    }

    public boolean holds() {
        return left == right;
    }

    /** In plain Chinese, for a refusal or a screen: where, and the two sides. */
    public String explanation() {
        return where + (holds() ? "相等（" + left + "）" : "不相等：" + left + " ≠ " + right);
    }
}
