package org.gongshi.web.ui.request;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.GongshiException;
import org.gongshi.shared.InvalidInput;
import org.gongshi.web.ui.Texts;
import org.gongshi.web.ui.UserMessages;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A small dialog for one step: what the step does in a sentence, the fields it needs, and a confirm
 * button that stays disabled until the fields are complete. The step answers whether the dialog
 * may close (a refused input keeps it open with what was typed).
 */
final class StepDialog extends Dialog {

    private final Button confirm = new Button();
    private BooleanSupplier complete = () -> true;
    private BooleanSupplier step = () -> true;

    /**
     * @param id the ids: {@code id-dialog}, {@code id-confirm}, {@code id-cancel}
     * @param text one or two sentences on what the step does and which article it follows; may be null
     */
    StepDialog(String id, String header, String text, String confirmText, boolean dangerous) {
        setId(id + "-dialog");
        setHeaderTitle(header);
        setWidth("min(36rem, 95vw)");
        if (text != null) {
            Paragraph intro = new Paragraph(text);
            intro.getStyle().set("margin-top", "0").set("white-space", "pre-line");
            add(intro);
        }
        confirm.setId(id + "-confirm");
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (dangerous) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        confirm.addClickListener(e -> {
            if (complete.getAsBoolean() && step.getAsBoolean()) {
                close();
            }
        });
        Button cancel = new Button(Texts.t("notice.action.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, confirm);
    }

    /** Adds fields; each change re-checks whether the step may be confirmed. */
    StepDialog fields(Component... fields) {
        for (Component field : fields) {
            add(field);
            if (field instanceof HasValue<?, ?> value) {
                if (field instanceof HasValueChangeMode mode) {
                    mode.setValueChangeMode(ValueChangeMode.EAGER);
                }
                value.addValueChangeListener(e -> update());
            }
        }
        return this;
    }

    /** Confirm is enabled only while {@code check} holds. */
    StepDialog completeWhen(BooleanSupplier check) {
        complete = check;
        update();
        return this;
    }

    /** What confirm does; true when the step is done and the dialog may close. */
    StepDialog onConfirm(BooleanSupplier action) {
        step = action;
        return this;
    }

    void update() {
        confirm.setEnabled(complete.getAsBoolean());
    }

    /**
     * Calls the service as every request dialog does: on success {@code done} gets the answer; a refused
     * input is said and keeps the dialog open (what was typed stays); a stale version or any other
     * refusal is said in plain Chinese and {@code afterRefusal} reads the data again.
     *
     * @return whether the dialog may close
     */
    static <T> boolean attempt(Supplier<T> call, Consumer<T> done, Runnable afterRefusal) {
        T answer;
        try {
            answer = call.get();
        } catch (ConcurrentEdit stale) {
            UserMessages.error("request.stale");
            afterRefusal.run();
            return true;
        } catch (InvalidInput wrong) {
            UserMessages.refusal(wrong);
            return false;
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            afterRefusal.run();
            return true;
        }
        done.accept(answer);
        return true;
    }
}
