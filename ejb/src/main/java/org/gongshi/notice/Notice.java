package org.gongshi.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A notice on a division's disclosure board (公示栏). Written as a draft by the division's clerk,
 * then published. The division is fixed at creation and never changes.
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

    @Column(name = "CREATED_BY", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "PUBLISHED_BY", length = 100)
    private String publishedBy;

    @Column(name = "PUBLISHED_AT")
    private Instant publishedAt;

    protected Notice() {
        // for JPA
    }

    private Notice(DivisionCode division, String title, String body, String author, Instant now) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.status = NoticeStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(author, "Author is required.");
        this.createdAt = now;
        write(title, body, author, now);
    }

    /** A new draft in {@code division}, written by {@code author}. */
    public static Notice draft(DivisionCode division, String title, String body, String author, Clock clock) {
        return new Notice(division, title, body, author, clock.instant());
    }

    /** Changes the text of a draft. A published notice is not edited in place. */
    public void revise(String title, String body, String editor, Clock clock) {
        if (status != NoticeStatus.DRAFT) {
            throw new InvalidState("error.notice.not-a-draft");
        }
        write(title, body, editor, clock.instant());
    }

    /** Puts the draft on the public board. */
    public void publish(String publisher, Clock clock) {
        if (status != NoticeStatus.DRAFT) {
            throw new InvalidState("error.notice.already-published");
        }
        Instant now = clock.instant();
        this.status = NoticeStatus.PUBLISHED;
        this.publishedBy = Objects.requireNonNull(publisher, "Publisher is required.");
        this.publishedAt = now;
        this.updatedBy = publisher;
        this.updatedAt = now;
    }

    /** Only drafts may be thrown away; what was published stays on the record. */
    public void checkDiscardable() {
        if (status != NoticeStatus.DRAFT) {
            throw new InvalidState("error.notice.published-cannot-be-deleted");
        }
    }

    private void write(String title, String body, String editor, Instant now) {
        this.title = requireText(title, TITLE_MAX, "error.notice.title-required", "error.notice.title-too-long");
        this.body = requireText(body, BODY_MAX, "error.notice.body-required", "error.notice.body-too-long");
        this.updatedBy = Objects.requireNonNull(editor, "Editor is required.");
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

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
