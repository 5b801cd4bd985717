package org.gongshi.notice;

import java.util.List;

/**
 * The values of each catalog dimension on a board, with how many notices carry each. The counts of
 * one dimension honour the filter on every other dimension but not its own, so a resident sees
 * what choosing another value of it would give (a topic already chosen still lists its siblings).
 * Values are sorted by count, then by value; years newest first.
 */
public record CatalogFacets(long total, List<Count> sections, List<Count> topics, List<Count> genres,
                            List<Count> agencies, List<Count> audiences, List<Count> years) {

    public CatalogFacets {
        sections = List.copyOf(sections);
        topics = List.copyOf(topics);
        genres = List.copyOf(genres);
        agencies = List.copyOf(agencies);
        audiences = List.copyOf(audiences);
        years = List.copyOf(years);
    }

    /** One value of a dimension and the number of notices with it. */
    public record Count(String value, long count) {
    }
}
