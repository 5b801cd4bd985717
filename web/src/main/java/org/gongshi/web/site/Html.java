package org.gongshi.web.site;

/** Escaping for server-rendered pages: every value that reaches HTML goes through {@link #text}. */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks have no place in a page.
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Plain text as paragraphs: blank lines separate paragraphs, single line breaks stay. */
    static String paragraphs(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String para : value.replace("\r\n", "\n").split("\n\\s*\n")) {
            out.append("<p>").append(text(para.strip()).replace("\n", "<br>")).append("</p>\n");
        }
        return out.toString();
    }
}
