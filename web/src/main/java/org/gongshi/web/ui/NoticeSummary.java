package org.gongshi.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeView;

import java.util.function.Function;

/**
 * The attributes of a notice at a glance, for the reviewer: genre, classification, source, the
 * disclosure attribute (which the reviewer confirms) and the publication plan. Only what is filled
 * in is listed. Each value has the id {@code <prefix>-<attribute>}.
 */
final class NoticeSummary extends Div {

    private final String prefix;

    NoticeSummary(String id) {
        this.prefix = id;
        setId(id);
        getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("column-gap", "1rem").set("row-gap", "0.25rem").set("align-items", "baseline");
    }

    /**
     * Shows {@code notice}; {@code titleOf} names the normative document a policy interpretation
     * interprets (by its id).
     */
    void show(NoticeView notice, Function<String, String> titleOf) {
        removeAll();
        if (notice == null) {
            return;
        }
        row("genre", "notice.field.genre", Texts.label("notice.genre.", notice.genre()));
        row("section", "notice.field.section", notice.section());
        row("topics", "notice.field.topics", Texts.tags(notice.topics()));
        row("audiences", "notice.field.audiences", Texts.tags(notice.audiences()));
        row("agency", "notice.field.agency", notice.agency());
        row("document-number", "notice.field.document-number", notice.documentNumber());
        row("written-on", "notice.field.written-on", date(notice.writtenOn()));
        row("disclosure", "notice.field.disclosure", Texts.label("notice.disclosure.", notice.disclosure()));
        if (notice.disclosure() == DisclosureAttribute.WITHHELD) {
            row("withholding-reason", "notice.field.withholding-reason",
                    Texts.label("notice.withholding.", notice.withholdingReason()));
            row("rereview-on", "notice.field.rereview-on", date(notice.rereviewOn()));
        }
        if (notice.noticeStartsOn() != null && notice.noticeEndsOn() != null) {
            row("notice-period", "notice.field.notice-period", Texts.t("board.attr.notice-period.value",
                    notice.noticeStartsOn().toString(), notice.noticeEndsOn().toString()));
        }
        if (notice.genre() == Genre.NORMATIVE_DOCUMENT) {
            row("validity", "notice.field.validity", Texts.label("notice.validity.", notice.validity()));
            row("valid-until", "notice.field.valid-until", date(notice.validUntil()));
            row("needs-interpretation", "notice.field.needs-interpretation",
                    Texts.t(notice.needsInterpretation() ? "notice.value.yes" : "notice.value.no"));
        }
        if (notice.interpretsId() != null) {
            row("interprets", "notice.field.interprets", titleOf.apply(notice.interpretsId()));
        }
        row("publish-at", "notice.field.publish-at",
                notice.publishAt() == null ? Texts.t("notice.value.publish-on-approval") : Texts.minutes(notice.publishAt()));
        row("submitted-by", "notice.field.submitted-by", notice.submittedBy());
        row("review-progress", "notice.field.review-progress", Texts.reviewProgress(notice));
    }

    private void row(String attribute, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(Texts.t(labelKey));
        label.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)");
        Span text = new Span(value);
        text.setId(prefix + "-" + attribute);
        text.getStyle().set("white-space", "pre-wrap");
        add(label, text);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
