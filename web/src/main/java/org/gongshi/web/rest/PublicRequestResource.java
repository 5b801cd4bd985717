package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.DueDate;
import org.gongshi.request.PreferredReplyChannel;
import org.gongshi.request.PublicRequestStatus;
import org.gongshi.shared.InvalidInput;
import org.gongshi.web.i18n.Messages;

import java.time.LocalDate;

/**
 * Disclosure requests for the public, without login: follow one with its access code
 * ({@link PublicRequestFilingResource} files one). The code travels in the
 * {@value #ACCESS_CODE_HEADER} header, never in the URL (which ends up in logs and browser history). A wrong code answers exactly like an unknown receipt number (404),
 * and guessing is slowed down by {@link AccessCodeGuard} (429). Answers are never cached.
 */
@Path("/public/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure requests (public)")
public class PublicRequestResource {

    public static final String ACCESS_CODE_HEADER = "X-Access-Code";

    /** What the applicant sends; {@code preferredReply} (ONLINE, POST, EMAIL, IN_PERSON) is optional. */
    public record Filing(String applicantType, String applicantName, String applicantContact, String description,
                         String preferredReply) {
    }

    /** The answer to a filing: the receipt number and, this once, the access code; the date of receipt and the due date. */
    public record Filed(String receiptNumber, String accessCode, String state, LocalDate receivedOn, DueDate due) {
    }

    @Inject
    RequestFollowing following;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{receipt}")
    @Operation(summary = "The state and due date of a request, for the holder of its access code (header X-Access-Code)")
    public Response follow(@PathParam("receipt") String receipt, @HeaderParam(ACCESS_CODE_HEADER) String accessCode) {
        String client = http == null ? "?" : http.getRemoteAddr();
        try {
            PublicRequestStatus status = following.follow(client, receipt, accessCode, null);
            return Response.ok(status).cacheControl(noStore()).build();
        } catch (RateLimited limited) {
            return tooMany(limited);
        }
    }

    @GET
    @Path("{receipt}/documents/{documentId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON})
    @Operation(summary = "A letter sent to the applicant (reply, fee notice…), for the holder of the access code (header X-Access-Code)")
    public Response document(@PathParam("receipt") String receipt, @PathParam("documentId") String documentId,
                             @HeaderParam(ACCESS_CODE_HEADER) String accessCode) {
        String client = http == null ? "?" : http.getRemoteAddr();
        try {
            return Downloads.of(following.document(client, receipt, accessCode, documentId));
        } catch (RateLimited limited) {
            return tooMany(limited);
        }
    }

    /** 429 with a Chinese message (or English on request) and when to try again. */
    private Response tooMany(RateLimited limited) {
        String message = Messages.get(Messages.fromAcceptLanguage(headers.getAcceptableLanguages()), limited.messageKey(),
                limited.retryAfterMinutes());
        return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Retry-After", limited.retryAfterSeconds()).cacheControl(noStore())
                .entity(new ApiError(limited.messageKey(), message)).build();
    }

    static ApplicantType applicantType(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("error.disclosure.applicant-type-required");
        }
        try {
            return ApplicantType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.disclosure.applicant-type-required");
        }
    }

    /** An optional preferred way of receiving the reply; an unknown one is refused in words. */
    static PreferredReplyChannel preferredReply(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PreferredReplyChannel.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.intake.reply-channel-invalid");
        }
    }

    static CacheControl noStore() {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        cc.setNoCache(true);
        return cc;
    }
}
