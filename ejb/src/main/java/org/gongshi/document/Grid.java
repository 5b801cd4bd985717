package org.gongshi.document;

import java.util.List;

/**
 * The positions of a table's cells on its full grid of rows × columns, spans resolved: each position
 * knows the cell that covers it and where that cell starts. Shared by the Word and PDF writers so
 * both read a table the same way; a table whose cells do not fill the grid exactly is refused.
 */
record Grid(Slot[][] slots) {

    /** A covered position: the cell, and the row and column where the cell starts. */
    record Slot(OfficialDocument.Cell cell, int row, int column, boolean origin) {
    }

    static Grid of(int columns, List<List<OfficialDocument.Cell>> rows) {
        Slot[][] slots = new Slot[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (OfficialDocument.Cell cell : rows.get(r)) {
                while (c < columns && slots[r][c] != null) {
                    c++;
                }
                if (c + cell.colSpan() > columns || r + cell.rowSpan() > rows.size()) {
                    throw new IllegalArgumentException("Cell '" + cell.text() + "' of row " + (r + 1) + " does not fit the table.");
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        if (slots[r + dr][c + dc] != null) {
                            throw new IllegalArgumentException("Cells overlap in row " + (r + dr + 1) + ".");
                        }
                        slots[r + dr][c + dc] = new Slot(cell, r, c, dr == 0 && dc == 0);
                    }
                }
                c += cell.colSpan();
            }
            for (int k = 0; k < columns; k++) {
                if (slots[r][k] == null) {
                    throw new IllegalArgumentException("Row " + (r + 1) + " leaves column " + (k + 1) + " empty.");
                }
            }
        }
        return new Grid(slots);
    }

    Slot at(int row, int column) {
        return slots[row][column];
    }

    int rows() {
        return slots.length;
    }
}
