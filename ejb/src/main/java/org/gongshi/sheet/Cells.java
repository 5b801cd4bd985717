package org.gongshi.sheet;

/** Cell text normalisation and Excel cell addresses. No regular expressions: this runs for every cell. */
final class Cells {

    private Cells() {
    }

    /**
     * The text of a cell as it is handed over: leading and trailing white space removed, every run
     * of white space inside (spaces, full-width spaces U+3000, no-break spaces, tabs, line breaks of
     * Alt+Enter) collapsed to one ASCII space, zero-width spaces and stray byte-order marks dropped.
     * Nothing else changes: full-width digits, dashes and the like stay as written (the privacy
     * layer reads them as people type them). Spaces used to pad names ("张　三") become one space.
     */
    static String clean(String text) {
        int n = text.length();
        if (n == 0) {
            return "";
        }
        if (isPlain(text, n)) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** True when nothing needs changing: no special space, no leading/trailing/double ASCII space. */
    private static boolean isPlain(String text, int n) {
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ') {
                    return false;
                }
            } else if (c < ' ' || c >= '\u00A0' && (isSpace(c) || isInvisible(c))) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    static boolean isSpace(char c) {
        return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u0085'
                || Character.isWhitespace(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }

    /** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    static String columnName(int index) {
        StringBuilder letters = new StringBuilder(3);
        int i = index + 1;
        while (i > 0) {
            int rem = (i - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            i = (i - 1) / 26;
        }
        return letters.toString();
    }

    /** A cell address such as {@code D7} from a 0-based column and a 1-based row. */
    static String address(int column, int row) {
        return columnName(column) + row;
    }

    /** A range such as {@code A1:H1}. */
    static String range(int firstColumn, int firstRow, int lastColumn, int lastRow) {
        return address(firstColumn, firstRow) + ":" + address(lastColumn, lastRow);
    }

    /** The 0-based column of an address such as {@code AB12} (or of bare letters), -1 when it has none. */
    static int columnOf(CharSequence ref) {
        int column = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > 1_000_000) {
                return -1;
            }
        }
        return i == 0 ? -1 : column - 1;
    }

    /** The 1-based row of an address such as {@code AB12}, -1 when it has none. */
    static int rowOf(CharSequence ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        if (i == ref.length()) {
            return -1;
        }
        int row = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9' || row > 100_000_000) {
                return -1;
            }
            row = row * 10 + (c - '0');
        }
        return row;
    }
}
