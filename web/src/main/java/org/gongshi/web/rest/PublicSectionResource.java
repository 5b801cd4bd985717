package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.gongshi.tenancy.DivisionCode;

/** The sections residents see on a division's board, as JSON: no login; revalidated like the board. */
@Path("/public/divisions/{code}/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public board")
public class PublicSectionResource {

    @Inject
    BoardSectionService sections;

    @Inject
    PublicAnswers answers;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The visible sections of a division's board, in board order")
    @APIResponse(responseCode = "200", description = "The sections",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SectionView.class)))
    @APIResponse(responseCode = "404", description = "No such division")
    public Response list(@Parameter(description = "Division code") @PathParam("code") String code) {
        DivisionCode division = Divisions.fromPath(code);
        return answers.json(division, uri, headers, () -> sections.visibleSections(division));
    }
}
