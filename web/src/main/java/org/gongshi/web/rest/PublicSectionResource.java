package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;

import java.util.List;

/** The sections residents see on a division's board, as JSON: no login. */
@Path("/public/divisions/{code}/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public board")
public class PublicSectionResource {

    @Inject
    BoardSectionService sections;

    @GET
    @Operation(summary = "The visible sections of a division's board, in board order")
    public List<SectionView> list(@PathParam("code") String code) {
        return sections.visibleSections(Divisions.fromPath(code));
    }
}
