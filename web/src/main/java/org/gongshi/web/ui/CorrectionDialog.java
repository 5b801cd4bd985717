package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeView;
import org.gongshi.privacy.MaskingPolicy;
import org.gongshi.privacy.PersonalDataScanner;
import org.gongshi.privacy.Redaction;

import java.util.function.BiPredicate;

/**
 * Proposes a correction (更正) of a published notice: the new title and text, and the change note
 * that will be published with it. The correction is reviewed before it replaces the published text.
 * Personal numbers typed into it can be masked here in one click (一键脱敏), as the check before
 * publication would refuse them.
 */
final class CorrectionDialog extends Dialog {

    /** What the clerk proposes. */
    record Correction(String title, String body, String changeNote) {
    }

    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final TextArea changeNote = new TextArea();
    private final Button confirm = new Button();
    private final Button mask = new Button();

    /** @param onConfirm gets the correction and this dialog; returns true when it was proposed and the dialog may close */
    CorrectionDialog(NoticeView notice, BiPredicate<Correction, CorrectionDialog> onConfirm) {
        setId("notice-correct-dialog");
        setHeaderTitle(Texts.t("notice.correct.header"));
        setWidth("min(48rem, 95vw)");

        title.setId("notice-correct-title");
        title.setLabel(Texts.t("notice.field.title"));
        title.setMaxLength(Notice.TITLE_MAX);
        title.setWidthFull();
        title.setValue(notice.title());
        body.setId("notice-correct-body");
        body.setLabel(Texts.t("notice.field.body"));
        body.setMaxLength(Notice.BODY_MAX);
        body.setWidthFull();
        body.setMinRows(6);
        body.setValue(notice.body());
        changeNote.setId("notice-correct-note");
        changeNote.setLabel(Texts.t("notice.correct.note"));
        changeNote.setHelperText(Texts.t("notice.correct.note-help"));
        changeNote.setRequiredIndicatorVisible(true);
        changeNote.setMaxLength(ReasonDialog.REASON_MAX);
        changeNote.setWidthFull();
        for (var field : new com.vaadin.flow.component.HasValueAndElement<?, ?>[]{title, body, changeNote}) {
            if (field instanceof com.vaadin.flow.data.value.HasValueChangeMode m) {
                m.setValueChangeMode(ValueChangeMode.EAGER);
            }
            field.addValueChangeListener(e -> {
                updateConfirm(notice);
                updateMask();
            });
        }
        add(new Paragraph(Texts.t("notice.correct.text")), title, body, changeNote);

        confirm.setId("notice-correct-confirm");
        confirm.setText(Texts.t("notice.action.correct"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            if (onConfirm.test(new Correction(title.getValue(), body.getValue(), changeNote.getValue().strip()), this)) {
                close();
            }
        });
        mask.setId("notice-correct-mask");
        mask.setText(Texts.t("privacy.action.mask"));
        mask.addClickListener(e -> {
            MaskingPolicy policy = MaskingPolicy.defaults();
            title.setValue(Redaction.redact(title.getValue(), policy));
            body.setValue(Redaction.redact(body.getValue(), policy));
            changeNote.setValue(Redaction.redact(changeNote.getValue(), policy));
        });
        updateMask();
        getFooter().add(new Button(Texts.t("notice.action.cancel"), e -> close()), mask, confirm);
    }

    /** The mask button is there while the text holds a personal number. */
    private void updateMask() {
        mask.setVisible(PersonalDataScanner.containsPersonalData(title.getValue())
                || PersonalDataScanner.containsPersonalData(body.getValue())
                || PersonalDataScanner.containsPersonalData(changeNote.getValue()));
    }

    /** A correction changes something and says why. */
    private void updateConfirm(NoticeView notice) {
        boolean changed = !title.getValue().strip().equals(notice.title()) || !body.getValue().strip().equals(notice.body());
        confirm.setEnabled(changed && !title.getValue().isBlank() && !body.getValue().isBlank()
                && !changeNote.getValue().isBlank());
    }
}
