package org.gongshi.web.i18n;

import java.util.Locale;

/** File sizes for people: "845 B", "12 KB", "3.4 MB" (1 KB = 1024 bytes). */
public final class FileSizes {

    private FileSizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
