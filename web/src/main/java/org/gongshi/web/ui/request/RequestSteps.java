package org.gongshi.web.ui.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.request.DeliveryMethod;
import org.gongshi.request.DisclosureRequest;
import org.gongshi.request.FeeMethod;
import org.gongshi.request.Fees;
import org.gongshi.request.Reply;
import org.gongshi.request.ReplyDeadline;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestPermissions;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestState;
import org.gongshi.request.RequestView;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.web.ui.Pickers;
import org.gongshi.web.ui.Texts;
import org.gongshi.web.ui.UserMessages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The steps a request's state allows, as buttons, each with a small dialog where it needs input.
 * Every step is called for the caller's own division with the version the user saw; a stale version
 * is refused by the service, said in plain Chinese, and the request is read again.
 */
final class RequestSteps {

    /** The steps, in the order the buttons appear. */
    enum Step {
        ANSWER, ASK_CORRECTION, RECEIVE_CORRECTION, START_CONSULTATION, END_CONSULTATION, NOTICE_FEE, SETTLE_FEE,
        EXTEND, RECORD_DELIVERY, CLOSE_NO_CORRECTION, CLOSE_UNPAID, WITHDRAW;

        /** {@code request-answer}: the button's id, and the prefix of its dialog's ids. */
        String id() {
            return "request-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        String key() {
            return "request.step." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What the screen does after a step. */
    interface Outcome {
        /** The step went through: show the request as the service returned it. */
        void changed(RequestView updated);

        /** The request may have changed meanwhile: read it again. */
        void reload(String requestId);
    }

    static final int TOLD_MAX = 200;
    static final int NOTE_MAX = 200;
    static final int WITHDRAWAL_MAX = 500;

    private final RequestService requests;
    private final StaffIdentity me;
    private final Supplier<LocalDate> today;
    private final Outcome outcome;

    RequestSteps(RequestService requests, StaffIdentity me, Supplier<LocalDate> today, Outcome outcome) {
        this.requests = requests;
        this.me = me;
        this.today = today;
        this.outcome = outcome;
    }

    /**
     * The steps {@code me} may take on {@code r} today, by the rules the request itself enforces:
     * nothing for a supervisor or for a request of another division, nothing but the delivery after
     * the reply, the extension for the head of the disclosure office only (Art. 33 (2)).
     */
    static List<Step> allowed(RequestView r, StaffIdentity me, LocalDate today) {
        if (r == null || !RequestPermissions.mayHandle(me, DivisionCode.of(r.division()))) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        RequestState state = r.state();
        boolean running = state == RequestState.RECEIVED || state == RequestState.EXTENDED;
        if (running) {
            steps.add(Step.ANSWER);
        }
        if (state == RequestState.RECEIVED && r.correction() != null) {
            steps.add(Step.ASK_CORRECTION);
        }
        if (state == RequestState.AWAITING_CORRECTION) {
            steps.add(Step.RECEIVE_CORRECTION);
            if (r.correctionReturnDue() != null && today.isAfter(r.correctionReturnDue().date())) {
                steps.add(Step.CLOSE_NO_CORRECTION);
            }
        }
        if (running) {
            steps.add(Step.START_CONSULTATION);
        }
        if (state == RequestState.CONSULTING_THIRD_PARTY) {
            steps.add(Step.END_CONSULTATION);
        }
        if (running && r.fee() == null) {
            steps.add(Step.NOTICE_FEE);
        }
        if (state == RequestState.AWAITING_FEE) {
            steps.add(Step.SETTLE_FEE);
            if (r.fee() != null && r.fee().paymentDue() != null && today.isAfter(r.fee().paymentDue().date())) {
                steps.add(Step.CLOSE_UNPAID);
            }
        }
        if (state == RequestState.RECEIVED && r.extensionDays() == 0
                && RequestPermissions.mayExtend(me, DivisionCode.of(r.division()))) {
            steps.add(Step.EXTEND);
        }
        if (state == RequestState.ANSWERED) {
            steps.add(Step.RECORD_DELIVERY);
        }
        if (!state.closed()) {
            steps.add(Step.WITHDRAW);
        }
        steps.sort(Comparator.naturalOrder());
        return steps;
    }

    /** The buttons of the steps allowed on {@code r}. */
    List<Button> buttons(RequestView r) {
        return allowed(r, me, today.get()).stream().map(step -> button(step, r)).toList();
    }

    private Button button(Step step, RequestView r) {
        Button button = new Button(Texts.t(step.key()));
        button.setId(step.id());
        if (step == Step.ANSWER) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        } else if (step == Step.CLOSE_NO_CORRECTION || step == Step.CLOSE_UNPAID || step == Step.WITHDRAW) {
            button.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        }
        button.addClickListener(e -> dialog(step, r).open());
        return button;
    }

    StepDialog dialog(Step step, RequestView r) {
        return switch (step) {
            case ANSWER -> answer(r);
            case ASK_CORRECTION -> confirmOnly(step, r, Texts.t("request.step.ask-correction.text",
                    r.correction().deadline().date().toString(), ReplyDeadline.CORRECTION_RETURN_DAYS), false,
                    () -> requests.askForCorrection(me.division(), r.id(), r.version()),
                    u -> new Object[]{u.correctionReturnDue() == null ? "" : u.correctionReturnDue().date().toString()});
            case RECEIVE_CORRECTION -> receiveCorrection(r);
            case START_CONSULTATION -> confirmOnly(step, r, Texts.t("request.step.start-consultation.text",
                    ReplyDeadline.THIRD_PARTY_DAYS), false,
                    () -> requests.startConsultation(me.division(), r.id(), r.version()), u -> new Object[0]);
            case END_CONSULTATION -> confirmOnly(step, r, Texts.t("request.step.end-consultation.text"), false,
                    () -> requests.endConsultation(me.division(), r.id(), r.version()),
                    u -> new Object[]{RequestTexts.due(u.due())});
            case NOTICE_FEE -> noticeFee(r);
            case SETTLE_FEE -> settleFee(r);
            case EXTEND -> extend(r);
            case RECORD_DELIVERY -> recordDelivery(r);
            case CLOSE_NO_CORRECTION -> confirmOnly(step, r, Texts.t("request.step.close-no-correction.text",
                    r.correctionReturnDue().date().toString()), true,
                    () -> requests.abandon(me.division(), r.id(), r.version()), u -> new Object[0]);
            case CLOSE_UNPAID -> confirmOnly(step, r, Texts.t("request.step.close-unpaid.text",
                    r.fee().paymentDue().date().toString()), true,
                    () -> requests.abandonUnpaid(me.division(), r.id(), r.version()), u -> new Object[0]);
            case WITHDRAW -> withdraw(r);
        };
    }

    // ---- the dialogs ----

    private StepDialog confirmOnly(Step step, RequestView r, String text, boolean dangerous,
                                   Supplier<RequestView> call, Function<RequestView, Object[]> doneArguments) {
        StepDialog dialog = new StepDialog(step.id(), header(step, r), text, Texts.t(step.key()), dangerous);
        return dialog.onConfirm(() -> run(r, step.key() + ".done", call, doneArguments));
    }

    private StepDialog receiveCorrection(RequestView r) {
        Step step = Step.RECEIVE_CORRECTION;
        DatePicker on = datePicker(step.id() + "-date", "request.field.correction-received-on", r.correctionAskedOn());
        StepDialog dialog = new StepDialog(step.id(), header(step, r), Texts.t("request.step.receive-correction.text"),
                Texts.t(step.key()), false);
        return dialog.fields(on).completeWhen(() -> on.getValue() != null && !on.isInvalid())
                .onConfirm(() -> run(r, step.key() + ".done",
                        () -> requests.receiveCorrection(me.division(), r.id(), r.version(), on.getValue()),
                        u -> new Object[]{RequestTexts.due(u.due())}));
    }

    private StepDialog noticeFee(RequestView r) {
        Step step = Step.NOTICE_FEE;
        RadioButtonGroup<FeeMethod> method = new RadioButtonGroup<>();
        method.setId(step.id() + "-method");
        method.setLabel(Texts.t("request.field.fee-method"));
        method.setItems(FeeMethod.values());
        method.setItemLabelGenerator(m -> Texts.label("request.fee-method.", m));
        method.setRequiredIndicatorVisible(true);
        IntegerField pages = new IntegerField();
        pages.setId(step.id() + "-pages");
        pages.setLabel(Texts.t("request.field.fee-pages"));
        pages.setMin(1);
        pages.setMax(100_000);
        pages.setStepButtonsVisible(true);
        pages.setVisible(false);
        Span estimate = new Span();
        estimate.setId(step.id() + "-estimate");
        estimate.getStyle().set("display", "block").set("margin-top", "0.5rem");
        Runnable explain = () -> {
            FeeMethod m = method.getValue();
            pages.setVisible(m == FeeMethod.PER_PAGE);
            if (m == FeeMethod.PER_REQUEST) {
                estimate.setText(Texts.t("request.step.notice-fee.per-request-hint"));
            } else if (m == FeeMethod.PER_PAGE && pages.getValue() != null && pages.getValue() > 0) {
                int yuan = Fees.perPage(pages.getValue()).yuan();
                estimate.setText(yuan == 0 ? Texts.t("request.step.notice-fee.free", pages.getValue())
                        : Texts.t("request.step.notice-fee.estimate", pages.getValue(), yuan));
            } else {
                estimate.setText("");
            }
        };
        method.addValueChangeListener(e -> explain.run());
        pages.addValueChangeListener(e -> explain.run());
        StepDialog dialog = new StepDialog(step.id(), header(step, r), Texts.t("request.step.notice-fee.text"),
                Texts.t(step.key()), false);
        return dialog.fields(method, pages, estimate)
                .completeWhen(() -> method.getValue() == FeeMethod.PER_REQUEST
                        || (method.getValue() == FeeMethod.PER_PAGE && pages.getValue() != null && pages.getValue() > 0))
                .onConfirm(() -> run(r, step.key() + ".done",
                        () -> requests.noticeFee(me.division(), r.id(), r.version(), method.getValue(),
                                method.getValue() == FeeMethod.PER_PAGE ? pages.getValue() : null),
                        u -> new Object[]{u.fee() == null ? 0 : u.fee().yuan(),
                                u.fee() == null || u.fee().paymentDue() == null ? "" : u.fee().paymentDue().date().toString()}));
    }

    private StepDialog settleFee(RequestView r) {
        Step step = Step.SETTLE_FEE;
        RadioButtonGroup<Boolean> waived = new RadioButtonGroup<>();
        waived.setId(step.id() + "-waived");
        waived.setLabel(Texts.t("request.field.fee-settlement"));
        waived.setItems(Boolean.FALSE, Boolean.TRUE);
        waived.setItemLabelGenerator(w -> Texts.t(w ? "request.fee-settlement.WAIVED" : "request.fee-settlement.PAID"));
        waived.setValue(Boolean.FALSE);
        DatePicker on = datePicker(step.id() + "-date", "request.field.fee-settled-on",
                r.fee() == null ? null : r.fee().noticeOn());
        StepDialog dialog = new StepDialog(step.id(), header(step, r), Texts.t("request.step.settle-fee.text"),
                Texts.t(step.key()), false);
        return dialog.fields(waived, on)
                .completeWhen(() -> waived.getValue() != null && on.getValue() != null && !on.isInvalid())
                .onConfirm(() -> run(r, waived.getValue() ? step.key() + ".waived" : step.key() + ".paid",
                        () -> requests.settleFee(me.division(), r.id(), r.version(), waived.getValue(), on.getValue()),
                        u -> new Object[]{RequestTexts.due(u.due())}));
    }

    private StepDialog extend(RequestView r) {
        Step step = Step.EXTEND;
        IntegerField days = new IntegerField();
        days.setId(step.id() + "-days");
        days.setLabel(Texts.t("request.field.extension-days"));
        days.setHelperText(Texts.t("request.field.extension-days.help", ReplyDeadline.MAX_EXTENSION_DAYS));
        days.setMin(1);
        days.setMax(ReplyDeadline.MAX_EXTENSION_DAYS);
        days.setStepButtonsVisible(true);
        days.setRequiredIndicatorVisible(true);
        TextField told = new TextField();
        told.setId(step.id() + "-told");
        told.setLabel(Texts.t("request.field.applicant-told"));
        told.setHelperText(Texts.t("request.field.applicant-told.help"));
        told.setMaxLength(TOLD_MAX);
        told.setRequiredIndicatorVisible(true);
        told.setWidthFull();
        StepDialog dialog = new StepDialog(step.id(), header(step, r), Texts.t("request.step.extend.text"),
                Texts.t(step.key()), false);
        return dialog.fields(days, told)
                .completeWhen(() -> days.getValue() != null && days.getValue() >= 1
                        && days.getValue() <= ReplyDeadline.MAX_EXTENSION_DAYS && !told.getValue().isBlank())
                .onConfirm(() -> run(r, step.key() + ".done",
                        () -> requests.extend(me.division(), r.id(), r.version(), days.getValue(), told.getValue().strip()),
                        u -> new Object[]{u.extensionDays(), RequestTexts.due(u.due())}));
    }

    private StepDialog answer(RequestView r) {
        Step step = Step.ANSWER;
        Select<ReplyType> type = new Select<>();
        type.setId(step.id() + "-type");
        type.setLabel(Texts.t("request.field.reply-type"));
        type.setWidthFull();
        type.setRequiredIndicatorVisible(true);
        List<ReplyType> types = replyTypes(r);
        type.setItems(types);
        type.setItemLabelGenerator(RequestTexts::replyType);
        // Headings of the groups of table 三, before the first type of each group.
        String group = null;
        for (ReplyType t : types) {
            if (!t.row().group().equals(group)) {
                group = t.row().group();
                Span heading = new Span(RequestTexts.replyGroup(group));
                heading.getStyle().set("font-weight", "600").set("padding", "0.25rem 0.5rem").set("display", "block");
                type.prependComponents(t, heading);
            }
        }
        Span basis = new Span();
        basis.setId(step.id() + "-basis");
        basis.getStyle().set("display", "block").set("font-size", "0.875rem");
        TextArea reason = new TextArea();
        reason.setId(step.id() + "-reason");
        reason.setLabel(Texts.t("request.field.reply-reason"));
        reason.setHelperText(Texts.t("request.field.reply-reason.help"));
        reason.setMaxLength(DisclosureRequest.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinRows(3);
        TextArea place = new TextArea();
        place.setId(step.id() + "-place");
        place.setLabel(Texts.t("request.field.reply-place"));
        place.setHelperText(Texts.t("request.field.reply-place.help"));
        place.setMaxLength(DisclosureRequest.PLACE_MAX);
        place.setRequiredIndicatorVisible(true);
        place.setWidthFull();
        Runnable show = () -> {
            ReplyType t = type.getValue();
            reason.setVisible(t != null && t.needsReason());
            place.setVisible(t != null && t.needsPlace());
            basis.setText(t == null ? "" : Texts.t("request.step.answer.basis", t.articles(), RequestTexts.resultRow(t.row())));
        };
        type.addValueChangeListener(e -> show.run());
        show.run();
        StepDialog dialog = new StepDialog(step.id(), header(step, r), Texts.t("request.step.answer.text"),
                Texts.t(step.key()), false);
        dialog.setWidth("min(44rem, 95vw)");
        return dialog.fields(type, basis, reason, place)
                .completeWhen(() -> type.getValue() != null
                        && (!type.getValue().needsReason() || !reason.getValue().isBlank())
                        && (!type.getValue().needsPlace() || !place.getValue().isBlank()))
                .onConfirm(() -> {
                    ReplyType t = type.getValue();
                    Reply reply = new Reply(t, t.needsReason() ? reason.getValue().strip() : null,
                            t.needsPlace() ? place.getValue().strip() : null);
                    return run(r, step.key() + ".done", () -> requests.answer(me.division(), r.id(), r.version(), reply),
                            u -> new Object[]{u.resultRow() == null ? "" : u.resultRow().number()});
                });
    }

    /**
     * The reply types in the order of table 三; "still unclear after the correction" (Art. 30) only
     * once a correction came back.
     */
    static List<ReplyType> replyTypes(RequestView r) {
        return Arrays.stream(ReplyType.values())
                .filter(t -> t != ReplyType.STILL_UNCLEAR || r.correctionReceivedOn() != null)
                .sorted(Comparator.comparing((ReplyType t) -> t.row().ordinal()).thenComparing(Enum::ordinal))
                .toList();
    }

    private StepDialog recordDelivery(RequestView r) {
        Step step = Step.RECORD_DELIVERY;
        Select<DeliveryMethod> method = new Select<>();
        method.setId(step.id() + "-method");
        method.setLabel(Texts.t("request.field.delivery-method"));
        method.setItems(DeliveryMethod.values());
        method.setItemLabelGenerator(m -> Texts.label("request.delivery-method.", m));
        method.setRequiredIndicatorVisible(true);
        DatePicker on = datePicker(step.id() + "-date", "request.field.delivered-on", r.answeredOn());
        TextField note = new TextField();
        note.setId(step.id() + "-note");
        note.setLabel(Texts.t("request.field.delivery-note"));
        note.setHelperText(Texts.t("request.field.delivery-note.help"));
        note.setMaxLength(NOTE_MAX);
        note.setWidthFull();
        StepDialog dialog = new StepDialog(step.id(), header(step, r), Texts.t("request.step.record-delivery.text"),
                Texts.t(step.key()), false);
        return dialog.fields(method, on, note)
                .completeWhen(() -> method.getValue() != null && on.getValue() != null && !on.isInvalid())
                .onConfirm(() -> run(r, step.key() + ".done",
                        () -> requests.recordDelivery(me.division(), r.id(), r.version(), method.getValue(), on.getValue(),
                                note.getValue().isBlank() ? null : note.getValue().strip()),
                        u -> new Object[0]));
    }

    private StepDialog withdraw(RequestView r) {
        Step step = Step.WITHDRAW;
        TextField how = new TextField();
        how.setId(step.id() + "-how");
        how.setLabel(Texts.t("request.field.withdrawal"));
        how.setHelperText(Texts.t("request.field.withdrawal.help"));
        how.setMaxLength(WITHDRAWAL_MAX);
        how.setRequiredIndicatorVisible(true);
        how.setWidthFull();
        StepDialog dialog = new StepDialog(step.id(), header(step, r), Texts.t("request.step.withdraw.text"),
                Texts.t(step.key()), true);
        return dialog.fields(how).completeWhen(() -> !how.getValue().isBlank())
                .onConfirm(() -> run(r, step.key() + ".done",
                        () -> requests.withdraw(me.division(), r.id(), r.version(), how.getValue().strip()),
                        u -> new Object[0]));
    }

    // ---- helpers ----

    private static String header(Step step, RequestView r) {
        return Texts.t(step.key()) + " · " + r.receiptNumber();
    }

    /** A date of the past, not before {@code earliest}; today to begin with. */
    private DatePicker datePicker(String id, String labelKey, LocalDate earliest) {
        DatePicker picker = Pickers.date(id, labelKey);
        LocalDate now = today.get();
        picker.setMax(now);
        if (earliest != null) {
            picker.setMin(earliest);
        }
        picker.setValue(now);
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    /** Calls the service; on success says what happened and shows the new state (see {@link StepDialog#attempt}). */
    private boolean run(RequestView r, String doneKey, Supplier<RequestView> call,
                        Function<RequestView, Object[]> doneArguments) {
        return StepDialog.attempt(call, updated -> {
            UserMessages.success(doneKey, doneArguments.apply(updated));
            outcome.changed(updated);
        }, () -> outcome.reload(r.id()));
    }
}
