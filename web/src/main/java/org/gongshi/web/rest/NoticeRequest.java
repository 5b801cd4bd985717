package org.gongshi.web.rest;

import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.Validity;
import org.gongshi.notice.WithholdingReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The body of a create or update: the notice's text and attributes, and on update the version it
 * was based on. Every attribute but title and body is optional; {@code catalogItem} (the key of an item of
 * the division's standard catalog) may wait for the draft, but a notice goes to review only with one.
 */
public record NoticeRequest(String title, String body, String section, Genre genre, Set<String> topics,
                            String agency, Set<String> audiences, String documentNumber, LocalDate writtenOn,
                            DisclosureAttribute disclosure, WithholdingReason withholdingReason, LocalDate rereviewOn,
                            LocalDate noticeStartsOn, LocalDate noticeEndsOn, Validity validity, LocalDate validUntil,
                            Boolean needsInterpretation, String interpretsId, Instant publishAt, Long version,
                            String catalogItem) {

    NoticeContent content() {
        return new NoticeContent(title, body, section, genre, topics, agency, audiences, documentNumber, writtenOn,
                disclosure, withholdingReason, rereviewOn, noticeStartsOn, noticeEndsOn, validity, validUntil,
                Boolean.TRUE.equals(needsInterpretation), interpretsId, publishAt, catalogItem);
    }
}
