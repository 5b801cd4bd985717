package org.gongshi.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a clerk writes about a notice: its text and the attributes the work plans ask for —
 * board section, genre (体裁), topics (主题), issuing agency (机构), audiences (服务对象), document
 * number (文号), date written (成文日期), disclosure attribute, notice period (公示期), validity of
 * a normative document, its policy interpretation, and an optional scheduled publication time.
 * Rules that tie the fields together are checked by {@link Notice}.
 */
public record NoticeContent(
        String title,
        String body,
        String section,
        Genre genre,
        Set<String> topics,
        String agency,
        Set<String> audiences,
        String documentNumber,
        LocalDate writtenOn,
        DisclosureAttribute disclosure,
        WithholdingReason withholdingReason,
        LocalDate rereviewOn,
        LocalDate noticeStartsOn,
        LocalDate noticeEndsOn,
        Validity validity,
        LocalDate validUntil,
        boolean needsInterpretation,
        String interpretsId,
        Instant publishAt) {

    public NoticeContent {
        genre = genre == null ? Genre.NOTIFICATION : genre;
        disclosure = disclosure == null ? DisclosureAttribute.PROACTIVE : disclosure;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    }

    /** A plain proactive notification: just a title and a body. */
    public static NoticeContent of(String title, String body) {
        return new NoticeContent(title, body, null, Genre.NOTIFICATION, Set.of(), null, Set.of(), null, null,
                DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, false, null, null);
    }
}
