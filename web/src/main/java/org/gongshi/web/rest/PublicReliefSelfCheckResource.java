package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.relief.SelfCheckMatch;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.BoundedBody;
import org.gongshi.web.http.SameOrigin;
import org.gongshi.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The residents' relief self-check as JSON, without login: {@code POST
 * /api/public/divisions/{code}/relief-self-check} with {@code {"idNumber": …, "name": …}} answers
 * whether that person is on one of the division's lists now on notice, and which ({@link
 * ResidentSelfCheck}). The question travels in the body only, never in the address; every answer is
 * {@code no-store}. Refused: another site's page (403), a body over 64 KB (413), a malformed question
 * (400, the message names what to correct), too many questions from one address (429 with
 * {@code Retry-After}). Its own root resource: JAX-RS picks the root class by the longest literal
 * path.
 */
@Path("/public/divisions/{code}/relief-self-check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relief lists (public)")
public class PublicReliefSelfCheckResource {

    /** The question. */
    public record Question(String idNumber, String name) {
    }

    /** One list on notice that names the person: what it is, its notice on the board and its period. */
    public record Listed(String title, String type, String typeName, String noticeId, String noticeUrl,
                         LocalDate noticeStartsOn, LocalDate noticeEndsOn) {
    }

    /** The answer: on a list now on notice or not, and which. */
    public record Answer(boolean onList, List<Listed> lists) {
    }

    @Inject
    ResidentSelfCheck selfCheck;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Am I on a relief or poverty list now on notice? (self-check for residents)",
            description = "Matches the ID number through the division's keyed hash and the name through the list's masking;"
                    + " reveals nothing about anybody else. At most 5 questions per address in 10 minutes and 20 a day.")
    public Response check(@PathParam("code") String code,
                          @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                  schema = @Schema(implementation = Question.class)))
                          InputStream body) throws IOException {
        Locale locale = Messages.fromAcceptLanguage(headers.getAcceptableLanguages());
        if (!SameOrigin.allows(http)) {
            return refusal(locale, Response.Status.FORBIDDEN.getStatusCode(), "error.intake.cross-origin").build();
        }
        String text;
        try {
            text = BoundedBody.read(body, http.getContentLengthLong(), BoundedBody.MAX_BYTES);
        } catch (BoundedBody.TooLarge e) {
            return refusal(locale, Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "error.intake.too-large")
                    .header("Connection", "close").build();
        }
        DivisionCode division = Divisions.fromPath(code);
        Question question = JsonBodies.read(text, Question.class);
        List<SelfCheckMatch> matches;
        try {
            matches = selfCheck.check(http.getRemoteAddr(), division, question.idNumber(), question.name());
        } catch (RateLimited limited) {
            return refusal(locale, 429, limited.messageKey(), limited.retryAfterMinutes())
                    .header("Retry-After", limited.retryAfterSeconds()).build();
        } catch (InvalidInput invalid) {
            return refusal(locale, 400, invalid.messageKey(), invalid.arguments().toArray()).build();
        }
        List<Listed> listed = matches.stream().map(m -> new Listed(m.title(), m.type().name(),
                Messages.get(locale, "relief.type." + m.type().name()), m.noticeId(),
                http.getContextPath() + "/board/" + division.value() + "/notices/" + m.noticeId(),
                m.noticeStartsOn(), m.noticeEndsOn())).toList();
        return Response.ok(new Answer(!listed.isEmpty(), listed)).cacheControl(PublicRequestResource.noStore()).build();
    }

    private Response.ResponseBuilder refusal(Locale locale, int status, String key, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .cacheControl(PublicRequestResource.noStore()).entity(new ApiError(key, Messages.get(locale, key, arguments)));
    }
}
