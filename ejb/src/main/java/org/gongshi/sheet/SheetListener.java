package org.gongshi.sheet;

/**
 * Receives a spreadsheet as it is read: first the header, then each data row, with progress in
 * between. Rows are handed over one at a time and forgotten by the reader; whoever listens keeps
 * only what it publishes (the relief layer masks each row as it arrives).
 * <p>
 * <b>A read can still be refused after rows were delivered</b> — a formula in row 80,000, merged
 * cells (an xlsx names them only after its last row), rows with too many cells. Keep nothing until
 * {@link SheetReader#read} returns normally: do the whole import in one transaction, which the
 * {@link SheetRejected} rolls back. An exception thrown by the listener ends the read and reaches
 * the caller unchanged.
 */
public interface SheetListener {

    /** The header row, once found; called exactly once before any {@link #row}. */
    void header(SheetHeader header);

    /** One data row, in file order; blank rows are skipped. */
    void row(SheetRow row);

    /** How far the read has come; called every {@value SheetProgress#EVERY_ROWS} data rows and once at the end. */
    default void progress(SheetProgress progress) {
    }
}
