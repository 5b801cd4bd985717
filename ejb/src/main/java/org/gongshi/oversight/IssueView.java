package org.gongshi.oversight;

import java.time.Instant;
import java.time.LocalDate;

/** An issued bulletin or set of cards as the other layers see it (the documents are fetched apart). */
public record IssueView(String id, String divisionCode, OversightIssue.Kind kind, String period, LocalDate computedOn,
                        String title, String body, String noticeId, String issuedBy, Instant issuedAt, long version) {

    static IssueView of(OversightIssue i) {
        return new IssueView(i.id(), i.divisionCode(), i.kind(), i.period(), i.computedOn(), i.title(), i.body(),
                i.noticeId(), i.issuedBy(), i.issuedAt(), i.version());
    }

    /** A stored document: file name, media type and bytes. */
    public record File(String fileName, String mediaType, byte[] bytes) {
    }
}
