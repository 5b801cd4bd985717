package org.gongshi.oversight;

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
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.util.List;

/**
 * County oversight as use cases: compliance of a division and its subtree, the findings behind one
 * tenant's score, and the monthly bulletin and quarterly cards issued, downloaded and published as a
 * notice. A county supervisor reads the county's subtree; everyone else their own division. Issuing
 * is an explicit read of the subtree that writes one row (and an audit entry) about the division
 * addressed; publishing goes through {@link NoticeService} as the division's clerk.
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN, StaffRole.Names.DISCLOSURE_HEAD})
public class OversightService {

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
    CatalogFactor catalog;

    @Inject
    NoticeService notices;

    private OversightDesk desk() {
        return new OversightDesk(audit, clock, documents, catalog, DivisionDirectory.seed());
    }

    /** Every tenant of the division's subtree the caller may read, scored as of today. */
    public ComplianceReport compliance(DivisionCode division) {
        TenantScope scope = OversightDesk.readScope(callers.current(), division);
        try (EntityManager em = data.open(scope)) {
            OversightDesk desk = desk();
            return desk.compliance(em, scope, desk.today());
        }
    }

    /** The findings behind one tenant's score; a tenant outside the scope is not found. */
    public List<ComplianceItem> items(DivisionCode division, DivisionCode tenant) {
        TenantScope scope = OversightDesk.readScope(callers.current(), division);
        try (EntityManager em = data.open(scope)) {
            return desk().items(em, scope, tenant);
        }
    }

    /** Issues the monthly bulletin (月月通报) of {@code month} ({@code 2026-11}). */
    public IssueView issueBulletin(DivisionCode division, String month) {
        return issue(division, OversightIssue.Kind.BULLETIN, month);
    }

    /** Issues the quarterly cards (每季亮牌) of {@code quarter} ({@code 2026-Q4}). */
    public IssueView issueCards(DivisionCode division, String quarter) {
        return issue(division, OversightIssue.Kind.CARDS, quarter);
    }

    private IssueView issue(DivisionCode division, OversightIssue.Kind kind, String period) {
        StaffIdentity me = callers.current();
        TenantScope scope = OversightDesk.issueScope(me, division);
        try (EntityManager em = data.open(scope)) {
            IssueView view = desk().issue(em, scope, kind, period, me.username());
            em.flush();
            return view;
        }
    }

    public List<IssueView> issues(DivisionCode division) {
        TenantScope scope = OversightDesk.readScope(callers.current(), division);
        try (EntityManager em = data.open(scope)) {
            return desk().issues(em, division);
        }
    }

    public IssueView issue(DivisionCode division, String id) {
        TenantScope scope = OversightDesk.readScope(callers.current(), division);
        try (EntityManager em = data.open(scope)) {
            return IssueView.of(desk().load(em, division, id));
        }
    }

    /** The stored Word ({@code docx}) or PDF ({@code pdf}) document of an issue. */
    public IssueView.File file(DivisionCode division, String id, String format) {
        TenantScope scope = OversightDesk.readScope(callers.current(), division);
        try (EntityManager em = data.open(scope)) {
            return OversightDesk.file(desk().load(em, division, id), format);
        }
    }

    /**
     * Makes the issue a draft notice of the division and submits it for review (the personal-data gate
     * runs on submission and again at publication). Only the division's own clerk may; once per issue.
     */
    @RolesAllowed(StaffRole.Names.CLERK)
    public IssueView publish(DivisionCode division, String id, long expectedVersion) {
        StaffIdentity me = callers.current();
        TenantScope scope = OversightDesk.readScope(me, division);
        try (EntityManager em = data.open(scope)) {
            OversightIssue issue = desk().load(em, division, id);
            if (issue.version() != expectedVersion) {
                throw new ConcurrentEdit();
            }
            if (issue.noticeId() != null) {
                throw new InvalidState("error.oversight.already-published");
            }
            NoticeView draft = notices.createDraft(division,
                    OversightNotices.content(issue, DivisionDirectory.seed().require(division).name()));
            NoticeView submitted = notices.submit(division, draft.id(), draft.version());
            issue.publishedAs(submitted.id());
            audit.record(em, division, clock.instant(), me.username(), "oversight.submitted-as-notice", issue.id(),
                    submitted.id());
            em.flush();
            return IssueView.of(issue);
        }
    }
}
