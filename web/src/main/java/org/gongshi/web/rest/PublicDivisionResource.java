package org.gongshi.web.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;

import java.util.List;

/** The divisions that have boards, for navigation: names, levels, the way up and the way down. */
@Path("/public/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public divisions", description = "The administrative divisions with public boards")
public class PublicDivisionResource {

    /** A division in a list: code, short name, level. */
    public record DivisionRef(String code, String name, DivisionLevel level) {
        static DivisionRef of(Division d) {
            return new DivisionRef(d.code().value(), d.name(), d.level());
        }
    }

    /** One division with its full name, its parent and its children, and where its board is. */
    public record DivisionInfo(String code, String name, String fullName, DivisionLevel level, DivisionRef parent,
                               List<DivisionRef> children, String board, String notices, String feed) {
    }

    @GET
    @Operation(summary = "The counties whose boards are here (the top of the navigation)")
    public List<DivisionRef> counties() {
        return DivisionDirectory.seed().atLevel(DivisionLevel.COUNTY).stream().map(DivisionRef::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One division: name, full name, level, parent and children, with links to its board, notices and feed")
    @APIResponse(responseCode = "404", description = "No such division")
    public DivisionInfo division(@Parameter(description = "Division code") @PathParam("code") String code) {
        DivisionDirectory directory = DivisionDirectory.seed();
        DivisionCode c = Divisions.fromPath(code);
        Division d = directory.find(c).orElseThrow(() -> new NotFound("error.division.not-found"));
        // Above a county (city, province) there is no board to go to: the parent stops at the county.
        DivisionRef parent = d.level() == DivisionLevel.COUNTY || d.parentCode() == null ? null
                : directory.find(d.parentCode()).map(DivisionRef::of).orElse(null);
        return new DivisionInfo(c.value(), d.name(), directory.fullName(c), d.level(), parent,
                directory.children(c).stream().map(DivisionRef::of).toList(),
                "/board/" + c.value(), "/api/public/divisions/" + c.value() + "/notices", "/board/" + c.value() + "/feed.atom");
    }
}
