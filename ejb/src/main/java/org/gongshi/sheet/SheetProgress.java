package org.gongshi.sheet;

/**
 * How far a read has come.
 *
 * @param rowsRead   data rows delivered so far
 * @param bytesRead  bytes of the part being read consumed so far: the CSV file, or the xlsx sheet's XML
 * @param bytesTotal the size of that part, or -1 when unknown (a CSV stream without a declared size)
 * @param done       true for the last report of a successful read
 */
public record SheetProgress(long rowsRead, long bytesRead, long bytesTotal, boolean done) {

    /** Data rows between two reports. */
    public static final int EVERY_ROWS = 1_000;

    /** Percent done (0–100), or -1 when the total is unknown. */
    public int percent() {
        if (done) {
            return 100;
        }
        if (bytesTotal <= 0) {
            return -1;
        }
        return (int) Math.min(99, bytesRead * 100 / bytesTotal);
    }
}
