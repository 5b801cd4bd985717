package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.notice.PublicBoard;

/** Answers 200 once the application is deployed and its database answers; the launcher waits on it. */
@Path("/public/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class HealthResource {

    @Inject
    PublicBoard board;

    public record Health(String status) {
    }

    @GET
    @Operation(summary = "Liveness and database check")
    public Health health() {
        board.ping();
        return new Health("UP");
    }
}
