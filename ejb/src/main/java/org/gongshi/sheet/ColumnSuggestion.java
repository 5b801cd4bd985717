package org.gongshi.sheet;

import org.gongshi.privacy.FieldType;

import java.util.List;

/**
 * What a column probably holds, from its heading.
 *
 * @param column     0-based column index
 * @param heading    the heading as read
 * @param type       the suggested kind; {@link FieldType#OTHER} when nothing fits
 * @param confidence how sure the suggestion is
 * @param sameTypeAs other columns suggested as the same personal kind (e.g. 户主姓名 and 家庭成员姓名):
 *                   both keep the personal kind — masking both is the safe side — and the clerk must be
 *                   asked; empty for a unique or non-personal kind
 */
public record ColumnSuggestion(int column, String heading, FieldType type, Confidence confidence,
                               List<Integer> sameTypeAs) {

    public ColumnSuggestion {
        sameTypeAs = List.copyOf(sameTypeAs);
    }

    /** How sure a suggestion is. */
    public enum Confidence {
        /** The heading is a known heading word (after width, space and bracket normalisation). */
        HIGH,
        /** The heading contains a distinctive word (户主身份证号 → ID number). */
        MEDIUM,
        /** The heading contains a weak hint only (…号码, …名). */
        LOW,
        /** Nothing recognised; the kind is {@link FieldType#OTHER}. */
        NONE
    }

    /** True when the clerk should look at this column before importing. */
    public boolean needsConfirmation() {
        return !sameTypeAs.isEmpty() || confidence == Confidence.LOW;
    }
}
