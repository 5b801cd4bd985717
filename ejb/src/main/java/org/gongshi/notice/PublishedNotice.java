package org.gongshi.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A notice as the public sees it: no staff names, no draft state. {@code validity} is as of today
 * (a normative document past its end date reads EXPIRED); {@code interpretationId} links a
 * normative document to its policy interpretation and {@code interpretsId} the other way.
 */
public record PublishedNotice(String id, String divisionCode, String title, String body, String section,
                              Genre genre, Set<String> topics, String agency, Set<String> audiences,
                              String documentNumber, String indexNumber, LocalDate writtenOn,
                              LocalDate noticeStartsOn, LocalDate noticeEndsOn, Validity validity,
                              LocalDate validUntil, String interpretationId, String interpretsId,
                              int revision, String changeNote, Instant revisedAt, Instant publishedAt) {

    static PublishedNotice of(Notice n, LocalDate today, String interpretationId) {
        return new PublishedNotice(n.id(), n.division().value(), n.title(), n.body(), n.section(), n.genre(),
                n.topics(), n.agency(), n.audiences(), n.documentNumber(), n.indexNumber(), n.writtenOn(),
                n.noticeStartsOn(), n.noticeEndsOn(), n.effectiveValidity(today), n.validUntil(), interpretationId,
                n.interpretsId(), n.revision(), n.changeNote(), n.revisedAt(), n.publishedAt());
    }
}
