package org.gongshi.web.ui.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.gongshi.request.Intake;
import org.gongshi.request.RequestView;
import org.gongshi.web.site.Html;
import org.gongshi.web.ui.DivisionNames;
import org.gongshi.web.ui.Texts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one time the access code is shown: the receipt number and the code, large, with the note to
 * hand both to the applicant, and a print-friendly receipt (受理回执) in a new tab. The server keeps
 * only a hash of the code, so once this dialog closes nobody can show it again; the dialog does not
 * close by a stray click or Esc.
 */
final class IntakeDialog extends Dialog {

    IntakeDialog(Intake intake) {
        setId("request-intake-dialog");
        setHeaderTitle(Texts.t("request.intake.title"));
        setWidth("min(36rem, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        RequestView r = intake.request();

        Paragraph hand = new Paragraph(Texts.t("request.intake.hand-over"));
        hand.getStyle().set("margin-top", "0");
        add(hand);
        add(big("request-intake-receipt", Texts.t("request.intake.receipt"), intake.receiptNumber()));
        add(big("request-intake-code", Texts.t("request.intake.code"), grouped(intake.accessCode())));
        Paragraph dates = new Paragraph(Texts.t("request.intake.dates", RequestTexts.date(r.receivedOn()),
                RequestTexts.due(r.due())));
        dates.setId("request-intake-dates");
        Paragraph once = new Paragraph(Texts.t("request.intake.once"));
        once.setId("request-intake-once");
        once.getStyle().set("font-weight", "600").set("color", "var(--vaadin-color-error, #b00)");
        add(dates, once);

        String page = receipt(intake);
        Anchor print = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "receipt-" + intake.receiptNumber() + ".html",
                    "text/html;charset=UTF-8", bytes.length);
        }), AttachmentType.INLINE, Texts.t("request.intake.print"));
        print.setId("request-intake-print");
        print.setTarget(AnchorTarget.BLANK);
        Button close = new Button(Texts.t("request.intake.close"), e -> close());
        close.setId("request-intake-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(print, close);
    }

    private static Div big(String id, String label, String value) {
        Span caption = new Span(label);
        caption.getStyle().set("display", "block").set("font-size", "0.875rem").set("margin-bottom", "0.25rem");
        Span text = new Span(value);
        text.setId(id);
        text.getStyle().set("display", "block").set("font-size", "2rem").set("font-weight", "700")
                .set("font-family", "ui-monospace, monospace").set("letter-spacing", "0.08em").set("line-height", "1.2")
                .set("user-select", "all");
        Div box = new Div(caption, text);
        box.getStyle().set("margin", "0.5rem 0");
        return box;
    }

    /** {@code ABCD-EFGH-JKMN}: read aloud in groups of four; dashes and spaces do not matter when typed. */
    static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    /** The receipt as a small printable page; every value escaped. */
    static String receipt(Intake intake) {
        RequestView r = intake.request();
        String title = Texts.t("request.receipt.title");
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + Html.text(title)
                + "</title><style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;line-height:1.6}"
                + "h1{font-size:1.5rem;text-align:center}.big{font-size:2rem;font-weight:700;font-family:monospace;"
                + "letter-spacing:.08em}dt{font-weight:600;margin-top:.75rem}dd{margin:0}"
                + "@media print{button{display:none}}</style></head><body>"
                + "<h1>" + Html.text(title) + "</h1>"
                + "<p>" + Html.text(DivisionNames.fullName(r.division())) + "</p><dl>"
                + "<dt>" + Html.text(Texts.t("request.intake.receipt")) + "</dt><dd class=\"big\">"
                + Html.text(intake.receiptNumber()) + "</dd>"
                + "<dt>" + Html.text(Texts.t("request.intake.code")) + "</dt><dd class=\"big\">"
                + Html.text(grouped(intake.accessCode())) + "</dd>"
                + "<dt>" + Html.text(Texts.t("request.field.received-on")) + "</dt><dd>"
                + Html.text(RequestTexts.date(r.receivedOn())) + "（" + Html.text(Texts.label("request.channel.", r.channel()))
                + "）</dd>"
                + "<dt>" + Html.text(Texts.t("request.fact.due")) + "</dt><dd>" + Html.text(RequestTexts.due(r.due())) + "</dd>"
                + "<dt>" + Html.text(Texts.t("request.fact.description")) + "</dt><dd>" + Html.text(r.description()) + "</dd>"
                + "</dl><p>" + Html.text(Texts.t("request.receipt.note")) + "</p>"
                + "<button onclick=\"window.print()\">" + Html.text(Texts.t("request.receipt.print")) + "</button>"
                + "</body></html>";
    }
}
