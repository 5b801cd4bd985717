package org.gongshi.search;

import org.gongshi.notice.Genre;

import java.util.List;

/**
 * The catalog values that occur among the notices a board's search can find — what a resident can
 * usefully filter by: section keys, topics, genres, agencies, audiences and years, each sorted.
 */
public record CatalogValues(List<String> sections, List<String> topics, List<Genre> genres, List<String> agencies,
                            List<String> audiences, List<Integer> years) {

    public static final CatalogValues NONE = new CatalogValues(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public CatalogValues {
        sections = List.copyOf(sections);
        topics = List.copyOf(topics);
        genres = List.copyOf(genres);
        agencies = List.copyOf(agencies);
        audiences = List.copyOf(audiences);
        years = List.copyOf(years);
    }
}
