package org.gongshi.sheet;

/**
 * How much one import may cost. The defaults fit a county's largest real lists (a few thousand
 * rows) with a wide margin and the 100,000-row benchmark.
 *
 * @param maxBytes          the largest upload, counted on the stream as it arrives (a declared length is not trusted)
 * @param maxInflatedBytes  xlsx: the most bytes all parts of the package may inflate to, together
 * @param minInflateRatio   xlsx: compressed / inflated bytes of a part may not fall below this once
 *                          the part is past {@link #INFLATE_GRACE_BYTES} (Apache POI's ZipSecureFile rule, same default 0.01)
 * @param maxRows           data rows at most
 * @param maxColumns        columns at most (header width)
 * @param maxCellChars      characters in one cell at most (Excel's own limit is 32,767)
 * @param headerSearchRows  non-blank rows at the top searched for the header
 */
public record SheetLimits(long maxBytes, long maxInflatedBytes, double minInflateRatio, int maxRows, int maxColumns,
                          int maxCellChars, int headerSearchRows) {

    /** Inflated bytes of one part before the ratio rule applies (POI's grace size is 100 KB too). */
    public static final long INFLATE_GRACE_BYTES = 100 * 1024;

    private static final SheetLimits DEFAULTS = new SheetLimits(20L * 1024 * 1024, 512L * 1024 * 1024, 0.01,
            200_000, 200, 32_767, 20);

    public SheetLimits {
        if (maxBytes < 1 || maxInflatedBytes < 1 || maxRows < 1 || maxColumns < 1 || maxCellChars < 1
                || headerSearchRows < 1 || !(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("Sheet limits must be positive (and the inflate ratio below 1).");
        }
    }

    /** 20 MB upload, 512 MB inflated, ratio 0.01, 200,000 rows, 200 columns, 32,767 characters, header in the first 20 rows. */
    public static SheetLimits defaults() {
        return DEFAULTS;
    }

    public SheetLimits withMaxBytes(long bytes) {
        return new SheetLimits(bytes, maxInflatedBytes, minInflateRatio, maxRows, maxColumns, maxCellChars, headerSearchRows);
    }

    public SheetLimits withMaxInflatedBytes(long bytes) {
        return new SheetLimits(maxBytes, bytes, minInflateRatio, maxRows, maxColumns, maxCellChars, headerSearchRows);
    }

    public SheetLimits withMaxRows(int rows) {
        return new SheetLimits(maxBytes, maxInflatedBytes, minInflateRatio, rows, maxColumns, maxCellChars, headerSearchRows);
    }

    /** The upload limit in MB for messages, e.g. {@code 20} or {@code 0.5}. */
    String maxMegabytes() {
        double mb = maxBytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }
}
