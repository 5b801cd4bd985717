package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import org.gongshi.notice.NoticeView;
import org.gongshi.web.site.NoticeArticle;

import java.time.Clock;
import java.util.Locale;

/**
 * The notice exactly as residents will see it: the public board's own page, rendered by
 * {@link NoticeArticle} (which escapes every value) into a sandboxed frame that runs no script.
 */
final class PreviewDialog extends Dialog {

    PreviewDialog(NoticeView notice, Clock clock, Locale locale) {
        setId("notice-preview-dialog");
        setHeaderTitle(Texts.t("notice.preview.header"));
        setWidth("min(64rem, 95vw)");
        setResizable(true);
        IFrame frame = frame(notice, clock, locale);
        frame.setId("notice-preview-frame");
        frame.setHeight("70vh");
        add(frame);
        Button close = new Button(Texts.t("notice.action.close"), e -> close());
        close.setId("notice-preview-close");
        getFooter().add(close);
    }

    /** A frame showing the public page of {@code notice}; no scripts, no same origin, no forms, no navigation. */
    static IFrame frame(NoticeView notice, Clock clock, Locale locale) {
        IFrame frame = new IFrame();
        frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        frame.setAriaLabel(Texts.t("notice.preview.frame-label"));
        frame.setWidthFull();
        frame.getStyle().set("border", "1px solid var(--vaadin-border-color, #ccc)").set("border-radius", "4px")
                .set("box-sizing", "border-box").set("background", "white");
        show(frame, notice, clock, locale);
        return frame;
    }

    static void show(IFrame frame, NoticeView notice, Clock clock, Locale locale) {
        frame.setSrcdoc(NoticeArticle.previewPage(NoticeArticle.Data.preview(notice, clock), locale));
    }
}
