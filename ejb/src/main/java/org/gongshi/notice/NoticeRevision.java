package org.gongshi.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.util.Objects;

/**
 * An earlier published text of a notice, kept readable after a correction replaced it: which
 * revision it was, what it said, its own change note, and when it was on the board. Never changed.
 */
@Entity
@Table(name = "NOTICE_REVISION")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class NoticeRevision {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "NOTICE_ID", length = 36, nullable = false, updatable = false)
    private String noticeId;

    @Column(name = "REVISION", nullable = false, updatable = false)
    private int revision;

    @Column(name = "TITLE", length = Notice.TITLE_MAX, nullable = false, updatable = false)
    private String title;

    @Column(name = "BODY", nullable = false, updatable = false)
    private String body;

    @Column(name = "CHANGE_NOTE", length = 1000, updatable = false)
    private String changeNote;

    @Column(name = "SHOWN_FROM", nullable = false, updatable = false)
    private Instant shownFrom;

    @Column(name = "REPLACED_AT", nullable = false, updatable = false)
    private Instant replacedAt;

    protected NoticeRevision() {
        // for JPA
    }

    NoticeRevision(DivisionCode division, String noticeId, int revision, String title, String body, String changeNote,
                   Instant shownFrom, Instant replacedAt) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.noticeId = Objects.requireNonNull(noticeId, "Notice is required.");
        this.revision = revision;
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.body = Objects.requireNonNull(body, "Body is required.");
        this.changeNote = changeNote;
        this.shownFrom = Objects.requireNonNull(shownFrom, "Start is required.");
        this.replacedAt = Objects.requireNonNull(replacedAt, "End is required.");
    }

    public String noticeId() {
        return noticeId;
    }

    public int revision() {
        return revision;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String changeNote() {
        return changeNote;
    }

    public Instant shownFrom() {
        return shownFrom;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
