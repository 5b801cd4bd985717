package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.notice.CatalogFacets;
import org.gongshi.notice.CatalogFilter;
import org.gongshi.notice.PublicCatalog;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.PublicScope;

/** The catalog's dimensions on a board, with counts: what a resident can narrow the board by. */
@Path("/public/divisions/{code}/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public board")
public class PublicCatalogResource {

    @Inject
    PublicCatalog catalog;

    @Inject
    PublicAnswers answers;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Facets of a board: each value of section, topic, genre, agency, audience and year with its count",
            description = "Counts of one dimension honour the filters on all other dimensions; total is the number of"
                    + " notices under all filters. Same filters and scope as …/notices.")
    @APIResponse(responseCode = "200", description = "The facets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogFacets.class)))
    @APIResponse(responseCode = "400", description = "A filter value is not valid")
    @APIResponse(responseCode = "404", description = "No such division")
    public Response facets(@Parameter(description = "Division code") @PathParam("code") String code,
                           @Parameter(description = "subtree: a county's or town's whole subtree") @QueryParam("scope") String scope,
                           @Parameter(description = "Board section key") @QueryParam("section") String section,
                           @Parameter(description = "Topic") @QueryParam("topic") String topic,
                           @Parameter(description = "Genre, e.g. PUBLIC_NOTICE") @QueryParam("genre") String genre,
                           @Parameter(description = "Agency") @QueryParam("agency") String agency,
                           @Parameter(description = "Audience") @QueryParam("audience") String audience,
                           @Parameter(description = "Year of publication") @QueryParam("year") String year) {
        DivisionCode division = Divisions.fromPath(code);
        CatalogFilter filter = CatalogFilter.parse(section, topic, genre, agency, audience, year);
        boolean subtree = PublicScope.subtree(scope, division);
        return answers.json(division, uri, headers, () -> catalog.facets(division, subtree, filter));
    }
}
