package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.request.Application;
import org.gongshi.request.Intake;
import org.gongshi.request.RequestService;
import org.gongshi.web.rest.PublicRequestResource.Filed;
import org.gongshi.web.rest.PublicRequestResource.Filing;

/**
 * Filing a disclosure request online, without login. Its own root resource: JAX-RS picks the root
 * class by the longest literal path, so {@code /public/divisions/{code}/requests} must be one.
 */
@Path("/public/divisions/{code}/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure requests (public)")
public class PublicRequestFilingResource {

    @Inject
    RequestService requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a request for government information online (Regulation Art. 29)",
            description = "Answers 201 with the receipt number and the access code; the code is shown only this once.")
    public Response file(@PathParam("code") String code, String body) {
        Filing filing = JsonBodies.read(body, Filing.class);
        Intake intake = requests.fileOnline(Divisions.fromPath(code), new Application(
                PublicRequestResource.applicantType(filing.applicantType()), filing.applicantName(), filing.applicantContact(), filing.description()));
        return Response.status(Response.Status.CREATED).cacheControl(PublicRequestResource.noStore())
                .entity(new Filed(intake.receiptNumber(), intake.accessCode(), intake.request().state().name(),
                        intake.request().due()))
                .build();
    }

}
