package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.request.RequestChannel;
import org.gongshi.web.http.BoundedBody;
import org.gongshi.web.http.SameOrigin;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.rest.PublicRequestResource.Filed;
import org.gongshi.web.rest.PublicRequestResource.Filing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Filing a disclosure request online, without login. Its own root resource: JAX-RS picks the root
 * class by the longest literal path, so {@code /public/divisions/{code}/requests} must be one.
 * Guarded like the public site's form ({@link ResidentFiling}): an {@value #IDEMPOTENCY_KEY} header
 * makes a re-sent filing answer the same receipt and code for ten minutes; each client address files
 * at most as many as {@link FilingLimit} allows (429); the same content filed again within ten minutes
 * is refused (409, naming the earlier receipt); a body over 64 KB is refused (413); a browser POST from
 * another site's page is refused (403, {@link SameOrigin}).
 */
@Path("/public/divisions/{code}/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure requests (public)")
public class PublicRequestFilingResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ResidentFiling filings;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a request for government information online (Regulation Art. 29)",
            description = "Answers 201 with the receipt number and the access code; the code is shown only this once,"
                    + " or again for a repeat with the same Idempotency-Key within 10 minutes (header Idempotency-Replayed: true).")
    public Response file(@PathParam("code") String code,
                         @Parameter(description = "Any unique string of 8–100 visible ASCII characters, e.g. a UUID")
                         @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                         @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 schema = @Schema(implementation = Filing.class)))
                         InputStream body) throws IOException {
        if (!SameOrigin.allows(http)) {
            return refusal(Response.Status.FORBIDDEN.getStatusCode(), "error.intake.cross-origin").build();
        }
        String text;
        try {
            text = BoundedBody.read(body, http.getContentLengthLong(), BoundedBody.MAX_BYTES);
        } catch (BoundedBody.TooLarge e) {
            // The rest of the body is not read: the connection is closed after the answer.
            return refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "error.intake.too-large")
                    .header("Connection", "close").build();
        }
        Filing filing = JsonBodies.read(text, Filing.class);
        var application = ResidentFiling.application(PublicRequestResource.applicantType(filing.applicantType()),
                filing.applicantName(), filing.applicantContact(), filing.description(),
                PublicRequestResource.preferredReply(filing.preferredReply()));
        IdempotentFilings.Outcome outcome;
        try {
            outcome = filings.file(http.getRemoteAddr(), blankToNull(idempotencyKey), Divisions.fromPath(code),
                    RequestChannel.ONLINE, application);
        } catch (RateLimited limited) {
            return refusal(429, limited.messageKey(), limited.retryAfterMinutes())
                    .header("Retry-After", limited.retryAfterSeconds()).build();
        }
        Filed filed = outcome.filed();
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED).cacheControl(PublicRequestResource.noStore())
                .entity(filed);
        if (outcome.replayed()) {
            answer.header("Idempotency-Replayed", "true");
        }
        return answer.build();
    }

    private Response.ResponseBuilder refusal(int status, String key, Object... arguments) {
        String message = Messages.get(Messages.fromAcceptLanguage(headers.getAcceptableLanguages()), key, arguments);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .cacheControl(PublicRequestResource.noStore()).entity(new ApiError(key, message));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
