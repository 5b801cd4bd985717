package org.gongshi.web.site;

import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.notice.Validity;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.i18n.Messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One notice as residents see it on the board. The board page and the clerk's preview render
 * through this one class, so the preview is exactly what will be published. Every value is escaped.
 */
public final class NoticeArticle {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

    /** What the article shows; built from a published notice or, for a preview, from a draft. */
    public record Data(String id, DivisionCode division, String title, String body, Genre genre, String agency,
                       String documentNumber, String indexNumber, LocalDate writtenOn, LocalDate noticeStartsOn,
                       LocalDate noticeEndsOn, Validity validity, LocalDate validUntil, String interpretationId,
                       String interpretsId, Instant publishedAt, int revision, String changeNote, Instant revisedAt) {

        public Data(String id, DivisionCode division, String title, String body, Genre genre, String agency,
                    String documentNumber, String indexNumber, LocalDate writtenOn, LocalDate noticeStartsOn,
                    LocalDate noticeEndsOn, Validity validity, LocalDate validUntil, String interpretationId,
                    String interpretsId, Instant publishedAt) {
            this(id, division, title, body, genre, agency, documentNumber, indexNumber, writtenOn, noticeStartsOn,
                    noticeEndsOn, validity, validUntil, interpretationId, interpretsId, publishedAt, 1, null, null);
        }

        public static Data of(PublishedNotice n) {
            return new Data(n.id(), DivisionCode.of(n.divisionCode()), n.title(), n.body(), n.genre(), n.agency(),
                    n.documentNumber(), n.indexNumber(), n.writtenOn(), n.noticeStartsOn(), n.noticeEndsOn(),
                    n.validity(), n.validUntil(), n.interpretationId(), n.interpretsId(), n.publishedAt(),
                    n.revision(), n.changeNote(), n.revisedAt());
        }

        /** A draft as it would look if published now. */
        public static Data preview(NoticeView n, Clock clock) {
            Validity validity = n.validity();
            if (validity == Validity.IN_FORCE && n.validUntil() != null
                    && LocalDate.now(clock.withZone(ZONE)).isAfter(n.validUntil())) {
                validity = Validity.EXPIRED;
            }
            boolean correction = n.hasPendingRevision();
            return new Data(n.id(), DivisionCode.of(n.divisionCode()), correction ? n.pendingTitle() : n.title(),
                    correction ? n.pendingBody() : n.body(), n.genre(), n.agency(),
                    n.documentNumber(), n.indexNumber(), n.writtenOn(), n.noticeStartsOn(), n.noticeEndsOn(),
                    validity, n.validUntil(), null, n.interpretsId(),
                    n.publishedAt() == null ? clock.instant() : n.publishedAt(),
                    correction ? n.revision() + 1 : n.revision(), correction ? n.pendingChangeNote() : n.changeNote(),
                    correction ? clock.instant() : n.revisedAt());
        }
    }

    private NoticeArticle() {
    }

    /** The {@code <article>} element. Links are relative to {@code contextPath}. */
    public static String html(Data n, Locale locale, String contextPath) {
        String board = contextPath + "/board/" + n.division().value();
        StringBuilder html = new StringBuilder("<article>\n");
        if (n.validity() == Validity.ABOLISHED || n.validity() == Validity.EXPIRED) {
            html.append("<p class=\"validity-mark\" role=\"note\">")
                    .append(Html.text(Messages.get(locale, "board.validity.mark." + n.validity().name()))).append("</p>\n");
        }
        html.append("<h1>").append(Html.text(n.title())).append("</h1>\n");
        html.append("<p class=\"meta\">").append(Html.text(DivisionDirectory.seed().fullName(n.division()))).append(" · ")
                .append(Html.text(Messages.get(locale, "board.published-on"))).append(" <time datetime=\"")
                .append(n.publishedAt()).append("\">").append(DATE.format(n.publishedAt())).append("</time></p>\n");
        html.append("<table class=\"attributes\">\n");
        row(html, locale, "board.attr.index-number", n.indexNumber());
        row(html, locale, "board.attr.genre", n.genre() == null ? null : Messages.get(locale, "notice.genre." + n.genre().name()));
        row(html, locale, "board.attr.agency", n.agency());
        row(html, locale, "board.attr.document-number", n.documentNumber());
        row(html, locale, "board.attr.written-on", n.writtenOn() == null ? null : n.writtenOn().toString());
        if (n.noticeStartsOn() != null && n.noticeEndsOn() != null) {
            row(html, locale, "board.attr.notice-period",
                    Messages.get(locale, "board.attr.notice-period.value", n.noticeStartsOn().toString(), n.noticeEndsOn().toString()));
        }
        if (n.validity() != null) {
            row(html, locale, "board.attr.validity", Messages.get(locale, "notice.validity." + n.validity().name())
                    + (n.validUntil() == null ? "" : Messages.get(locale, "board.attr.valid-until", n.validUntil().toString())));
        }
        html.append("</table>\n");
        if (n.revision() > 1) {
            // A corrected notice says so, with its change note and the way to what it said before.
            html.append("<p class=\"revision\">").append(Html.text(Messages.get(locale, "board.revision.current", n.revision(),
                    n.revisedAt() == null ? "" : DATE.format(n.revisedAt()))));
            if (n.changeNote() != null) {
                html.append(" ").append(Html.text(Messages.get(locale, "board.revision.change-note", n.changeNote())));
            }
            if (n.id() != null) {
                html.append(" <a href=\"").append(board).append("/notices/").append(Html.text(n.id())).append("/revisions\">")
                        .append(Html.text(Messages.get(locale, "board.revision.earlier"))).append("</a>");
            }
            html.append("</p>\n");
        }
        html.append("<div class=\"body\">").append(Markdown.toHtml(n.body())).append("</div>\n");
        if (n.interpretationId() != null) {
            html.append("<p class=\"related\"><a href=\"").append(board).append("/notices/").append(Html.text(n.interpretationId()))
                    .append("\">").append(Html.text(Messages.get(locale, "board.related.interpretation"))).append("</a></p>\n");
        }
        if (n.interpretsId() != null) {
            html.append("<p class=\"related\"><a href=\"").append(board).append("/notices/").append(Html.text(n.interpretsId()))
                    .append("\">").append(Html.text(Messages.get(locale, "board.related.original"))).append("</a></p>\n");
        }
        return html.append("</article>\n").toString();
    }

    private static void row(StringBuilder html, Locale locale, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        html.append("<tr><th scope=\"row\">").append(Html.text(Messages.get(locale, key))).append("</th><td>")
                .append(Html.text(value)).append("</td></tr>\n");
    }

    /** A whole page around the article, styled like the board: for the clerk's preview. */
    public static String previewPage(Data n, Locale locale) {
        return "<!DOCTYPE html>\n<html lang=\"" + (Locale.ENGLISH.equals(locale) ? "en" : "zh-CN") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>" + Html.text(n.title()) + "</title>\n<style>" + SiteLayout.STYLE
                + "</style>\n</head>\n<body>\n<main>\n" + html(n, locale, "") + "</main>\n</body>\n</html>\n";
    }
}
