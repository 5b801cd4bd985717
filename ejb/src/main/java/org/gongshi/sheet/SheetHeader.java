package org.gongshi.sheet;

import java.util.List;

/**
 * The header row and where it was found.
 *
 * @param source        which file, sheet or encoding the rows come from
 * @param rowNumber     the header's row number as the clerk sees it (title rows above it were skipped)
 * @param cells         the column headings, normalised; {@code ""} for a column without one. Its size is
 *                      the number of columns of every data row
 * @param duplicates    headings that occur more than once (allowed, worth telling the clerk)
 * @param hiddenColumns xlsx: the indexes of columns hidden in Excel (they are read like the others)
 */
public record SheetHeader(SheetSource source, int rowNumber, List<String> cells, List<String> duplicates,
                          List<Integer> hiddenColumns) {

    public SheetHeader {
        cells = List.copyOf(cells);
        duplicates = List.copyOf(duplicates);
        hiddenColumns = List.copyOf(hiddenColumns);
    }

    public int width() {
        return cells.size();
    }
}
