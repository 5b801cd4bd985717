package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.Page;

/**
 * The staff notice API. The division in the path says which board the caller means; the notice
 * service checks it against the division in the caller's verified token and refuses any other.
 */
@Path("/divisions/{code}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices (staff)")
@SecurityRequirement(name = "keycloak")
public class NoticeResource {

    @Inject
    NoticeService notices;

    @GET
    @Operation(summary = "Notices of a division, newest first (a county supervisor: the division and all below it)")
    public Page<NoticeView> list(@PathParam("code") String code, @QueryParam("status") String status,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        return notices.list(Divisions.fromPath(code), parseStatus(status), page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new draft")
    public Response create(@PathParam("code") String code,
                           @RequestBody(content = @Content(schema = @Schema(implementation = NoticeRequest.class))) String body,
                           @Context UriInfo uri) {
        NoticeView created = notices.createDraft(Divisions.fromPath(code), text(JsonBodies.read(body, NoticeRequest.class)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One notice")
    public NoticeView get(@PathParam("code") String code, @PathParam("id") String id) {
        return notices.get(Divisions.fromPath(code), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a draft; refused with 409 when someone saved it since the given version")
    public NoticeView update(@PathParam("code") String code, @PathParam("id") String id,
                             @RequestBody(content = @Content(schema = @Schema(implementation = NoticeRequest.class))) String body) {
        NoticeRequest request = JsonBodies.read(body, NoticeRequest.class);
        return notices.revise(Divisions.fromPath(code), id, text(request), version(request));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Discard a draft (published notices stay on the record)")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id,
                           @QueryParam("version") Long version) {
        if (version == null) {
            throw new InvalidInput("error.request.version-required");
        }
        notices.discard(Divisions.fromPath(code), id, version);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Publish an approved notice now, ahead of its scheduled time; 422 when personal data is found"
            + " and no reason is recorded (optional body {\"override\": {\"basis\", \"reason\"}})")
    public NoticeView publish(@PathParam("code") String code, @PathParam("id") String id,
                              @QueryParam("version") Long version,
                              @RequestBody(content = @Content(schema = @Schema(implementation = OverrideRequest.Body.class))) String body) {
        if (version == null) {
            throw new InvalidInput("error.request.version-required");
        }
        return notices.publish(Divisions.fromPath(code), id, version, OverrideRequest.Body.read(body));
    }

    @POST
    @Path("{id}/submit")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Send a draft to review (one to three levels, the division's policy); 422 when personal data"
            + " is found and no reason is recorded (optional body {\"override\": {\"basis\", \"reason\"}})")
    public NoticeView submit(@PathParam("code") String code, @PathParam("id") String id,
                             @QueryParam("version") Long version,
                             @RequestBody(content = @Content(schema = @Schema(implementation = OverrideRequest.Body.class))) String body) {
        return notices.submit(Divisions.fromPath(code), id, requireVersion(version), OverrideRequest.Body.read(body));
    }

    @GET
    @Path("{id}/personal-data")
    @Operation(summary = "What the personal-data check finds in the notice and its attachments: place, line, kind,"
            + " masked preview; and the reason recorded for this content, if any")
    public PersonalDataAnswer personalData(@PathParam("code") String code, @PathParam("id") String id) {
        return PersonalDataAnswer.of(notices.personalData(Divisions.fromPath(code), id));
    }

    @POST
    @Path("{id}/mask-personal-data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mask every personal number in a draft's title, body, document number and agency (一键脱敏);"
            + " 409 when the draft changed since the given version")
    public NoticeView maskPersonalData(@PathParam("code") String code, @PathParam("id") String id,
                                       @RequestBody(content = @Content(schema = @Schema(implementation = VersionRequest.class))) String body) {
        VersionRequest request = JsonBodies.read(body, VersionRequest.class);
        return notices.maskPersonalData(Divisions.fromPath(code), id, requireVersion(request.version()));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the next review level; after the last one the notice is published (or scheduled)")
    public NoticeView approve(@PathParam("code") String code, @PathParam("id") String id,
                              @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class))) String body) {
        DecisionRequest decision = JsonBodies.read(body, DecisionRequest.class);
        return notices.approve(Divisions.fromPath(code), id, requireVersion(decision.version()), decision.reason());
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the notice back to draft, with a reason")
    public NoticeView reject(@PathParam("code") String code, @PathParam("id") String id,
                             @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class))) String body) {
        DecisionRequest decision = JsonBodies.read(body, DecisionRequest.class);
        return notices.reject(Divisions.fromPath(code), id, requireVersion(decision.version()), decision.reason());
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a published notice off the public board, with a reason")
    public NoticeView withdraw(@PathParam("code") String code, @PathParam("id") String id,
                               @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class))) String body) {
        DecisionRequest decision = JsonBodies.read(body, DecisionRequest.class);
        return notices.withdraw(Divisions.fromPath(code), id, requireVersion(decision.version()), decision.reason());
    }

    @POST
    @Path("{id}/revise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a correction of a published notice, with a public change note; it is reviewed like the notice")
    public NoticeView revisePublished(@PathParam("code") String code, @PathParam("id") String id,
                                      @RequestBody(content = @Content(schema = @Schema(implementation = RevisionRequest.class))) String body) {
        RevisionRequest r = JsonBodies.read(body, RevisionRequest.class);
        return notices.proposeRevision(Divisions.fromPath(code), id, requireVersion(r.version()), r.title(), r.body(), r.changeNote(),
                r.override() == null ? null : r.override().toReason());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The earlier published texts of a notice")
    public java.util.List<NoticeService.RevisionRecord> revisions(@PathParam("code") String code, @PathParam("id") String id) {
        return notices.revisions(Divisions.fromPath(code), id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The audit trail of a notice: who did what, when and why")
    public java.util.List<NoticeService.AuditRecord> history(@PathParam("code") String code, @PathParam("id") String id) {
        return notices.history(Divisions.fromPath(code), id);
    }

    @GET
    @Path("{id}/reviews")
    @Operation(summary = "The review decisions on a notice")
    public java.util.List<NoticeService.ReviewRecord> reviews(@PathParam("code") String code, @PathParam("id") String id) {
        return notices.reviews(Divisions.fromPath(code), id);
    }

    @GET
    @Path("review-queue")
    @Operation(summary = "Notices waiting for a review level the caller may take")
    public java.util.List<NoticeView> reviewQueue(@PathParam("code") String code) {
        return notices.reviewQueue(Divisions.fromPath(code));
    }

    @GET
    @Path("due-for-rereview")
    @Operation(summary = "Withheld documents whose re-review date has come (Art. 18)")
    public java.util.List<NoticeView> dueForRereview(@PathParam("code") String code) {
        return notices.dueForRereview(Divisions.fromPath(code));
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new InvalidInput("error.request.version-required");
        }
        return version;
    }

    private static org.gongshi.notice.NoticeContent text(NoticeRequest request) {
        if (request == null) {
            throw new InvalidInput("error.request.malformed");
        }
        return request.content();
    }

    private static long version(NoticeRequest request) {
        if (request == null || request.version() == null) {
            throw new InvalidInput("error.request.version-required");
        }
        return request.version();
    }

    private static NoticeStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return NoticeStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.request.malformed");
        }
    }
}
