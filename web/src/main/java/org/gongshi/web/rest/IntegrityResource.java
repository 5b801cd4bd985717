package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.integrity.ChainVerification;
import org.gongshi.integrity.DivisionVerification;

/** Recomputing a division's whole hash chain: for tenant administrators and the county, at and below their division. */
@Path("/divisions/{code}/integrity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tamper evidence (staff)")
@SecurityRequirement(name = "keycloak")
public class IntegrityResource {

    @Inject
    ChainVerification chain;

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the division's hash chain and name its first broken link (tenant administrators "
            + "and county supervisors, for their division and the divisions below it)")
    public DivisionVerification verify(@PathParam("code") String code) {
        return chain.verifyDivision(Divisions.fromPath(code));
    }
}
