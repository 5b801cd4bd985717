package org.gongshi.search;

import org.gongshi.tenancy.DivisionCode;

/**
 * Full-text search of what is on the public boards. Only published, proactively disclosed notices
 * whose notice period has not ended are ever found, and only within the division (or subtree)
 * asked for.
 */
public interface NoticeSearch {

    SearchResults search(SearchQuery query);

    /** What the board's notices can be filtered by (from the same notices a search could find). */
    default CatalogValues catalogValues(DivisionCode division, boolean subtree) {
        return CatalogValues.NONE;
    }
}
