package org.gongshi.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.document.DocumentRendering;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

import java.time.Clock;

/**
 * Annual reports (政府信息公开工作年度报告), as use cases. A division's own staff read and write its report;
 * a county supervisor reads every report of the county's subtree and the subtree's sum
 * ({@link #subtree}) and changes nothing. Every change is audited in its transaction; a stale version is
 * refused (409).
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN, StaffRole.Names.DISCLOSURE_HEAD})
public class AnnualReportService {

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DocumentRendering documents;

    @Inject
    NoticeService notices;

    private ReportDesk desk() {
        return new ReportDesk(audit, clock);
    }

    /** The division's own report of {@code year}: frozen numbers when finalised, else computed now. */
    public ReportView report(DivisionCode division, int year) {
        try (EntityManager em = data.open(ReportPermissions.readOwn(callers.current(), division))) {
            return desk().view(em, division, year);
        }
    }

    /** The sum of the division's whole subtree (a county supervisor's view of the county). */
    public ReportView subtree(DivisionCode division, int year) {
        try (EntityManager em = data.open(ReportPermissions.readSubtree(callers.current(), division))) {
            return desk().subtree(em, division, year);
        }
    }

    /** Saves the text sections and the entries of table 二 of a draft. */
    public ReportView save(DivisionCode division, int year, long version, ReportTexts texts, ManualEntries entries) {
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(ReportPermissions.write(me, division))) {
            return desk().save(em, division, year, version, texts, entries, me.username());
        }
    }

    /** Freezes the numbers; refused with {@link ReportUnbalanced} while a check fails. */
    public ReportView finalise(DivisionCode division, int year, long version) {
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(ReportPermissions.write(me, division))) {
            return desk().finalise(em, division, year, version, me.username());
        }
    }

    /** Back to draft, with a reason for the audit trail. */
    public ReportView reopen(DivisionCode division, int year, long version, String reason) {
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(ReportPermissions.write(me, division))) {
            return desk().reopen(em, division, year, version, reason, me.username());
        }
    }

    /** The report as Word; {@code subtree} for a county's sum. */
    public ReportFile docx(DivisionCode division, int year, boolean subtree) {
        ReportView view = subtree ? subtree(division, year) : report(division, year);
        return new ReportFile(AnnualReportDocument.title(view) + ".docx", ReportFile.DOCX,
                documents.docx(AnnualReportDocument.of(view)));
    }

    /** The report as PDF; {@code subtree} for a county's sum. */
    public ReportFile pdf(DivisionCode division, int year, boolean subtree) {
        ReportView view = subtree ? subtree(division, year) : report(division, year);
        return new ReportFile(AnnualReportDocument.title(view) + ".pdf", ReportFile.PDF,
                documents.pdf(AnnualReportDocument.of(view)));
    }

    /**
     * Hands the finalised report to the notice workflow (Regulation Art. 50: published on the website): a
     * draft notice with the report's text ({@link AnnualReportNotice}), submitted for the division's normal
     * review, in the same transaction. Only a clerk of the division (the notice is theirs).
     */
    public NoticeView publish(DivisionCode division, int year, long version) {
        StaffIdentity me = callers.current();
        if (!ReportPermissions.mayPublish(me, division)) {
            ReportPermissions.write(me, division);
            throw new AccessDenied("error.access.role-required");
        }
        ReportView report = report(division, year);
        if (report.state() != ReportState.FINALISED) {
            throw new org.gongshi.shared.InvalidState("error.annual-report.publish-needs-final");
        }
        if (report.version() != version) {
            throw new org.gongshi.shared.ConcurrentEdit();
        }
        if (report.publishedNoticeId() != null) {
            throw new org.gongshi.shared.InvalidState("error.annual-report.already-published");
        }
        NoticeView draft = notices.createDraft(division, AnnualReportNotice.content(report, desk().today()));
        NoticeView submitted = notices.submit(division, draft.id(), draft.version());
        try (EntityManager em = data.open(ReportPermissions.write(me, division))) {
            desk().handedToPublication(em, division, year, version, submitted.id(), me.username());
        }
        return submitted;
    }
}
