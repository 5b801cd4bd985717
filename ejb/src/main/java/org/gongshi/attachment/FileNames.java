package org.gongshi.attachment;

/** File names as uploads bring them, made safe to store and show. */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * The last path segment only (browsers and tools send "C:\...\名单.pdf"), without control and
     * formatting characters (including bidirectional overrides that make "exe.pdf" look like
     * "fdp.exe"), trimmed, at most {@value #MAX_LENGTH} characters; {@code fallback} when nothing is left.
     */
    public static String sanitise(String name, String fallback) {
        String s = name == null ? "" : name;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1);
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.SURROGATE && type != Character.PRIVATE_USE
                    && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
        }).forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1).strip();
        }
        if (clean.isEmpty()) {
            clean = fallback;
        }
        if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_LENGTH));
        }
        if (clean.length() > MAX_LENGTH) {
            // Outside the Basic Multilingual Plane a code point takes two chars: stay within the column.
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(clean.charAt(end - 1))) {
                end--;
            }
            clean = clean.substring(0, end);
        }
        return clean;
    }
}
