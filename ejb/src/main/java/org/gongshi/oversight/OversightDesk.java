package org.gongshi.oversight;

import jakarta.persistence.EntityManager;
import org.gongshi.audit.AuditTrail;
import org.gongshi.document.DocumentRenderer;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The oversight use cases on an entity manager the caller opened in the right scope and transaction:
 * {@link OversightService} in the server, the tests on the real mappings outside it.
 */
final class OversightDesk {

    private final AuditTrail audit;
    private final Clock clock;
    private final DocumentRenderer documents;
    private final CatalogFactor catalog;
    private final DivisionDirectory directory;

    OversightDesk(AuditTrail audit, Clock clock, DocumentRenderer documents, CatalogFactor catalog,
                  DivisionDirectory directory) {
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        this.documents = Objects.requireNonNull(documents);
        this.catalog = Objects.requireNonNull(catalog);
        this.directory = Objects.requireNonNull(directory);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ComplianceFacts.ZONE));
    }

    /**
     * The scope of oversight addressed to {@code division}: a county supervisor reads any division of
     * the county with everything beneath it; everyone else reads exactly their own division (the same
     * rule as every other read: a town's staff do not read the villages' data).
     */
    static TenantScope readScope(StaffIdentity me, DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        TenantScope mine = me.readScope();
        if (!mine.canRead(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        return mine.access() == TenantScope.Access.OWN ? mine : TenantScope.subtreeReadOnly(division);
    }

    /** Issuing a bulletin or cards: the county supervisor for its subtree, a clerk for their own division. */
    static TenantScope issueScope(StaffIdentity me, DivisionCode division) {
        TenantScope scope = readScope(me, division);
        if (!me.has(StaffRole.COUNTY_SUPERVISOR) && !me.has(StaffRole.CLERK)) {
            throw new AccessDenied("error.access.role-required");
        }
        return scope;
    }

    ComplianceReport compliance(EntityManager em, TenantScope scope, LocalDate asOf) {
        var tenants = ComplianceCalculator.tenants(directory, scope);
        ComplianceFacts facts = ComplianceFacts.load(em, asOf);
        return ComplianceCalculator.compute(tenants, scope.division().value(), asOf, facts,
                catalog.overdue(scope.division(), asOf));
    }

    List<ComplianceItem> items(EntityManager em, TenantScope scope, DivisionCode tenant) {
        if (!scope.canRead(tenant) || directory.find(tenant).isEmpty()) {
            throw new NotFound("error.oversight.division-not-found");
        }
        ComplianceReport report = compliance(em, scope, today());
        return report.itemsOf(tenant.value());
    }

    IssueView issue(EntityManager em, TenantScope scope, OversightIssue.Kind kind, String periodText, String by) {
        LocalDate today = today();
        Periods.Period period = kind == OversightIssue.Kind.BULLETIN
                ? Periods.month(periodText, today) : Periods.quarter(periodText, today);
        ComplianceReport report = compliance(em, scope, period.computedOn());
        String rootName = directory.require(scope.division()).name();
        OversightDocuments.Written written = kind == OversightIssue.Kind.BULLETIN
                ? OversightDocuments.bulletin(rootName, period, report)
                : OversightDocuments.cards(rootName, period, report);
        OversightIssue issue = new OversightIssue(scope.division(), kind, period.key(), period.computedOn(),
                written.title(), written.markdown(), documents.docx(written.document()), documents.pdf(written.document()),
                by, clock.instant());
        em.persist(issue);
        audit.record(em, scope.division(), issue.issuedAt(), by,
                kind == OversightIssue.Kind.BULLETIN ? "oversight.bulletin-issued" : "oversight.cards-issued",
                issue.id(), period.key());
        em.flush(); // the version is set on insert: the view must carry the stored one
        return IssueView.of(issue);
    }

    List<IssueView> issues(EntityManager em, DivisionCode division) {
        return em.createQuery("SELECT i FROM OversightIssue i WHERE i.divisionCode = :division"
                        + " ORDER BY i.issuedAt DESC, i.id DESC", OversightIssue.class)
                .setParameter("division", division.value())
                .setMaxResults(200).getResultList().stream().map(IssueView::of).toList();
    }

    OversightIssue load(EntityManager em, DivisionCode division, String id) {
        OversightIssue issue = id == null ? null : em.find(OversightIssue.class, id);
        if (issue == null || !issue.divisionCode().equals(division.value())) {
            throw new NotFound("error.oversight.issue-not-found");
        }
        return issue;
    }

    static IssueView.File file(OversightIssue issue, String format) {
        String base = issue.title().replaceAll("[\\\\/:*?\"<>|]", "_");
        return switch (format) {
            case "docx" -> new IssueView.File(base + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", issue.docx());
            case "pdf" -> new IssueView.File(base + ".pdf", "application/pdf", issue.pdf());
            default -> throw new NotFound("error.oversight.issue-not-found");
        };
    }
}
