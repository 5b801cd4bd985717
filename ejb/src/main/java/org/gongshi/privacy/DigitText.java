package org.gongshi.privacy;

/**
 * The characters people type inside numbers, and the one normal form the recognisers read. Full-width
 * digits ({@code ０-９}) and {@code Ｘ ｘ x} map one character to one character, so offsets into the
 * normal form are offsets into the original text.
 */
final class DigitText {

    private DigitText() {
    }

    /** The character as the recognisers read it: ASCII digits, upper-case X; anything else unchanged. */
    static char normal(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        if (c == 'x' || c == 'Ｘ' || c == 'ｘ') {
            return 'X';
        }
        return c;
    }

    /** The whole text in normal form, of the same length. */
    static char[] normalise(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normal(text.charAt(i));
        }
        return out;
    }

    static boolean isDigit(char normal) {
        return normal >= '0' && normal <= '9';
    }

    /** A line break: LF, CR (CR LF counts once, by the caller), NEL, LINE and PARAGRAPH SEPARATOR. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A dot people put between digit groups; also a decimal point, so it joins only long groups. */
    static boolean isDot(char c) {
        return c == '.' || c == '．' || c == '·' || c == '•';
    }

    /**
     * What people type between the digit groups of one number: spaces of every width (ASCII, NBSP,
     * ideographic, thin, zero-width), dashes and hyphens (ASCII, full-width, en and em dash, minus),
     * dots, soft hyphens and line breaks. Never a tab (it separates table cells), comma (thousands),
     * slash (dates, index numbers) or bracket.
     */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200B') || c == '\u202F'
                || c == '\u205F' || c == '\uFEFF' || c == '\u00AD'
                || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '－' || c == '\uFE63'
                || isDot(c) || isLineBreak(c);
    }

    /**
     * {@code written} in normal form without separators and tabs; every other character is kept, so
     * that a value with letters or words in it does not pass for a number.
     */
    static String compact(CharSequence written) {
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!isSeparator(c) && c != '\t') {
                out.append(normal(c));
            }
        }
        return out.toString();
    }
}
