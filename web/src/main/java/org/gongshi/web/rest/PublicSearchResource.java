package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.notice.CatalogFilter;
import org.gongshi.notice.Genre;
import org.gongshi.search.NoticeSearch;
import org.gongshi.search.SearchQuery;
import org.gongshi.search.SearchResults;
import org.gongshi.shared.InvalidInput;

/** Full-text search of a public board, as JSON: no login, published notices of that board only. */
@Path("/public/divisions/{code}/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public board")
public class PublicSearchResource {

    @Inject
    NoticeSearch search;

    @GET
    @Operation(summary = "Search a division's board (or, with subtree=true, it and every division under it)",
            description = "Any two or more consecutive Chinese characters of a notice's title, body or attachments find it; "
                    + "one character finds every notice containing it; words separated by spaces must all occur. "
                    + "Best matches first; title and snippet come as text fragments, match=true where the query matched.")
    public SearchResults search(@PathParam("code") String code,
                                @Parameter(description = "The words to search for, 1 to 100 characters") @QueryParam("q") String q,
                                @Parameter(description = "Also search every division under this one") @QueryParam("subtree") String subtree,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size,
                                @Parameter(description = "Board section key") @QueryParam("section") String section,
                                @Parameter(description = "Topic (主题)") @QueryParam("topic") String topic,
                                @Parameter(description = "Genre (体裁), e.g. ANNOUNCEMENT") @QueryParam("genre") String genre,
                                @Parameter(description = "Issuing agency (发布机构)") @QueryParam("agency") String agency,
                                @Parameter(description = "Audience (服务对象)") @QueryParam("audience") String audience,
                                @Parameter(description = "Year of publication") @QueryParam("year") String year) {
        CatalogFilter filter = new CatalogFilter(section, topic, genre(genre), agency, audience, year(year));
        return search.search(new SearchQuery(Divisions.fromPath(code), flag(subtree), q, filter, page, size));
    }

    /** {@code true}, {@code on} (an HTML checkbox), {@code 1} or {@code yes}. */
    public static boolean flag(String value) {
        return value != null && switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            default -> false;
        };
    }

    public static Genre genre(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Genre.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("search.error.genre-invalid");
        }
    }

    public static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < 1949 || year > 9999) {
                throw new InvalidInput("search.error.year-invalid");
            }
            return year;
        } catch (NumberFormatException e) {
            throw new InvalidInput("search.error.year-invalid");
        }
    }
}
