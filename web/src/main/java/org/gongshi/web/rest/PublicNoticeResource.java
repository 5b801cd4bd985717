package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.notice.CatalogFilter;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.PublicBoard;
import org.gongshi.notice.PublicCatalog;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.PublicScope;

/**
 * What the public board shows, as JSON: published notices only, no login. Every answer carries a
 * weak ETag and Last-Modified and is revalidated on each use ({@link PublicAnswers}).
 */
@Path("/public/divisions/{code}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public board", description = "What residents read, without logging in")
public class PublicNoticeResource {

    @Inject
    PublicBoard board;

    @Inject
    PublicCatalog catalog;

    @Inject
    PublicAnswers answers;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Published notices of a division, newest first, paginated and filtered",
            description = "Only notices on the board (published, proactive, notice period not over). Filters narrow by"
                    + " section key, topic, genre, agency, audience and year of publication (China Standard Time);"
                    + " scope=subtree adds every board beneath a county or town. Answers carry ETag and Last-Modified"
                    + " and answer 304 to If-None-Match / If-Modified-Since.")
    @APIResponse(responseCode = "200", description = "A page: items, page, size, total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticePage.class)))
    @APIResponse(responseCode = "304", description = "The client's copy is current")
    @APIResponse(responseCode = "400", description = "A filter value is not valid (e.g. an unknown genre)")
    @APIResponse(responseCode = "404", description = "No such division")
    public Response list(@Parameter(description = "Division code (12 digits for a village, 9 for a town, 6 for a county)")
                         @PathParam("code") String code,
                         @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
                         @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") int size,
                         @Parameter(description = "subtree: also the notices of every board beneath a county or town")
                         @QueryParam("scope") String scope,
                         @Parameter(description = "Board section key (see …/sections); 'other' for notices outside the board's sections")
                         @QueryParam("section") String section,
                         @Parameter(description = "Topic (主题), matched as a whole tag") @QueryParam("topic") String topic,
                         @Parameter(description = "Genre (体裁)", schema = @Schema(type = SchemaType.STRING,
                                 enumeration = {"NOTIFICATION", "ANNOUNCEMENT", "PUBLIC_NOTICE", "DECISION", "OPINION", "REPORT",
                                         "NORMATIVE_DOCUMENT", "POLICY_INTERPRETATION", "OTHER"}))
                         @QueryParam("genre") String genre,
                         @Parameter(description = "Agency (发布机构), exact") @QueryParam("agency") String agency,
                         @Parameter(description = "Audience (服务对象), matched as a whole tag") @QueryParam("audience") String audience,
                         @Parameter(description = "Year of publication, e.g. 2026") @QueryParam("year") String year) {
        DivisionCode division = Divisions.fromPath(code);
        CatalogFilter filter = CatalogFilter.parse(section, topic, genre, agency, audience, year);
        boolean subtree = PublicScope.subtree(scope, division);
        return answers.json(division, uri, headers, () -> catalog.notices(division, subtree, filter, page, size));
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The earlier texts of a corrected notice, oldest first")
    @APIResponse(responseCode = "200", description = "The earlier texts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = NoticeService.RevisionRecord.class)))
    @APIResponse(responseCode = "410", description = "The notice was withdrawn or its notice period ended")
    public Response revisions(@Parameter(description = "Division code") @PathParam("code") String code,
                              @Parameter(description = "Notice id") @PathParam("id") String id) {
        DivisionCode division = Divisions.fromPath(code);
        return answers.json(division, uri, headers, () -> board.revisions(division, id));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published notice")
    @APIResponse(responseCode = "200", description = "The notice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedNotice.class)))
    @APIResponse(responseCode = "404", description = "No such notice on this division's board")
    @APIResponse(responseCode = "410", description = "The notice was withdrawn or its notice period ended")
    public Response get(@Parameter(description = "Division code") @PathParam("code") String code,
                        @Parameter(description = "Notice id") @PathParam("id") String id) {
        DivisionCode division = Divisions.fromPath(code);
        return answers.json(division, uri, headers, () -> board.notice(division, id));
    }

    /** The shape of a page of notices, for the OpenAPI document. */
    @Schema(name = "NoticePage")
    public record NoticePage(java.util.List<PublishedNotice> items, int page, int size, long total) {
    }
}
