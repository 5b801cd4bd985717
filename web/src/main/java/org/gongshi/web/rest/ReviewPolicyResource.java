package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.notice.ReviewPolicyService;
import org.gongshi.shared.InvalidInput;

/** How many review levels (三审) a division's notices pass; set by a tenant administrator. */
@Path("/divisions/{code}/review-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices (staff)")
@SecurityRequirement(name = "keycloak")
public class ReviewPolicyResource {

    public record Policy(Integer levels) {
    }

    @Inject
    ReviewPolicyService policies;

    @GET
    @Operation(summary = "The review levels of a division (1 to 3)")
    public Policy get(@PathParam("code") String code) {
        return new Policy(policies.levels(Divisions.fromPath(code)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the review levels of a division (tenant administrators, for their division and those below it)")
    public Policy set(@PathParam("code") String code,
                      @RequestBody(content = @Content(schema = @Schema(implementation = Policy.class))) String body) {
        Policy policy = JsonBodies.read(body, Policy.class);
        if (policy.levels() == null) {
            throw new InvalidInput("error.review.levels-out-of-range");
        }
        return new Policy(policies.setLevels(Divisions.fromPath(code), policy.levels()));
    }
}
