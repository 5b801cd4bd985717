package org.gongshi.search;

import java.util.List;

/**
 * One page of search hits, best first, with the total number found. {@code incomplete}: the index
 * is still being built for the first time, so some notices on the board may not be found yet.
 */
public record SearchResults(String query, List<SearchHit> items, int page, int size, long total, boolean incomplete) {

    public SearchResults {
        items = List.copyOf(items);
    }

    public SearchResults(String query, List<SearchHit> items, int page, int size, long total) {
        this(query, items, page, size, total, false);
    }
}
