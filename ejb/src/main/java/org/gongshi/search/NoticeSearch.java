package org.gongshi.search;

/**
 * Full-text search of what is on the public boards. Only published, proactively disclosed notices
 * whose notice period has not ended are ever found, and only within the division (or subtree)
 * asked for.
 */
public interface NoticeSearch {

    SearchResults search(SearchQuery query);
}
