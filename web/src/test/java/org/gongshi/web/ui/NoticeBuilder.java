package org.gongshi.web.ui;

import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.Validity;
import org.gongshi.notice.WithholdingReason;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Notices as the service returns them, for the tests: a plain proactive draft unless told otherwise. */
final class NoticeBuilder {

    static final Instant CREATED = Instant.parse("2025-03-01T02:30:00Z");

    private String id;
    private String divisionCode;
    private long version;
    private String title = "三月村务公开";
    private String body = "三月收支如下。";
    private NoticeStatus status = NoticeStatus.DRAFT;
    private String section;
    private Genre genre = Genre.NOTIFICATION;
    private Set<String> topics = Set.of();
    private String agency;
    private Set<String> audiences = Set.of();
    private String documentNumber;
    private String indexNumber;
    private LocalDate writtenOn;
    private DisclosureAttribute disclosure = DisclosureAttribute.PROACTIVE;
    private WithholdingReason withholdingReason;
    private LocalDate rereviewOn;
    private LocalDate noticeStartsOn;
    private LocalDate noticeEndsOn;
    private Validity validity;
    private LocalDate validUntil;
    private boolean needsInterpretation;
    private String interpretsId;
    private Instant publishAt;
    private Integer reviewLevels;
    private int approvedLevels;
    private int revision = 1;
    private String createdBy = "wc-hz-clerk";
    private String updatedBy;
    private Instant updatedAt = CREATED;
    private String submittedBy;
    private Instant publishedAt;
    private Instant withdrawnAt;
    private String withdrawalReason;

    private NoticeBuilder(String id, DivisionCode division) {
        this.id = id;
        this.divisionCode = division.value();
    }

    static NoticeBuilder notice(String id, DivisionCode division) {
        return new NoticeBuilder(id, division);
    }

    NoticeBuilder version(long version) {
        this.version = version;
        return this;
    }

    NoticeBuilder title(String title) {
        this.title = title;
        return this;
    }

    NoticeBuilder body(String body) {
        this.body = body;
        return this;
    }

    NoticeBuilder text(String title, String body) {
        return title(title).body(body);
    }

    NoticeBuilder status(NoticeStatus status) {
        this.status = status;
        return this;
    }

    NoticeBuilder section(String section) {
        this.section = section;
        return this;
    }

    NoticeBuilder genre(Genre genre) {
        this.genre = genre;
        return this;
    }

    NoticeBuilder topics(String... topics) {
        this.topics = Set.of(topics);
        return this;
    }

    NoticeBuilder agency(String agency) {
        this.agency = agency;
        return this;
    }

    NoticeBuilder documentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
        return this;
    }

    NoticeBuilder disclosure(DisclosureAttribute disclosure) {
        this.disclosure = disclosure;
        return this;
    }

    NoticeBuilder withheld(WithholdingReason reason, LocalDate rereviewOn) {
        this.disclosure = DisclosureAttribute.WITHHELD;
        this.withholdingReason = reason;
        this.rereviewOn = rereviewOn;
        return this;
    }

    NoticeBuilder period(LocalDate startsOn, LocalDate endsOn) {
        this.noticeStartsOn = startsOn;
        this.noticeEndsOn = endsOn;
        return this;
    }

    NoticeBuilder validity(Validity validity, LocalDate validUntil) {
        this.validity = validity;
        this.validUntil = validUntil;
        return this;
    }

    NoticeBuilder interprets(String interpretsId) {
        this.interpretsId = interpretsId;
        return this;
    }

    NoticeBuilder publishAt(Instant publishAt) {
        this.publishAt = publishAt;
        return this;
    }

    /** In review at {@code levels} levels, of which {@code approved} passed. */
    NoticeBuilder inReview(int levels, int approved) {
        this.status = NoticeStatus.IN_REVIEW;
        this.reviewLevels = levels;
        this.approvedLevels = approved;
        this.submittedBy = createdBy;
        return this;
    }

    NoticeBuilder approved(int levels) {
        this.status = NoticeStatus.APPROVED;
        this.reviewLevels = levels;
        this.approvedLevels = levels;
        this.submittedBy = createdBy;
        return this;
    }

    NoticeBuilder published(Instant at) {
        this.status = NoticeStatus.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = at;
        this.indexNumber = "330328101200-2025-0001";
        return this;
    }

    NoticeBuilder withdrawn(Instant at, String reason) {
        this.status = NoticeStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
        this.updatedAt = at;
        return this;
    }

    NoticeBuilder updatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    NoticeBuilder updatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
        return this;
    }

    /** The standard catalog item; "other" by default, as every notice is filed under one. */
    private String catalogItem = "other";

    NoticeBuilder catalogItem(String catalogItem) {
        this.catalogItem = catalogItem;
        return this;
    }

    NoticeView build() {
        return new NoticeView(id, divisionCode, version, title, body, status, section, genre, topics, agency,
                audiences, documentNumber, indexNumber, writtenOn, disclosure, withholdingReason, rereviewOn,
                noticeStartsOn, noticeEndsOn, validity, validUntil, needsInterpretation, interpretsId, publishAt,
                reviewLevels, approvedLevels, revision, createdBy, CREATED, updatedBy == null ? createdBy : updatedBy, updatedAt, submittedBy,
                publishedAt, withdrawnAt, withdrawalReason, null, null, null, null, null, catalogItem);
    }
}
