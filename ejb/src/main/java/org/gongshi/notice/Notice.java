package org.gongshi.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.Ids;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.shared.StringSetConverter;
import org.gongshi.tenancy.DivisionCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A notice on a division's disclosure board (公示栏): written by the division's clerk, reviewed at
 * one to three levels (三审, Regulation Art. 17: review before publication), then published — at
 * once or at a chosen time — and possibly withdrawn. The division is fixed at creation.
 *
 * <p>Tenant isolation: every query, including {@code find} by id, carries the criteria below with
 * the scope of the entity manager that runs it ({@code org.gongshi.access.TenantData}); the cache is
 * isolated per entity manager, so no row of another tenant can come back from a shared cache.
 */
@Entity
@Table(name = "NOTICE")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Notice {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    public static final int SHORT_TEXT_MAX = 100;
    /** Dates on the board are the dates of the place: China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "TITLE", length = TITLE_MAX, nullable = false)
    private String title;

    @Column(name = "BODY", nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private NoticeStatus status;

    @Column(name = "SECTION", length = 60)
    private String section;

    /** The key of the standard catalog item (公开事项) the notice is filed under; null in old rows and fresh drafts. */
    @Column(name = "CATALOG_ITEM", length = 60)
    private String catalogItem;

    @Enumerated(EnumType.STRING)
    @Column(name = "GENRE", length = 30, nullable = false)
    private Genre genre;

    @Convert(converter = StringSetConverter.class)
    @Column(name = "TOPICS", length = 500, nullable = false)
    private Set<String> topics;

    @Column(name = "AGENCY", length = SHORT_TEXT_MAX)
    private String agency;

    @Convert(converter = StringSetConverter.class)
    @Column(name = "AUDIENCES", length = 500, nullable = false)
    private Set<String> audiences;

    @Column(name = "DOCUMENT_NUMBER", length = SHORT_TEXT_MAX)
    private String documentNumber;

    @Column(name = "INDEX_NUMBER", length = 60)
    private String indexNumber;

    @Column(name = "WRITTEN_ON")
    private LocalDate writtenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "DISCLOSURE", length = 20, nullable = false)
    private DisclosureAttribute disclosure;

    @Enumerated(EnumType.STRING)
    @Column(name = "WITHHOLDING_REASON", length = 40)
    private WithholdingReason withholdingReason;

    @Column(name = "REREVIEW_ON")
    private LocalDate rereviewOn;

    @Column(name = "NOTICE_STARTS_ON")
    private LocalDate noticeStartsOn;

    @Column(name = "NOTICE_ENDS_ON")
    private LocalDate noticeEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "VALIDITY", length = 20)
    private Validity validity;

    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;

    @Column(name = "NEEDS_INTERPRETATION", nullable = false)
    private boolean needsInterpretation;

    @Column(name = "INTERPRETS_ID", length = 36)
    private String interpretsId;

    @Column(name = "PUBLISH_AT")
    private Instant publishAt;

    @Column(name = "REVIEW_LEVELS")
    private Integer reviewLevels;

    @Column(name = "APPROVED_LEVELS", nullable = false)
    private int approvedLevels;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "CREATED_BY", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "SUBMITTED_BY", length = 100)
    private String submittedBy;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Column(name = "PUBLISHED_BY", length = 100)
    private String publishedBy;

    @Column(name = "PUBLISHED_AT")
    private Instant publishedAt;

    @Column(name = "WITHDRAWN_BY", length = 100)
    private String withdrawnBy;

    @Column(name = "WITHDRAWN_AT")
    private Instant withdrawnAt;

    @Column(name = "WITHDRAWAL_REASON", length = 1000)
    private String withdrawalReason;

    /** The public change note (更正说明) of the current revision; none for the first. */
    @Column(name = "CHANGE_NOTE", length = 1000)
    private String changeNote;

    @Column(name = "REVISED_AT")
    private Instant revisedAt;

    /** A correction of the published text, waiting for review; the board keeps the current text meanwhile. */
    @Column(name = "PENDING_TITLE", length = TITLE_MAX)
    private String pendingTitle;

    @Column(name = "PENDING_BODY")
    private String pendingBody;

    @Column(name = "PENDING_CHANGE_NOTE", length = 1000)
    private String pendingChangeNote;

    protected Notice() {
        // for JPA
    }

    private Notice(DivisionCode division, NoticeContent content, String author, Instant now) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.status = NoticeStatus.DRAFT;
        this.revision = 1;
        this.createdBy = Objects.requireNonNull(author, "Author is required.");
        this.createdAt = now;
        write(content, author, now);
    }

    /** A new draft in {@code division}, written by {@code author}. */
    public static Notice draft(DivisionCode division, NoticeContent content, String author, Clock clock) {
        return new Notice(division, content, author, clock.instant());
    }

    /** A new draft with just a title and a body. */
    public static Notice draft(DivisionCode division, String title, String body, String author, Clock clock) {
        return draft(division, NoticeContent.of(title, body), author, clock);
    }

    /** Changes a draft. A notice in review or published is not edited in place. */
    public void revise(NoticeContent content, String editor, Clock clock) {
        if (status != NoticeStatus.DRAFT) {
            throw new InvalidState("error.notice.not-a-draft");
        }
        write(content, editor, clock.instant());
    }

    /** Sends the draft to review at {@code levels} levels (the tenant's policy at this moment). */
    public void submitForReview(int levels, String clerk, Clock clock) {
        if (status != NoticeStatus.DRAFT) {
            throw new InvalidState("error.notice.not-a-draft");
        }
        if (levels < 1 || levels > 3) {
            throw new IllegalArgumentException("Review needs one to three levels, not " + levels);
        }
        Instant now = clock.instant();
        this.status = NoticeStatus.IN_REVIEW;
        this.reviewLevels = levels;
        this.approvedLevels = 0;
        this.submittedBy = Objects.requireNonNull(clerk, "Clerk is required.");
        this.submittedAt = now;
        touch(clerk, now);
    }

    /** The level the next approval would be (1-based). */
    public int nextReviewLevel() {
        return approvedLevels + 1;
    }

    /**
     * One level approves. The author — whoever wrote or last changed the draft — never approves
     * their own notice. Returns true when this was the last level.
     */
    public boolean approve(String reviewer, Set<String> earlierReviewers, Clock clock) {
        if (!isInReview()) {
            throw new InvalidState("error.notice.not-in-review");
        }
        if (reviewer.equals(createdBy) || reviewer.equals(submittedBy)) {
            throw new AccessDenied("error.notice.own-notice");
        }
        if (earlierReviewers.contains(reviewer)) {
            throw new AccessDenied("error.notice.same-reviewer");
        }
        approvedLevels++;
        Instant now = clock.instant();
        touch(reviewer, now);
        if (approvedLevels >= reviewLevels) {
            if (status == NoticeStatus.IN_REVIEW) {
                status = NoticeStatus.APPROVED;
            }
            return true;
        }
        return false;
    }

    /** Whether a review is under way: of a submitted draft, or of a correction to a published notice. */
    public boolean isInReview() {
        return status == NoticeStatus.IN_REVIEW || hasPendingRevision();
    }

    public boolean hasPendingRevision() {
        return status == NoticeStatus.PUBLISHED && pendingTitle != null;
    }

    /**
     * Proposes a correction (更正) of a published notice, with a public change note. It is reviewed
     * like the notice itself; until the last level approves, the board keeps showing the current text.
     */
    public void proposeRevision(String newTitle, String newBody, String note, int levels, String clerk, Clock clock) {
        if (status != NoticeStatus.PUBLISHED) {
            throw new InvalidState("error.notice.not-published");
        }
        if (hasPendingRevision()) {
            throw new InvalidState("error.notice.revision-pending");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInput("error.notice.change-note-required");
        }
        String t = requireText(newTitle, TITLE_MAX, "error.notice.title-required", "error.notice.title-too-long");
        String b = requireText(newBody, BODY_MAX, "error.notice.body-required", "error.notice.body-too-long");
        if (t.equals(title) && b.equals(body)) {
            throw new InvalidInput("error.notice.revision-unchanged");
        }
        Instant now = clock.instant();
        this.pendingTitle = t;
        this.pendingBody = b;
        this.pendingChangeNote = optionalText(note, 1000);
        this.reviewLevels = levels;
        this.approvedLevels = 0;
        this.submittedBy = Objects.requireNonNull(clerk, "Clerk is required.");
        this.submittedAt = now;
        touch(clerk, now);
    }

    /**
     * Puts the approved correction on the board as the next revision and returns what the board
     * showed until now, to be kept readable.
     */
    public NoticeRevision applyPendingRevision(String publisher, Clock clock) {
        if (!hasPendingRevision() || approvedLevels < reviewLevels) {
            throw new InvalidState("error.notice.review-required");
        }
        Instant now = clock.instant();
        NoticeRevision previous = new NoticeRevision(division(), id, revision, title, body, changeNote,
                revisedAt == null ? publishedAt : revisedAt, now);
        this.title = pendingTitle;
        this.body = pendingBody;
        this.changeNote = pendingChangeNote;
        this.revision++;
        this.revisedAt = now;
        clearPending();
        touch(publisher, now);
        return previous;
    }

    private void clearPending() {
        this.pendingTitle = null;
        this.pendingBody = null;
        this.pendingChangeNote = null;
    }

    /** A reviewer sends the notice back to its author as a draft; the reason is required. */
    public void reject(String reviewer, String reason, Clock clock) {
        if (!isInReview()) {
            throw new InvalidState("error.notice.not-in-review");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("error.notice.reason-required");
        }
        if (reviewer.equals(createdBy) || reviewer.equals(submittedBy)) {
            throw new AccessDenied("error.notice.own-notice");
        }
        if (hasPendingRevision()) {
            // The correction is turned down; the published text stays as it is.
            clearPending();
        } else {
            status = NoticeStatus.DRAFT;
        }
        approvedLevels = 0;
        reviewLevels = null;
        touch(reviewer, clock.instant());
    }

    /** Whether an approved notice may go on the board now (its scheduled time, if any, has come). */
    public boolean isDue(Instant now) {
        return status == NoticeStatus.APPROVED && (publishAt == null || !publishAt.isAfter(now));
    }

    /**
     * Puts an approved, proactive notice on the board under its index number (索引号).
     * Only after the last review level: a draft or a notice in review is refused.
     */
    public void publish(String publisher, String indexNumber, Clock clock) {
        if (status == NoticeStatus.PUBLISHED) {
            throw new InvalidState("error.notice.already-published");
        }
        if (status != NoticeStatus.APPROVED) {
            throw new InvalidState("error.notice.review-required");
        }
        if (disclosure != DisclosureAttribute.PROACTIVE) {
            throw new InvalidState("error.notice.not-proactive");
        }
        Instant now = clock.instant();
        this.status = NoticeStatus.PUBLISHED;
        this.indexNumber = Objects.requireNonNull(indexNumber, "Index number is required.");
        this.publishedBy = Objects.requireNonNull(publisher, "Publisher is required.");
        this.publishedAt = now;
        touch(publisher, now);
    }

    /**
     * Sends an approved notice back to draft because it may not go on the board as it is: the
     * personal-data check found something at its scheduled time. Its review starts again once the
     * clerk has masked it, replaced the attachment or recorded a reason.
     */
    public void holdBack(String by, Clock clock) {
        if (status != NoticeStatus.APPROVED) {
            throw new InvalidState("error.notice.not-approved");
        }
        status = NoticeStatus.DRAFT;
        approvedLevels = 0;
        reviewLevels = null;
        touch(by, clock.instant());
    }

    /** Takes a published notice off the board; the reason is required and kept. */
    public void withdraw(String by, String reason, Clock clock) {
        if (status != NoticeStatus.PUBLISHED) {
            throw new InvalidState("error.notice.not-published");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("error.notice.reason-required");
        }
        Instant now = clock.instant();
        this.status = NoticeStatus.WITHDRAWN;
        clearPending();
        this.withdrawnBy = by;
        this.withdrawnAt = now;
        this.withdrawalReason = reason.strip();
        touch(by, now);
    }

    /** Only drafts may be thrown away; what was submitted or published stays on the record. */
    public void checkDiscardable() {
        if (status != NoticeStatus.DRAFT) {
            throw new InvalidState("error.notice.published-cannot-be-deleted");
        }
    }

    /** Whether the notice period (公示期) is over on {@code today}; a notice without one never ends. */
    public boolean noticePeriodEnded(LocalDate today) {
        return noticeEndsOn != null && today.isAfter(noticeEndsOn);
    }

    /** The validity as of {@code today}: a document past its end date has expired by itself. */
    public Validity effectiveValidity(LocalDate today) {
        if (genre != Genre.NORMATIVE_DOCUMENT) {
            return null;
        }
        if (validity == Validity.IN_FORCE && validUntil != null && today.isAfter(validUntil)) {
            return Validity.EXPIRED;
        }
        return validity;
    }

    private void write(NoticeContent c, String editor, Instant now) {
        Objects.requireNonNull(c, "Notice content is required.");
        this.title = requireText(c.title(), TITLE_MAX, "error.notice.title-required", "error.notice.title-too-long");
        this.body = requireText(c.body(), BODY_MAX, "error.notice.body-required", "error.notice.body-too-long");
        this.section = optionalText(c.section(), 60);
        this.catalogItem = optionalText(c.catalogItem(), 60);
        this.genre = c.genre();
        this.topics = cleanSet(c.topics());
        this.agency = optionalText(c.agency(), SHORT_TEXT_MAX);
        this.audiences = cleanSet(c.audiences());
        this.documentNumber = optionalText(c.documentNumber(), SHORT_TEXT_MAX);
        this.writtenOn = c.writtenOn();
        this.disclosure = c.disclosure();
        // Art. 14–16 and 18: a withheld document names its legal reason and when it is looked at again.
        if (disclosure == DisclosureAttribute.WITHHELD) {
            if (c.withholdingReason() == null) {
                throw new InvalidInput("error.notice.withholding-reason-required");
            }
            if (c.rereviewOn() == null) {
                throw new InvalidInput("error.notice.rereview-date-required");
            }
            this.withholdingReason = c.withholdingReason();
            this.rereviewOn = c.rereviewOn();
        } else {
            this.withholdingReason = null;
            this.rereviewOn = null;
        }
        // A public notice (公示) runs for a stated period and leaves the board when it ends.
        if (genre == Genre.PUBLIC_NOTICE && (c.noticeStartsOn() == null || c.noticeEndsOn() == null)) {
            throw new InvalidInput("error.notice.period-required");
        }
        if (c.noticeStartsOn() != null && c.noticeEndsOn() != null && c.noticeEndsOn().isBefore(c.noticeStartsOn())) {
            throw new InvalidInput("error.notice.period-reversed");
        }
        this.noticeStartsOn = c.noticeStartsOn();
        this.noticeEndsOn = c.noticeEndsOn();
        if (genre == Genre.NORMATIVE_DOCUMENT) {
            this.validity = c.validity() == null ? Validity.IN_FORCE : c.validity();
            this.validUntil = c.validUntil();
            this.needsInterpretation = c.needsInterpretation();
        } else {
            this.validity = null;
            this.validUntil = null;
            this.needsInterpretation = false;
        }
        if (genre == Genre.POLICY_INTERPRETATION) {
            if (c.interpretsId() == null || !Ids.looksLikeId(c.interpretsId())) {
                throw new InvalidInput("error.notice.interprets-required");
            }
            this.interpretsId = c.interpretsId();
        } else {
            this.interpretsId = null;
        }
        this.publishAt = c.publishAt();
        touch(editor, now);
    }

    private void touch(String who, Instant now) {
        this.updatedBy = Objects.requireNonNull(who, "Editor is required.");
        this.updatedAt = now;
    }

    private static String requireText(String text, int max, String missingKey, String tooLongKey) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(missingKey);
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(tooLongKey, max);
        }
        return trimmed;
    }

    private static String optionalText(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput("error.notice.field-too-long", max);
        }
        return trimmed;
    }

    private static Set<String> cleanSet(Set<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .peek(v -> {
                    if (v.length() > 40 || v.contains(",")) {
                        throw new InvalidInput("error.notice.tag-invalid");
                    }
                })
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    public String id() {
        return id;
    }

    public DivisionCode division() {
        return DivisionCode.of(divisionCode);
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public NoticeStatus status() {
        return status;
    }

    public String section() {
        return section;
    }

    public String catalogItem() {
        return catalogItem;
    }

    public Genre genre() {
        return genre;
    }

    public Set<String> topics() {
        return Set.copyOf(topics);
    }

    public String agency() {
        return agency;
    }

    public Set<String> audiences() {
        return Set.copyOf(audiences);
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String indexNumber() {
        return indexNumber;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public DisclosureAttribute disclosure() {
        return disclosure;
    }

    public WithholdingReason withholdingReason() {
        return withholdingReason;
    }

    public LocalDate rereviewOn() {
        return rereviewOn;
    }

    public LocalDate noticeStartsOn() {
        return noticeStartsOn;
    }

    public LocalDate noticeEndsOn() {
        return noticeEndsOn;
    }

    public Validity validity() {
        return validity;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean needsInterpretation() {
        return needsInterpretation;
    }

    public String interpretsId() {
        return interpretsId;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Integer reviewLevels() {
        return reviewLevels;
    }

    public int approvedLevels() {
        return approvedLevels;
    }

    public int revision() {
        return revision;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public String changeNote() {
        return changeNote;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public String pendingTitle() {
        return pendingTitle;
    }

    public String pendingBody() {
        return pendingBody;
    }

    public String pendingChangeNote() {
        return pendingChangeNote;
    }
}
