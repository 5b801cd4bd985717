package org.gongshi.sheet;

import java.util.List;

/**
 * One data row.
 *
 * @param number the row number the clerk sees in Excel (1-based; for CSV the record number)
 * @param cells  exactly as many cells as the header has columns, each normalised (see {@link SheetReader}),
 *               {@code ""} when empty
 * @param hidden true when the row is hidden in Excel (it is data all the same and is delivered)
 */
public record SheetRow(int number, List<String> cells, boolean hidden) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return cells.get(column);
    }
}
