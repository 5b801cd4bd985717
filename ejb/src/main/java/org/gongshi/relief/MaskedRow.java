package org.gongshi.relief;

import java.util.List;

/**
 * One row after masking: the cells of the published columns, the masked name and the keyed hash of
 * the ID number (either may be {@code null}). Never holds a raw value.
 */
public record MaskedRow(List<String> cells, String maskedName, String idHash) {

    public MaskedRow {
        cells = List.copyOf(cells);
    }
}
