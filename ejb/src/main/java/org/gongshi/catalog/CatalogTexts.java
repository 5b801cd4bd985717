package org.gongshi.catalog;

import org.gongshi.shared.InvalidInput;

/** Lengths of catalog texts and the plain checks on them. */
final class CatalogTexts {

    static final int NAME_MAX = 40;
    static final int SHORT_MAX = 300;
    static final int TEXT_MAX = 2000;

    private CatalogTexts() {
    }

    /** Not blank, at most {@code max} characters once trimmed; {@code field} names it in the message key. */
    static String required(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("error.catalog." + field + "-required");
        }
        return optional(text, max, field);
    }

    static String optional(String text, int max, String field) {
        String clean = text == null ? "" : text.strip();
        if (clean.codePointCount(0, clean.length()) > max) {
            throw new InvalidInput("error.catalog." + field + "-too-long", max);
        }
        return clean;
    }
}
