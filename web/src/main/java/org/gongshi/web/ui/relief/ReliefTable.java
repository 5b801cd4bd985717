package org.gongshi.web.ui.relief;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;

/** The masked table of a list as a grid: one column per published heading, as residents will see it. */
final class ReliefTable {

    private ReliefTable() {
    }

    static Grid<List<String>> of(String id, List<String> headings, List<List<String>> rows) {
        Grid<List<String>> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> Integer.toString(rows.indexOf(row) + 1)).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < headings.size(); i++) {
            int column = i;
            grid.addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(headings.get(i)).setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setWidthFull();
        grid.setHeight("24rem");
        return grid;
    }
}
