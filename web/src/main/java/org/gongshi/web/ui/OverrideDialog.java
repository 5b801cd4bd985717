package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.gongshi.notice.OverrideBasis;
import org.gongshi.notice.OverrideReason;

import java.util.function.Predicate;

/**
 * Asks the clerk for the legal basis and the reason to publish personal data the check found
 * (Regulation Art. 15: punitive notices and disclosures the law requires), or to say that what was
 * found is not personal data. The reason is recorded with the notice and shown in its history.
 */
final class OverrideDialog extends Dialog {

    private final Select<OverrideBasis> basis = new Select<>();
    private final TextArea reason = new TextArea();
    private final Button confirm = new Button();

    /** @param onConfirm gets the reason; returns true when the step is done and the dialog may close */
    OverrideDialog(String confirmText, Predicate<OverrideReason> onConfirm) {
        setId("privacy-override-dialog");
        setHeaderTitle(Texts.t("privacy.override.header"));
        setWidth("min(36rem, 95vw)");

        basis.setId("privacy-override-basis");
        basis.setLabel(Texts.t("privacy.override.basis"));
        basis.setItems(OverrideBasis.values());
        basis.setItemLabelGenerator(b -> Texts.label("privacy.override.basis.", b));
        basis.setRequiredIndicatorVisible(true);
        basis.setWidthFull();
        basis.addValueChangeListener(e -> updateConfirm());

        reason.setId("privacy-override-reason");
        reason.setLabel(Texts.t("privacy.override.reason"));
        reason.setHelperText(Texts.t("privacy.override.reason-help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(OverrideReason.TEXT_MAX);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        reason.setMinRows(3);
        reason.addValueChangeListener(e -> updateConfirm());
        add(new Paragraph(Texts.t("privacy.override.text")), basis, reason);

        confirm.setId("privacy-override-confirm");
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            if (basis.isEmpty() || reason.getValue().isBlank()) {
                return;
            }
            if (onConfirm.test(new OverrideReason(basis.getValue(), reason.getValue()))) {
                close();
            }
        });
        getFooter().add(new Button(Texts.t("notice.action.cancel"), e -> close()), confirm);
    }

    private void updateConfirm() {
        confirm.setEnabled(!basis.isEmpty() && !reason.getValue().isBlank());
    }
}
