package org.gongshi.web.ui.request;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.Application;
import org.gongshi.request.DisclosureRequest;
import org.gongshi.request.Intake;
import org.gongshi.request.RequestChannel;
import org.gongshi.request.RequestService;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.web.ui.Pickers;
import org.gongshi.web.ui.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Registers a request that reached the division on paper, in person, by post, by fax or at the
 * kiosk (online requests register themselves). The date of receipt follows Art. 31, and the
 * dialog says for the chosen channel which day that is. On success the intake (receipt number and
 * access code) goes to {@code registered}; the code is never shown again.
 */
final class RegisterRequestDialog {

    /** The channels staff register; online requests arrive through the portal. */
    static final List<RequestChannel> CHANNELS = List.of(RequestChannel.IN_PERSON, RequestChannel.SIGNED_POST,
            RequestChannel.ORDINARY_POST, RequestChannel.FAX, RequestChannel.KIOSK);

    private RegisterRequestDialog() {
    }

    static StepDialog create(RequestService requests, StaffIdentity me, LocalDate today, Consumer<Intake> registered) {
        Select<RequestChannel> channel = new Select<>();
        channel.setId("request-register-channel");
        channel.setLabel(Texts.t("request.field.channel"));
        channel.setItems(CHANNELS);
        channel.setItemLabelGenerator(c -> Texts.label("request.channel.", c));
        channel.setRequiredIndicatorVisible(true);
        channel.setWidthFull();
        DatePicker receivedOn = Pickers.date("request-register-received-on", "request.field.received-on");
        receivedOn.setMax(today);
        receivedOn.setValue(today);
        receivedOn.setRequiredIndicatorVisible(true);
        receivedOn.setHelperText(Texts.t("request.field.received-on.help"));
        channel.addValueChangeListener(e -> receivedOn.setHelperText(e.getValue() == null
                ? Texts.t("request.field.received-on.help")
                : Texts.t("request.received-rule." + e.getValue().name())));
        Select<ApplicantType> type = new Select<>();
        type.setId("request-register-applicant-type");
        type.setLabel(Texts.t("request.field.applicant-type"));
        type.setItems(ApplicantType.values());
        type.setItemLabelGenerator(t -> Texts.label("request.applicant-type.", t));
        type.setHelperText(Texts.t("request.field.applicant-type.help"));
        type.setRequiredIndicatorVisible(true);
        type.setWidthFull();
        TextField name = text("request-register-name", "request.field.applicant-name", DisclosureRequest.NAME_MAX);
        TextField contact = text("request-register-contact", "request.field.applicant-contact", DisclosureRequest.CONTACT_MAX);
        contact.setHelperText(Texts.t("request.field.applicant-contact.help"));
        TextArea description = new TextArea();
        description.setId("request-register-description");
        description.setLabel(Texts.t("request.field.description"));
        description.setHelperText(Texts.t("request.field.description.help"));
        description.setMaxLength(DisclosureRequest.DESCRIPTION_MAX);
        description.setRequiredIndicatorVisible(true);
        description.setMinRows(3);
        description.setWidthFull();

        StepDialog dialog = new StepDialog("request-register", Texts.t("request.register.title"),
                Texts.t("request.register.text"), Texts.t("request.register.confirm"), false);
        dialog.setWidth("min(40rem, 95vw)");
        return dialog.fields(channel, receivedOn, type, name, contact, description)
                .completeWhen(() -> channel.getValue() != null && receivedOn.getValue() != null && !receivedOn.isInvalid()
                        && type.getValue() != null && !name.getValue().isBlank() && !contact.getValue().isBlank()
                        && !description.getValue().isBlank())
                .onConfirm(() -> StepDialog.attempt(() -> requests.register(me.division(), channel.getValue(),
                        receivedOn.getValue(), new Application(type.getValue(), name.getValue().strip(),
                                contact.getValue().strip(), description.getValue().strip())), registered, () -> { }));
    }

    private static TextField text(String id, String labelKey, int max) {
        TextField field = new TextField();
        field.setId(id);
        field.setLabel(Texts.t(labelKey));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }
}
