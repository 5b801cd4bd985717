package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.oversight.ComplianceItem;
import org.gongshi.oversight.ComplianceReport;
import org.gongshi.oversight.IssueView;
import org.gongshi.oversight.OversightIssue;
import org.gongshi.oversight.OversightService;
import org.gongshi.oversight.TenantCompliance;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;

import java.time.LocalDate;
import java.util.List;

/**
 * County oversight: compliance of a division and the tenants beneath it (a county supervisor: the
 * subtree; everyone else: their own division), the findings behind one tenant's score, and the monthly
 * bulletins and quarterly cards — issued, listed, downloaded as Word or PDF, and submitted as a notice.
 */
@Path("/divisions/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "County oversight")
@SecurityRequirement(name = "keycloak")
public class OversightResource {

    /** The scores of a division's tenants as of a date; the findings are under {@code …/compliance/{tenant}/items}. */
    public record ComplianceAnswer(String rootCode, LocalDate asOf, boolean catalogAssessed,
                                   List<TenantCompliance> tenants) {
    }

    /** {@code {"month": "2026-11"}} for a bulletin, {@code {"quarter": "2026-Q4"}} for cards. */
    public record IssueBody(String month, String quarter) {
    }

    public record PublishBody(Long version) {
    }

    @Inject
    OversightService oversight;

    @GET
    @Path("compliance")
    @Operation(summary = "Each tenant's compliance score (0–100), colour and named deductions, as of today")
    public ComplianceAnswer compliance(@PathParam("code") String code) {
        ComplianceReport report = oversight.compliance(Divisions.fromPath(code));
        return new ComplianceAnswer(report.rootCode(), report.asOf(), report.catalogAssessed(), report.tenants());
    }

    @GET
    @Path("compliance/{tenant}/items")
    @Operation(summary = "The findings behind one tenant's deductions: catalog items, sections, requests, notices")
    public List<ComplianceItem> items(@PathParam("code") String code, @PathParam("tenant") String tenant) {
        return oversight.items(Divisions.fromPath(code), Divisions.fromPath(tenant));
    }

    @POST
    @Path("bulletins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue the monthly bulletin (月月通报) of {\"month\": \"2026-11\"}, stored with Word and PDF")
    public Response issueBulletin(@PathParam("code") String code, String body, @Context UriInfo uri) {
        IssueBody b = JsonBodies.read(body, IssueBody.class);
        if (b.month() == null || b.month().isBlank()) {
            throw new InvalidInput("error.oversight.month-invalid");
        }
        IssueView view = oversight.issueBulletin(Divisions.fromPath(code), b.month());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @POST
    @Path("cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue the quarterly cards (每季亮牌) of {\"quarter\": \"2026-Q4\"}, stored with Word and PDF")
    public Response issueCards(@PathParam("code") String code, String body, @Context UriInfo uri) {
        IssueBody b = JsonBodies.read(body, IssueBody.class);
        if (b.quarter() == null || b.quarter().isBlank()) {
            throw new InvalidInput("error.oversight.quarter-invalid");
        }
        IssueView view = oversight.issueCards(Divisions.fromPath(code), b.quarter());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Path("{kind: bulletins|cards}")
    @Operation(summary = "Bulletins or cards issued about this division, newest first")
    public List<IssueView> issues(@PathParam("code") String code, @PathParam("kind") String kind) {
        OversightIssue.Kind k = kind(kind);
        return oversight.issues(Divisions.fromPath(code)).stream().filter(i -> i.kind() == k).toList();
    }

    @GET
    @Path("{kind: bulletins|cards}/{id}")
    @Operation(summary = "One issued bulletin or set of cards, with its text and computation date")
    public IssueView issue(@PathParam("code") String code, @PathParam("kind") String kind, @PathParam("id") String id) {
        return ofKind(oversight.issue(Divisions.fromPath(code), id), kind);
    }

    @GET
    @Path("{kind: bulletins|cards}/{id}/{format: docx|pdf}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "The stored Word or PDF document")
    public Response file(@PathParam("code") String code, @PathParam("kind") String kind, @PathParam("id") String id,
                         @PathParam("format") String format) {
        DivisionCode division = Divisions.fromPath(code);
        ofKind(oversight.issue(division, id), kind);
        IssueView.File file = oversight.file(division, id, format);
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", Downloads.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{kind: bulletins|cards}/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the issue for review as a notice of the division (its clerk; once)")
    public IssueView publish(@PathParam("code") String code, @PathParam("kind") String kind, @PathParam("id") String id,
                             String body) {
        PublishBody b = JsonBodies.read(body, PublishBody.class);
        if (b.version() == null) {
            throw new InvalidInput("error.oversight.version-required");
        }
        DivisionCode division = Divisions.fromPath(code);
        ofKind(oversight.issue(division, id), kind);
        return oversight.publish(division, id, b.version());
    }

    private static OversightIssue.Kind kind(String path) {
        return "cards".equals(path) ? OversightIssue.Kind.CARDS : OversightIssue.Kind.BULLETIN;
    }

    private static IssueView ofKind(IssueView view, String path) {
        if (view.kind() != kind(path)) {
            throw new NotFound("error.oversight.issue-not-found");
        }
        return view;
    }
}
