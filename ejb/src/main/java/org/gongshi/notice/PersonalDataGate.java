package org.gongshi.notice;

import jakarta.persistence.EntityManager;
import org.gongshi.audit.AuditTrail;
import org.gongshi.privacy.Finding;
import org.gongshi.privacy.MaskingPolicy;
import org.gongshi.privacy.PersonalDataKind;
import org.gongshi.privacy.PersonalDataScanner;
import org.gongshi.privacy.Redaction;
import org.gongshi.shared.InvalidState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The personal-data check before publication ("personal data anywhere", issue #5). Regulation Art. 15
 * and the work plans require personal privacy in published information to be de-identified, except for
 * punitive notices and mandatory disclosures; villages have published rosters with full ID, card and
 * phone numbers. So before a notice goes to review, before it is published (by a reviewer's last
 * approval, the clerk's "publish now" or the scheduler) and before a correction does either, everything
 * the public would see — title, body, document number, agency, change note and the text of every
 * attachment — is scanned ({@link PersonalDataScanner}). Anything found blocks, unless the clerk
 * recorded a reason for this very content ({@link PersonalDataOverride}); the clerk may instead mask
 * the fields in one click ({@link #masked}), or replace an attachment, which cannot be masked.
 * Works in the caller's entity manager and transaction.
 */
final class PersonalDataGate {

    /** How findings in a notice are masked and previewed: the safe defaults (last four, fixed width). */
    static final MaskingPolicy POLICY = MaskingPolicy.defaults();

    private final PublishedParts parts;
    private final AuditTrail audit;

    PersonalDataGate(PublishedParts parts, AuditTrail audit) {
        this.parts = Objects.requireNonNull(parts, "Parts are required.");
        this.audit = Objects.requireNonNull(audit, "Audit trail is required.");
    }

    /** The fields a notice would publish next: its correction under review, else its current text. */
    private record Fields(String title, String body, String documentNumber, String agency, String changeNote) {
        static Fields of(Notice n) {
            return n.hasPendingRevision()
                    ? new Fields(n.pendingTitle(), n.pendingBody(), n.documentNumber(), n.agency(), n.pendingChangeNote())
                    : new Fields(n.title(), n.body(), n.documentNumber(), n.agency(), null);
        }

        Map<PersonalDataReport.Place, String> byPlace() {
            Map<PersonalDataReport.Place, String> m = new EnumMap<>(PersonalDataReport.Place.class);
            m.put(PersonalDataReport.Place.TITLE, title);
            m.put(PersonalDataReport.Place.BODY, body);
            m.put(PersonalDataReport.Place.DOCUMENT_NUMBER, documentNumber);
            m.put(PersonalDataReport.Place.AGENCY, agency);
            m.put(PersonalDataReport.Place.CHANGE_NOTE, changeNote);
            return m;
        }
    }

    /** What the check finds in {@code notice} now. */
    PersonalDataReport report(EntityManager em, Notice notice) {
        Fields fields = Fields.of(notice);
        List<PartText> texts = parts.texts(em, notice.id());
        String sha = contentSha256(fields, parts.fingerprints(em, notice.id()));
        List<PersonalDataReport.Hit> hits = new ArrayList<>();
        fields.byPlace().forEach((place, text) -> {
            for (Finding f : PersonalDataScanner.scan(text)) {
                hits.add(hit(place, null, null, f));
            }
        });
        List<PersonalDataReport.Unchecked> unchecked = new ArrayList<>();
        for (PartText part : texts) {
            if (part.check() == PartText.Check.READ || part.check() == PartText.Check.TOO_LONG) {
                for (Finding f : PersonalDataScanner.scan(part.text())) {
                    hits.add(hit(PersonalDataReport.Place.ATTACHMENT, part.id(), part.name(), f));
                }
            }
            if (part.check() != PartText.Check.READ) {
                unchecked.add(new PersonalDataReport.Unchecked(part.id(), part.name(), part.check()));
            }
        }
        return new PersonalDataReport(notice.id(), notice.version(), sha, hits, unchecked, recordedOverride(em, notice, sha));
    }

    /**
     * Lets {@code notice} go on (to review or to the board) only if the check finds nothing, or a reason
     * is recorded for this content, or {@code reason} is given now — it is then recorded and audited.
     * Otherwise refuses with {@link PersonalDataFound}, naming the first place. A reason given for a
     * notice with nothing in it is not recorded: there is nothing to override.
     */
    void requireClear(EntityManager em, Notice notice, OverrideReason reason, String actor, Instant now) {
        PersonalDataReport report = report(em, notice);
        if (!report.blocksPublication()) {
            return;
        }
        if (reason == null) {
            throw PersonalDataFound.of(report);
        }
        String findings = summary(report);
        em.persist(new PersonalDataOverride(notice.division(), notice.id(), report.contentSha256(), reason, findings, actor, now));
        audit.record(em, notice.division(), now, actor, "notice.personal-data-overridden", notice.id(),
                "basis=" + reason.basis().name() + "; " + reason.text() + "; " + findings);
    }

    /**
     * The notice's fields with every personal number masked (一键脱敏), for a draft. Refused when
     * nothing in the fields can be masked; attachments are not touched (they are replaced, not edited).
     */
    NoticeContent masked(Notice notice) {
        if (notice.status() != NoticeStatus.DRAFT) {
            throw new InvalidState("error.notice.not-a-draft");
        }
        String title = Redaction.redact(notice.title(), POLICY);
        String body = Redaction.redact(notice.body(), POLICY);
        String documentNumber = notice.documentNumber() == null ? null : Redaction.redact(notice.documentNumber(), POLICY);
        String agency = notice.agency() == null ? null : Redaction.redact(notice.agency(), POLICY);
        if (title.equals(notice.title()) && body.equals(notice.body()) && Objects.equals(documentNumber, notice.documentNumber())
                && Objects.equals(agency, notice.agency())) {
            throw new InvalidState("error.privacy.nothing-to-mask");
        }
        return new NoticeContent(title, body, notice.section(), notice.genre(), notice.topics(), agency, notice.audiences(),
                documentNumber, notice.writtenOn(), notice.disclosure(), notice.withholdingReason(), notice.rereviewOn(),
                notice.noticeStartsOn(), notice.noticeEndsOn(), notice.validity(), notice.validUntil(),
                notice.needsInterpretation(), notice.interpretsId(), notice.publishAt(), notice.catalogItem());
    }

    /** How many numbers of each kind one click masks in a draft's fields, e.g. {@code CITIZEN_ID×1, MOBILE_PHONE×2}. */
    static String maskableCounts(Notice notice) {
        Map<PersonalDataKind, Long> counts = new EnumMap<>(PersonalDataKind.class);
        for (String text : new String[]{notice.title(), notice.body(), notice.documentNumber(), notice.agency()}) {
            PersonalDataScanner.scan(text).forEach(f -> counts.merge(f.kind(), 1L, Long::sum));
        }
        return counts.entrySet().stream().map(e -> e.getKey().name() + "×" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** What was found, masked, for the record and the audit trail: place, line, kind, masked number. */
    static String summary(PersonalDataReport report) {
        List<String> items = new ArrayList<>();
        for (PersonalDataReport.Hit h : report.hits()) {
            String where = h.place() == PersonalDataReport.Place.ATTACHMENT ? "ATTACHMENT " + h.attachmentName() : h.place().name();
            items.add(where + " L" + h.line() + " " + h.kind().name() + " " + h.masked());
        }
        for (PersonalDataReport.Unchecked u : report.unchecked()) {
            if (u.blocks()) {
                items.add("ATTACHMENT " + u.attachmentName() + " " + u.why().name());
            }
        }
        return String.join("; ", items);
    }

    private static PersonalDataReport.Hit hit(PersonalDataReport.Place place, String partId, String partName, Finding f) {
        return new PersonalDataReport.Hit(place, partId, partName, f.line(), f.column(), f.start(), f.end(), f.kind(),
                f.confidence(), POLICY.maskFinding(f));
    }

    private static PersonalDataReport.RecordedOverride recordedOverride(EntityManager em, Notice notice, String sha) {
        List<PersonalDataOverride> found = em.createQuery("SELECT o FROM PersonalDataOverride o WHERE o.noticeId = :id"
                        + " AND o.contentSha256 = :sha ORDER BY o.overriddenAt DESC, o.id DESC", PersonalDataOverride.class)
                .setParameter("id", notice.id()).setParameter("sha", sha).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : new PersonalDataReport.RecordedOverride(found.get(0).basis(), found.get(0).reason(),
                found.get(0).overriddenBy(), found.get(0).overriddenAt());
    }

    /** The fingerprint of what is checked: every field, then every attachment's SHA-256 and name. */
    static String contentSha256(Fields fields, List<String> partFingerprints) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : new String[]{fields.title(), fields.body(), fields.documentNumber(), fields.agency(), fields.changeNote()}) {
                digest.update((text == null ? "\u0000null" : text).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
            }
            for (String part : partFingerprints) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1E);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
