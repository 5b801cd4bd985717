package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.gongshi.shared.InvalidInput;

import java.util.List;

/**
 * The sections (栏目) of a division's board, for staff: its staff (and the county supervisor) read
 * them, hidden ones included; a tenant administrator adds, renames, moves, hides and shows them for
 * their division and the divisions below it.
 */
@Path("/divisions/{code}/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board sections (staff)")
@SecurityRequirement(name = "keycloak")
public class BoardSectionResource {

    /** A new section: its name (at most 30 characters). */
    public record NewSection(String name) {
    }

    /** A change to one section; fields left out stay as they are. {@code version} is the one read (0 for defaults never changed). */
    public record SectionChange(String name, Integer position, Boolean hidden, Long version) {
    }

    @Inject
    BoardSectionService sections;

    @GET
    @Operation(summary = "All sections of a division's board in board order, hidden ones included")
    public List<SectionView> list(@PathParam("code") String code) {
        return sections.sections(Divisions.fromPath(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a section at the end of the board (tenant administrators, for their division and those below it)")
    public Response add(@PathParam("code") String code,
                        @RequestBody(content = @Content(schema = @Schema(implementation = NewSection.class))) String body,
                        @Context UriInfo uri) {
        NewSection request = JsonBodies.read(body, NewSection.class);
        SectionView added = sections.add(Divisions.fromPath(code), request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(added.key()).build()).entity(added).build();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, move (1-based position), hide or show a section; 409 when it changed since the given version")
    public SectionView change(@PathParam("code") String code, @PathParam("key") String key,
                              @RequestBody(content = @Content(schema = @Schema(implementation = SectionChange.class))) String body) {
        SectionChange request = JsonBodies.read(body, SectionChange.class);
        if (request.version() == null) {
            throw new InvalidInput("error.request.malformed");
        }
        return sections.update(Divisions.fromPath(code), key, request.name(), request.position(), request.hidden(),
                request.version());
    }
}
