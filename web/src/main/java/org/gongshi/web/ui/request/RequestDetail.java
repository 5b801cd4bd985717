package org.gongshi.web.ui.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gongshi.request.DueDate;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestView;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.web.ui.DivisionNames;
import org.gongshi.web.ui.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * One request in full: every fact, the due date with each line of how it was counted, the fee, the
 * reply, its delivery and how the request closed; the steps its state allows; its letters; its
 * review and litigation records.
 */
final class RequestDetail extends VerticalLayout {

    private final StaffIdentity me;
    private final H3 heading = new H3();
    private final Paragraph nothingChosen = new Paragraph();
    private final Div facts = new Div();
    private final HorizontalLayout steps = new HorizontalLayout();
    private final RequestSteps stepButtons;
    private final RequestLettersPanel letters;
    private final ChallengesPanel challenges;
    private final VerticalLayout content = new VerticalLayout();

    RequestDetail(RequestService requests, StaffIdentity me, Supplier<LocalDate> today, RequestSteps.Outcome outcome) {
        this.me = me;
        this.stepButtons = new RequestSteps(requests, me, today, outcome);
        this.letters = new RequestLettersPanel(requests, me.division());
        this.challenges = new ChallengesPanel(requests, me, today);
        setId("request-detail");
        setPadding(false);
        nothingChosen.setId("request-nothing-chosen");
        nothingChosen.setText(Texts.t("request.nothing-chosen"));
        heading.setId("request-detail-heading");
        heading.getStyle().set("margin", "0");
        facts.setId("request-facts");
        facts.getStyle().set("display", "grid").set("grid-template-columns", "minmax(7rem, max-content) 1fr")
                .set("gap", "0.25rem 1rem").set("width", "100%");
        steps.setId("request-steps");
        steps.getStyle().set("flex-wrap", "wrap");
        content.setPadding(false);
        content.add(heading, steps, facts, letters, challenges);
        add(nothingChosen, content);
        show(null);
    }

    void show(RequestView r) {
        nothingChosen.setVisible(r == null);
        content.setVisible(r != null);
        facts.removeAll();
        steps.removeAll();
        letters.show(r);
        challenges.show(r);
        if (r == null) {
            return;
        }
        heading.setText(Texts.t("request.detail.heading", r.receiptNumber(), RequestTexts.state(r.state())));
        List<Button> buttons = stepButtons.buttons(r);
        steps.add(buttons.toArray(Button[]::new));
        steps.setVisible(!buttons.isEmpty());
        showFacts(r);
    }

    private void showFacts(RequestView r) {
        if (!r.division().equals(me.division().value())) {
            fact("division", DivisionNames.fullName(r.division()));
        }
        fact("receipt-number", r.receiptNumber());
        fact("state", RequestTexts.state(r.state()));
        fact("channel", Texts.label("request.channel.", r.channel()));
        fact("received-on", RequestTexts.date(r.receivedOn()));
        fact("applicant-type", Texts.label("request.applicant-type.", r.applicantType()));
        fact("applicant-name", r.applicantName());
        fact("applicant-contact", r.applicantContact());
        if (r.preferredReply() != null) {
            fact("preferred-reply", Texts.label("intake.form.reply.", r.preferredReply()));
        }
        fact("description", r.description());
        if (!r.state().closed()) {
            Span due = fact("due", RequestTexts.due(r.due()) + marks(r));
            if (r.overdue()) {
                due.getStyle().set("color", "var(--vaadin-color-error, #b00)").set("font-weight", "600");
            }
            explanation("due-explanation", r.due());
        }
        if (r.correction() != null) {
            Span window = fact("correction-window", RequestTexts.due(r.correction().deadline())
                    + (r.correction().warn() ? " · " + Texts.t("request.mark.correction-closing-short") : ""));
            if (r.correction().warn()) {
                window.getStyle().set("color", "var(--vaadin-color-warning, #a60)").set("font-weight", "600");
            }
        }
        if (r.correctionAskedOn() != null) {
            fact("correction-asked-on", RequestTexts.date(r.correctionAskedOn()));
        }
        if (r.correctionReturnDue() != null) {
            fact("correction-return-due", RequestTexts.due(r.correctionReturnDue()));
        }
        if (r.correctionReceivedOn() != null) {
            fact("correction-received-on", RequestTexts.date(r.correctionReceivedOn()));
        }
        if (r.consultationStartedOn() != null) {
            fact("consultation-started-on", RequestTexts.date(r.consultationStartedOn()));
        }
        if (r.extensionDays() > 0) {
            fact("extension", Texts.t("request.fact.extension.value", r.extensionDays(), RequestTexts.date(r.extendedOn()),
                    nullToEmpty(r.extendedBy()), nullToEmpty(r.applicantToldHow())));
        }
        if (r.fee() != null) {
            RequestView.FeeView fee = r.fee();
            fact("fee", Texts.t("request.fact.fee.value." + fee.method().name(), fee.count(), fee.yuan()));
            fact("fee-notice-on", RequestTexts.date(fee.noticeOn()));
            if (fee.paymentDue() != null) {
                fact("fee-payment-due", RequestTexts.due(fee.paymentDue()));
            }
            if (fee.settledOn() != null) {
                fact("fee-settled", Texts.t("request.fee-settlement." + fee.settlement()) + " · "
                        + RequestTexts.date(fee.settledOn()));
            }
        }
        if (r.replyType() != null) {
            fact("reply-type", RequestTexts.replyType(r.replyType()));
            fact("answered-on", RequestTexts.date(r.answeredOn()));
            if (r.replyReason() != null) {
                fact("reply-reason", r.replyReason());
            }
            if (r.replyPlace() != null) {
                fact("reply-place", r.replyPlace());
            }
        }
        if (r.delivery() != null) {
            RequestView.Delivery d = r.delivery();
            fact("delivery", Texts.label("request.delivery-method.", d.method()) + " · " + RequestTexts.date(d.on())
                    + (d.note() == null ? "" : " · " + d.note()));
        }
        if (r.closingReason() != null) {
            fact("closing", Texts.label("request.closing.", r.closingReason())
                    + (r.closingNote() == null ? "" : " · " + r.closingNote()));
        }
        if (r.closedOn() != null) {
            fact("closed-on", RequestTexts.date(r.closedOn()));
        }
        if (r.resultRow() != null) {
            fact("result-row", RequestTexts.resultRow(r.resultRow()));
        }
        if (r.proactiveNoticeId() != null) {
            Anchor notice = new Anchor("?notice=" + r.proactiveNoticeId(), Texts.t("request.fact.proactive.value"));
            notice.setId("request-fact-proactive");
            label("proactive");
            facts.add(notice);
        }
    }

    /** The due date's own mark; the window for a correction has a line of its own. */
    private static String marks(RequestView r) {
        return r.overdue() ? " · " + Texts.t("request.mark.overdue") : "";
    }

    private Span fact(String key, String value) {
        label(key);
        Span text = new Span(value == null ? "" : value);
        text.setId("request-fact-" + key);
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        facts.add(text);
        return text;
    }

    private void label(String key) {
        Span label = new Span(Texts.t("request.fact." + key));
        label.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)");
        facts.add(label);
    }

    /** Each line of how a due date was counted (working days, holidays, make-up days, pauses, the extension). */
    private void explanation(String key, DueDate due) {
        if (due.explanation().isEmpty()) {
            return;
        }
        UnorderedList lines = new UnorderedList();
        lines.setId("request-" + key);
        lines.getStyle().set("margin", "0").set("padding-inline-start", "1.25rem").set("font-size", "0.875rem")
                .set("grid-column", "2");
        due.explanation().forEach(line -> lines.add(new ListItem(line)));
        facts.add(lines);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
