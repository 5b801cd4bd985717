package org.gongshi.search;

import org.gongshi.notice.CatalogFilter;
import org.gongshi.tenancy.DivisionCode;

/**
 * A resident's search: the words typed, the board searched ({@code subtree}: the division and
 * every division under it, e.g. a whole county), the catalog filters, and the page (from 0).
 */
public record SearchQuery(DivisionCode division, boolean subtree, String text, CatalogFilter filter, int page, int size) {

    public SearchQuery {
        filter = filter == null ? CatalogFilter.NONE : filter;
        text = text == null ? "" : text.strip();
    }
}
