package org.gongshi.privacy;

import java.util.List;
import java.util.Objects;

/**
 * Text with its personal numbers replaced by their masked form: what the clerk's one-click masking
 * (一键脱敏) writes back into a notice, and how free-text columns of a list are published. Everything
 * outside the findings stays exactly as it was, character for character.
 */
public final class Redaction {

    private Redaction() {
    }

    /** {@code text} with every personal number the scanner finds masked by {@code policy}. */
    public static String redact(String text, MaskingPolicy policy) {
        return apply(text, PersonalDataScanner.scan(text), policy);
    }

    /**
     * {@code text} with each of {@code findings} (from {@link PersonalDataScanner#scan} of this very
     * text) replaced by {@link MaskingPolicy#maskFinding}. The findings must lie inside the text and
     * must not overlap; they may come in any order.
     */
    public static String apply(String text, List<Finding> findings, MaskingPolicy policy) {
        Objects.requireNonNull(text, "Text is required.");
        Objects.requireNonNull(policy, "Policy is required.");
        if (findings.isEmpty()) {
            return text;
        }
        List<Finding> ordered = findings.stream().sorted(java.util.Comparator.comparingInt(Finding::start)).toList();
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : ordered) {
            if (f.start() < at || f.end() > text.length()) {
                throw new IllegalArgumentException("Findings must lie inside the text and must not overlap.");
            }
            out.append(text, at, f.start()).append(policy.maskFinding(f));
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
