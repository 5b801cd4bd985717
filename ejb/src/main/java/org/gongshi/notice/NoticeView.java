package org.gongshi.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A notice as staff see it; what services return instead of the entity. */
public record NoticeView(String id, String divisionCode, long version, String title, String body,
                         NoticeStatus status, String section, Genre genre, Set<String> topics, String agency,
                         Set<String> audiences, String documentNumber, String indexNumber, LocalDate writtenOn,
                         DisclosureAttribute disclosure, WithholdingReason withholdingReason, LocalDate rereviewOn,
                         LocalDate noticeStartsOn, LocalDate noticeEndsOn, Validity validity, LocalDate validUntil,
                         boolean needsInterpretation, String interpretsId, Instant publishAt,
                         Integer reviewLevels, int approvedLevels, int revision,
                         String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                         String submittedBy, Instant publishedAt, Instant withdrawnAt, String withdrawalReason,
                         String changeNote, Instant revisedAt, String pendingTitle, String pendingBody,
                         String pendingChangeNote, String catalogItem) {

    static NoticeView of(Notice n) {
        return new NoticeView(n.id(), n.division().value(), n.version(), n.title(), n.body(), n.status(),
                n.section(), n.genre(), n.topics(), n.agency(), n.audiences(), n.documentNumber(), n.indexNumber(),
                n.writtenOn(), n.disclosure(), n.withholdingReason(), n.rereviewOn(), n.noticeStartsOn(),
                n.noticeEndsOn(), n.validity(), n.validUntil(), n.needsInterpretation(), n.interpretsId(),
                n.publishAt(), n.reviewLevels(), n.approvedLevels(), n.revision(), n.createdBy(), n.createdAt(),
                n.updatedBy(), n.updatedAt(), n.submittedBy(), n.publishedAt(), n.withdrawnAt(), n.withdrawalReason(),
                n.changeNote(), n.revisedAt(), n.pendingTitle(), n.pendingBody(), n.pendingChangeNote(),
                n.catalogItem());
    }

    /** Whether a correction of this published notice waits for review. */
    public boolean hasPendingRevision() {
        return status == NoticeStatus.PUBLISHED && pendingTitle != null;
    }

    /** The editable part, for a form that starts from this notice. */
    public NoticeContent content() {
        return new NoticeContent(title, body, section, genre, topics, agency, audiences, documentNumber, writtenOn,
                disclosure, withholdingReason, rereviewOn, noticeStartsOn, noticeEndsOn, validity, validUntil,
                needsInterpretation, interpretsId, publishAt, catalogItem);
    }
}
