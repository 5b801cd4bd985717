package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.notice.NoticeView;
import org.gongshi.report.AnnualReportService;
import org.gongshi.report.ReportView;
import org.gongshi.report.ManualEntries;
import org.gongshi.report.ReportFile;
import org.gongshi.report.ReportTexts;
import org.gongshi.shared.InvalidInput;

import java.math.BigDecimal;

/**
 * The staff API for annual reports (政府信息公开工作年度报告, 国办公开办函〔2021〕30号). The division in the
 * path says whose report the caller means; the service checks it against the verified token. Without a
 * query, a division's own report; with {@code ?aggregate=subtree}, the live sum of the division and
 * everything beneath it (a county supervisor only). Changes carry the version they apply to (409 when stale).
 */
@Path("/divisions/{code}/annual-reports/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Annual reports (staff)")
@SecurityRequirement(name = "keycloak")
public class AnnualReportResource {

    /** The figures of table 二 the application does not hold; missing counts are 0. */
    public record Entries(Long rulesIssued, Long rulesAbolished, Long rulesInForce, Long licensingDecisions,
                          Long penaltyDecisions, Long enforcementDecisions, BigDecimal feesTenThousandYuan) {

        ManualEntries toEntries() {
            return new ManualEntries(n(rulesIssued), n(rulesAbolished), n(rulesInForce), n(licensingDecisions),
                    n(penaltyDecisions), n(enforcementDecisions), feesTenThousandYuan);
        }

        private static long n(Long value) {
            return value == null ? 0 : value;
        }
    }

    /** A save: the version it applies to (0 before the first), the three text sections, the entries (null: unchanged). */
    public record Draft(Long version, String overview, String problems, String otherMatters, Entries entries) {
    }

    /** Finalise, reopen or publish: the version, and for reopening the reason. */
    public record Step(Long version, String reason) {
    }

    @Inject
    AnnualReportService reports;

    @GET
    @Operation(summary = "The annual report of a division and year: every cell, the texts, the balance checks and the state;"
            + " ?aggregate=subtree for the live sum of a county's subtree")
    public ReportView get(@PathParam("code") String code, @PathParam("year") String year,
                                @QueryParam("aggregate") String aggregate) {
        return subtree(aggregate)
                ? reports.subtree(Divisions.fromPath(code), year(year))
                : reports.report(Divisions.fromPath(code), year(year));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the text sections (一, 五, 六) and the entries of table 二 of a draft")
    public ReportView save(@PathParam("code") String code, @PathParam("year") String year, String body) {
        Draft d = JsonBodies.read(body, Draft.class);
        return reports.save(Divisions.fromPath(code), year(year), version(d.version()),
                new ReportTexts(d.overview(), d.problems(), d.otherMatters()),
                d.entries() == null ? null : d.entries().toEntries());
    }

    @POST
    @Path("finalise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Freeze the numbers; refused (409) naming the failing cell while a balance check fails")
    public ReportView finalise(@PathParam("code") String code, @PathParam("year") String year, String body) {
        Step s = JsonBodies.read(body, Step.class);
        return reports.finalise(Divisions.fromPath(code), year(year), version(s.version()));
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Back to draft with a reason (audited); the tables follow the data again")
    public ReportView reopen(@PathParam("code") String code, @PathParam("year") String year, String body) {
        Step s = JsonBodies.read(body, Step.class);
        return reports.reopen(Divisions.fromPath(code), year(year), version(s.version()), s.reason());
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand the finalised report to publication: a notice (genre 报告) submitted for review")
    public Response publish(@PathParam("code") String code, @PathParam("year") String year, String body) {
        Step s = JsonBodies.read(body, Step.class);
        NoticeView notice = reports.publish(Divisions.fromPath(code), year(year), version(s.version()));
        return Response.status(Response.Status.CREATED).entity(notice).build();
    }

    @GET
    @Path("docx")
    @Produces({ReportFile.DOCX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The report as Word (?aggregate=subtree for the county's sum)")
    public Response docx(@PathParam("code") String code, @PathParam("year") String year,
                         @QueryParam("aggregate") String aggregate) {
        return download(reports.docx(Divisions.fromPath(code), year(year), subtree(aggregate)));
    }

    @GET
    @Path("pdf")
    @Produces({ReportFile.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The report as PDF (?aggregate=subtree for the county's sum)")
    public Response pdf(@PathParam("code") String code, @PathParam("year") String year,
                        @QueryParam("aggregate") String aggregate) {
        return download(reports.pdf(Divisions.fromPath(code), year(year), subtree(aggregate)));
    }

    private static Response download(ReportFile file) {
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", Downloads.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "no-store")
                .build();
    }

    static int year(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInput("error.annual-report.year-format");
        }
    }

    static boolean subtree(String aggregate) {
        if (aggregate == null || aggregate.isBlank()) {
            return false;
        }
        if (!ReportView.SUBTREE.equals(aggregate.strip())) {
            throw new InvalidInput("error.annual-report.aggregate");
        }
        return true;
    }

    private static long version(Long version) {
        if (version == null || version < 0) {
            throw new InvalidInput("error.request.version-required");
        }
        return version;
    }
}
