package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.request.Application;
import org.gongshi.request.Intake;
import org.gongshi.notice.NoticeView;
import org.gongshi.request.ChallengeView;
import org.gongshi.request.DeliveryMethod;
import org.gongshi.request.DocumentInfo;
import org.gongshi.request.FeeMethod;
import org.gongshi.request.ProactiveCandidates;
import org.gongshi.request.Reply;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.RequestChannel;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestState;
import org.gongshi.request.RequestView;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The staff API for disclosure requests. The division in the path says whose requests the caller
 * means; the service checks it against the caller's verified token. Transitions name their intent
 * in the path ({@code POST …/{id}/extend}) and carry the version they apply to (409 when stale).
 */
@Path("/divisions/{code}/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure requests (staff)")
@SecurityRequirement(name = "keycloak")
public class DisclosureRequestResource {

    /** A request registered by staff: received by {@code channel} on {@code receivedOn} (Art. 31). */
    public record Registration(String channel, String receivedOn, String applicantType, String applicantName,
                               String applicantContact, String description) {
    }

    /**
     * The body of a transition: the version it applies to, and what the action needs — {@code date}
     * (a correction received, a fee paid, a letter delivered), {@code workingDays} and
     * {@code applicantTold} (extend), {@code replyType}, {@code reason} and {@code place} (answer),
     * {@code feeMethod} and {@code pages} (notice-fee), {@code waived} (settle-fee),
     * {@code deliveryMethod} and {@code note} (deliver), {@code note} (withdraw: how the applicant withdrew).
     */
    public record Transition(Long version, String date, Integer workingDays, String applicantTold, String replyType,
                             String reason, String place, String feeMethod, Integer pages, Boolean waived,
                             String deliveryMethod, String note) {
    }

    /** An administrative review or lawsuit filed, or its decision. */
    public record ChallengeBody(Long version, String kind, String filedOn, String outcome, String decidedOn, String note) {
    }

    /** Art. 44 in one step: these requests' information becomes a draft proactive notice. */
    public record ProactiveBody(List<String> requestIds, String title) {
    }

    /** What staff get back at registration: the request and the access code to hand to the applicant, once. */
    public record Registered(String receiptNumber, String accessCode, RequestView request) {
    }

    @Inject
    RequestService requests;

    @GET
    @Operation(summary = "Requests of a division, newest first (a county supervisor: the division and all below it)")
    public List<RequestView> list(@PathParam("code") String code, @QueryParam("state") String state) {
        return requests.list(Divisions.fromPath(code), state(state));
    }

    @GET
    @Path("due")
    @Operation(summary = "Open requests due within the given working days (default 5) or overdue, earliest first")
    public List<RequestView> due(@PathParam("code") String code, @QueryParam("within") @DefaultValue("5") int within) {
        return requests.due(Divisions.fromPath(code), within);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a request received in person, by post, fax or at a kiosk")
    public Response register(@PathParam("code") String code, String body, @Context UriInfo uri) {
        Registration r = JsonBodies.read(body, Registration.class);
        Intake intake = requests.register(Divisions.fromPath(code), channel(r.channel()), date(r.receivedOn(), null),
                new Application(PublicRequestResource.applicantType(r.applicantType()),
                        r.applicantName(), r.applicantContact(), r.description()));
        return Response.created(uri.getAbsolutePathBuilder().path(intake.request().id()).build())
                .entity(new Registered(intake.receiptNumber(), intake.accessCode(), intake.request())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request, with its current due date and how it was counted")
    public RequestView get(@PathParam("code") String code, @PathParam("id") String id) {
        return requests.get(Divisions.fromPath(code), id);
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A transition: ask-for-correction, receive-correction, start-consultation, end-consultation,"
            + " extend (head of the disclosure office), notice-fee, settle-fee, abandon-unpaid, answer, deliver, abandon,"
            + " withdraw")
    public RequestView act(@PathParam("code") String code, @PathParam("id") String id,
                           @PathParam("action") String action, String body) {
        DivisionCode division = Divisions.fromPath(code);
        Transition t = JsonBodies.read(body, Transition.class);
        if (t.version() == null) {
            throw new InvalidInput("error.request.version-required");
        }
        long v = t.version();
        return switch (action) {
            case "ask-for-correction" -> requests.askForCorrection(division, id, v);
            case "receive-correction" -> requests.receiveCorrection(division, id, v, date(t.date(), null));
            case "start-consultation" -> requests.startConsultation(division, id, v);
            case "end-consultation" -> requests.endConsultation(division, id, v);
            case "extend" -> requests.extend(division, id, v, t.workingDays() == null ? 0 : t.workingDays(), t.applicantTold());
            case "answer" -> requests.answer(division, id, v, new Reply(replyType(t.replyType()), t.reason(), t.place()));
            case "deliver" -> requests.recordDelivery(division, id, v, named(DeliveryMethod.class, t.deliveryMethod(),
                    "error.disclosure.delivery-method-required"), date(t.date(), null), t.note());
            case "abandon" -> requests.abandon(division, id, v);
            case "notice-fee" -> requests.noticeFee(division, id, v, named(FeeMethod.class, t.feeMethod(),
                    "error.disclosure.fee-method-required"), t.pages());
            case "settle-fee" -> requests.settleFee(division, id, v, Boolean.TRUE.equals(t.waived()), date(t.date(), null));
            case "abandon-unpaid" -> requests.abandonUnpaid(division, id, v);
            case "withdraw" -> requests.withdraw(division, id, v, t.note());
            default -> throw new NotFound("error.request.not-found");
        };
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "The letters generated for a request (reply, fee notice, extension, correction), Word and PDF")
    public List<DocumentInfo> documents(@PathParam("code") String code, @PathParam("id") String id) {
        return requests.documents(Divisions.fromPath(code), id);
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download one letter of a request")
    public Response document(@PathParam("code") String code, @PathParam("id") String id,
                             @PathParam("documentId") String documentId) {
        return Downloads.of(requests.document(Divisions.fromPath(code), id, documentId));
    }

    @GET
    @Path("{id}/challenges")
    @Operation(summary = "Administrative reviews and lawsuits about a request (annual report table 四)")
    public List<ChallengeView> challenges(@PathParam("code") String code, @PathParam("id") String id) {
        return requests.challenges(Divisions.fromPath(code), id);
    }

    @POST
    @Path("{id}/challenges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an administrative review or lawsuit filed about a request")
    public Response fileChallenge(@PathParam("code") String code, @PathParam("id") String id, String body) {
        ChallengeBody c = JsonBodies.read(body, ChallengeBody.class);
        ChallengeView view = requests.fileChallenge(Divisions.fromPath(code), id,
                named(RequestChallenge.Kind.class, c.kind(), "error.challenge.kind-required"),
                date(c.filedOn(), null), c.note());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("{id}/challenges/{challengeId}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outcome of an administrative review or lawsuit (UPHELD, CORRECTED, OTHER)")
    public ChallengeView decideChallenge(@PathParam("code") String code, @PathParam("id") String id,
                                         @PathParam("challengeId") String challengeId, String body) {
        ChallengeBody c = JsonBodies.read(body, ChallengeBody.class);
        if (c.version() == null) {
            throw new InvalidInput("error.request.version-required");
        }
        return requests.decideChallenge(Divisions.fromPath(code), id, challengeId, c.version(),
                named(RequestChallenge.Outcome.class, c.outcome(), "error.challenge.outcome-required"),
                date(c.decidedOn(), null), c.note());
    }

    @GET
    @Path("proactive-candidates")
    @Operation(summary = "Information several applicants asked for and got within a year: candidates for proactive disclosure (Art. 44)")
    public List<ProactiveCandidates.Candidate> proactiveCandidates(@PathParam("code") String code) {
        return requests.proactiveCandidates(Divisions.fromPath(code));
    }

    @POST
    @Path("proactive-candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn a candidate into a draft proactive notice in one step (Art. 44)")
    public Response moveToProactive(@PathParam("code") String code, String body, @Context UriInfo uri) {
        ProactiveBody p = JsonBodies.read(body, ProactiveBody.class);
        NoticeView notice = requests.moveToProactive(Divisions.fromPath(code), p.requestIds(), p.title());
        return Response.created(uri.getBaseUriBuilder().path("divisions").path(code).path("notices").path(notice.id()).build())
                .entity(notice).build();
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(key);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(key);
        }
    }

    private static RequestState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestState.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.disclosure.state-invalid");
        }
    }

    private static RequestChannel channel(String value) {
        try {
            return value == null ? null : RequestChannel.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.disclosure.channel-required");
        }
    }

    private static ReplyType replyType(String value) {
        try {
            return value == null ? null : ReplyType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.disclosure.reply-type-required");
        }
    }

    private static LocalDate date(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("error.disclosure.date-invalid");
        }
    }
}
