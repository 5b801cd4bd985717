package org.gongshi.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a clerk writes about a notice: its text and the attributes the work plans ask for —
 * board section, genre (体裁), topics (主题), issuing agency (机构), audiences (服务对象), document
 * number (文号), date written (成文日期), disclosure attribute, notice period (公示期), validity of
 * a normative document, its policy interpretation, an optional scheduled publication time, and the item of
 * the division's standard catalog (公开事项标准目录) it is filed under — none in a draft, required for review.
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
        Instant publishAt,
        String catalogItem) {

    public NoticeContent {
        genre = genre == null ? Genre.NOTIFICATION : genre;
        disclosure = disclosure == null ? DisclosureAttribute.PROACTIVE : disclosure;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    }

    /** The content without a catalog item (the form before the standard catalog); file it with {@link #withCatalogItem}. */
    public NoticeContent(String title, String body, String section, Genre genre, Set<String> topics, String agency,
                         Set<String> audiences, String documentNumber, LocalDate writtenOn, DisclosureAttribute disclosure,
                         WithholdingReason withholdingReason, LocalDate rereviewOn, LocalDate noticeStartsOn,
                         LocalDate noticeEndsOn, Validity validity, LocalDate validUntil, boolean needsInterpretation,
                         String interpretsId, Instant publishAt) {
        this(title, body, section, genre, topics, agency, audiences, documentNumber, writtenOn, disclosure,
                withholdingReason, rereviewOn, noticeStartsOn, noticeEndsOn, validity, validUntil, needsInterpretation,
                interpretsId, publishAt, null);
    }

    /** A plain proactive notification: just a title and a body (no catalog item yet). */
    public static NoticeContent of(String title, String body) {
        return new NoticeContent(title, body, null, Genre.NOTIFICATION, Set.of(), null, Set.of(), null, null,
                DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, false, null, null, null);
    }

    /** A plain proactive notification filed under {@code catalogItem}. */
    public static NoticeContent of(String title, String body, String catalogItem) {
        return of(title, body).withCatalogItem(catalogItem);
    }

    /** The same content filed under another item of the standard catalog. */
    public NoticeContent withCatalogItem(String catalogItem) {
        return new NoticeContent(title, body, section, genre, topics, agency, audiences, documentNumber, writtenOn,
                disclosure, withholdingReason, rereviewOn, noticeStartsOn, noticeEndsOn, validity, validUntil,
                needsInterpretation, interpretsId, publishAt, catalogItem);
    }
}
