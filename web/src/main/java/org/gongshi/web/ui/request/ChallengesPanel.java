package org.gongshi.web.ui.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.request.ChallengeView;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.RequestPermissions;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestView;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.web.ui.Pickers;
import org.gongshi.web.ui.Texts;
import org.gongshi.web.ui.UserMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Administrative reviews (行政复议) and lawsuits (行政诉讼) about a request and their outcomes, for
 * table 四 of the annual report: listed for everyone who reads the request; filed and decided by the
 * division's own handlers.
 */
final class ChallengesPanel extends VerticalLayout {

    private final RequestService requests;
    private final StaffIdentity me;
    private final Supplier<LocalDate> today;
    private final Div list = new Div();
    private final Button file = new Button();
    private RequestView request;

    ChallengesPanel(RequestService requests, StaffIdentity me, Supplier<LocalDate> today) {
        this.requests = requests;
        this.me = me;
        this.today = today;
        setId("request-challenges");
        setPadding(false);
        setSpacing(false);
        H4 heading = new H4(Texts.t("request.challenges.title"));
        heading.getStyle().set("margin", "0.75rem 0 0.25rem 0");
        list.setWidthFull();
        file.setId("request-challenge-file");
        file.setText(Texts.t("request.challenges.file"));
        file.addThemeVariants(ButtonVariant.TERTIARY);
        file.addClickListener(e -> fileDialog().open());
        add(heading, list, file);
    }

    void show(RequestView r) {
        request = r;
        list.removeAll();
        file.setVisible(r != null && mayHandle(r));
        if (r == null) {
            return;
        }
        List<ChallengeView> challenges;
        try {
            challenges = requests.challenges(me.division(), r.id());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            challenges = List.of();
        }
        if (challenges.isEmpty()) {
            Span empty = new Span(Texts.t("request.challenges.empty"));
            empty.setId("request-challenges-empty");
            list.add(empty);
        }
        for (ChallengeView c : challenges) {
            list.add(row(c));
        }
    }

    private boolean mayHandle(RequestView r) {
        return RequestPermissions.mayHandle(me, DivisionCode.of(r.division()));
    }

    private HorizontalLayout row(ChallengeView c) {
        String outcome = c.outcome() == RequestChallenge.Outcome.PENDING
                ? Texts.label("request.challenge-outcome.", c.outcome())
                : Texts.t("request.challenges.decided", Texts.label("request.challenge-outcome.", c.outcome()),
                RequestTexts.date(c.decidedOn()));
        Span text = new Span(Texts.t("request.challenges.row", Texts.label("request.challenge-kind.", c.kind()),
                RequestTexts.date(c.filedOn()), outcome));
        text.addClassName("request-challenge");
        HorizontalLayout row = new HorizontalLayout(text);
        if (c.note() != null) {
            Span note = new Span(c.note());
            note.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)");
            row.add(note);
        }
        if (c.outcome() == RequestChallenge.Outcome.PENDING && mayHandle(request)) {
            Button decide = new Button(Texts.t("request.challenges.decide"), e -> decideDialog(c).open());
            decide.addClassName("request-challenge-decide");
            decide.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            row.add(decide);
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private StepDialog fileDialog() {
        RequestView r = request;
        Select<RequestChallenge.Kind> kind = new Select<>();
        kind.setId("request-challenge-kind");
        kind.setLabel(Texts.t("request.field.challenge-kind"));
        kind.setItems(RequestChallenge.Kind.values());
        kind.setItemLabelGenerator(k -> Texts.label("request.challenge-kind.", k));
        kind.setRequiredIndicatorVisible(true);
        kind.setWidthFull();
        DatePicker filedOn = date("request-challenge-filed-on", "request.field.challenge-filed-on", r.receivedOn());
        TextField note = note("request-challenge-note");
        StepDialog dialog = new StepDialog("request-challenge-file", Texts.t("request.challenges.file") + " · "
                + r.receiptNumber(), Texts.t("request.challenges.file.text"), Texts.t("request.challenges.file"), false);
        return dialog.fields(kind, filedOn, note)
                .completeWhen(() -> kind.getValue() != null && filedOn.getValue() != null && !filedOn.isInvalid())
                .onConfirm(() -> run("request.challenges.filed",
                        () -> requests.fileChallenge(me.division(), r.id(), kind.getValue(), filedOn.getValue(),
                                blankAsNull(note.getValue()))));
    }

    private StepDialog decideDialog(ChallengeView c) {
        RequestView r = request;
        RadioButtonGroup<RequestChallenge.Outcome> outcome = new RadioButtonGroup<>();
        outcome.setId("request-challenge-outcome");
        outcome.setLabel(Texts.t("request.field.challenge-outcome"));
        outcome.setItems(RequestChallenge.Outcome.UPHELD, RequestChallenge.Outcome.CORRECTED, RequestChallenge.Outcome.OTHER);
        outcome.setItemLabelGenerator(o -> Texts.label("request.challenge-outcome.", o));
        outcome.setRequiredIndicatorVisible(true);
        DatePicker decidedOn = date("request-challenge-decided-on", "request.field.challenge-decided-on", c.filedOn());
        TextField note = note("request-challenge-decision-note");
        StepDialog dialog = new StepDialog("request-challenge-decide", Texts.t("request.challenges.decide") + " · "
                + Texts.label("request.challenge-kind.", c.kind()), null, Texts.t("request.challenges.decide"), false);
        return dialog.fields(outcome, decidedOn, note)
                .completeWhen(() -> outcome.getValue() != null && decidedOn.getValue() != null && !decidedOn.isInvalid())
                .onConfirm(() -> run("request.challenges.decided-saved",
                        () -> requests.decideChallenge(me.division(), r.id(), c.id(), c.version(), outcome.getValue(),
                                decidedOn.getValue(), blankAsNull(note.getValue()))));
    }

    private DatePicker date(String id, String labelKey, LocalDate earliest) {
        DatePicker picker = Pickers.date(id, labelKey);
        picker.setMax(today.get());
        picker.setMin(earliest);
        picker.setValue(today.get());
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    private static TextField note(String id) {
        TextField note = new TextField();
        note.setId(id);
        note.setLabel(Texts.t("request.field.challenge-note"));
        note.setMaxLength(RequestChallenge.NOTE_MAX);
        note.setWidthFull();
        return note;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Saves; a refused input keeps the dialog open; otherwise the list is read again. */
    private boolean run(String doneKey, Supplier<ChallengeView> call) {
        return StepDialog.attempt(call, saved -> {
            UserMessages.success(doneKey);
            show(request);
        }, () -> show(request));
    }
}
