package org.gongshi.privacy;

import java.util.Objects;

/**
 * One personal number found in a text.
 *
 * @param kind       what it looks like
 * @param start      offset of its first character in the ORIGINAL text (UTF-16 units, as {@link String#substring})
 * @param end        offset after its last character (exclusive); separators inside are included
 * @param line       1-based line of {@code start} (CR LF, LF, CR, NEL, U+2028/2029 end a line)
 * @param column     1-based column of {@code start} on that line, in characters
 * @param digits     the number in normal form: ASCII digits, upper-case X, no separators, no +86
 * @param confidence how sure the scanner is of the kind
 */
public record Finding(PersonalDataKind kind, int start, int end, int line, int column, String digits,
                      Confidence confidence) {

    public Finding {
        Objects.requireNonNull(kind, "Kind is required.");
        Objects.requireNonNull(digits, "Digits are required.");
        Objects.requireNonNull(confidence, "Confidence is required.");
        if (start < 0 || end <= start || line < 1 || column < 1) {
            throw new IllegalArgumentException("A finding needs 0 <= start < end and a line and column from 1.");
        }
    }
}
