package org.gongshi.search;

import java.util.List;

/** One page of search hits, best first, with the total number found. */
public record SearchResults(String query, List<SearchHit> items, int page, int size, long total) {

    public SearchResults {
        items = List.copyOf(items);
    }
}
