package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.function.Predicate;

/**
 * Asks for the reason of a step that needs one (a withdrawal, a rejection): the confirm button
 * stays disabled until a reason is written. The step itself answers whether the dialog may close.
 */
final class ReasonDialog extends Dialog {

    static final int REASON_MAX = 1000;

    private final TextArea reason = new TextArea();
    private final Button confirm = new Button();

    /**
     * @param ids the ids of the dialog, the reason field and the confirm button
     * @param onConfirm gets the stripped reason; returns true when the step is done and the dialog may close
     */
    ReasonDialog(String[] ids, String header, String text, String reasonLabel, String confirmText,
                 boolean dangerous, Predicate<String> onConfirm) {
        setId(ids[0]);
        setHeaderTitle(header);
        setWidth("min(32rem, 95vw)");

        reason.setId(ids[1]);
        reason.setLabel(reasonLabel);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(REASON_MAX);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        reason.setMinRows(3);
        reason.addValueChangeListener(e -> confirm.setEnabled(!reason.getValue().isBlank()));
        add(new Paragraph(text), reason);

        confirm.setId(ids[2]);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (dangerous) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                return;
            }
            if (onConfirm.test(reason.getValue().strip())) {
                close();
            }
        });
        Button cancel = new Button(Texts.t("notice.action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
