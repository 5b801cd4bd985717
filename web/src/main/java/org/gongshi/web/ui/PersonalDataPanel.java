package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gongshi.notice.PersonalDataReport;

/**
 * What the personal-data check found in the notice in the form: each number by place, line and kind,
 * shown only masked; attachments it could not read; the reason recorded, if any. A clerk masks the
 * notice's fields in one click (一键脱敏) or goes on with a recorded reason; an attachment is replaced.
 */
final class PersonalDataPanel extends VerticalLayout {

    private final Paragraph summary = new Paragraph();
    private final Grid<PersonalDataReport.Hit> findings = new Grid<>();
    private final VerticalLayout unchecked = new VerticalLayout();
    private final Paragraph attachmentHint = new Paragraph();
    private final Paragraph overridden = new Paragraph();
    private final Button mask = new Button();
    private final Button override = new Button();

    PersonalDataPanel(Runnable onMask, Runnable onOverride) {
        setId("privacy-panel");
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--vaadin-color-error, #c00)").set("border-radius", "0.5rem");
        H4 heading = new H4(Texts.t("privacy.panel.title"));
        heading.getStyle().set("margin", "0");

        summary.setId("privacy-summary");
        findings.setId("privacy-findings");
        findings.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        findings.addColumn(PersonalDataPanel::place).setKey("place").setHeader(Texts.t("privacy.panel.column.place")).setFlexGrow(2);
        findings.addColumn(PersonalDataReport.Hit::line).setKey("line").setHeader(Texts.t("privacy.panel.column.line"))
                .setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(h -> Texts.label("privacy.kind.", h.kind())).setKey("kind")
                .setHeader(Texts.t("privacy.panel.column.kind")).setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(PersonalDataReport.Hit::masked).setKey("masked").setHeader(Texts.t("privacy.panel.column.masked"))
                .setFlexGrow(2);
        findings.setAllRowsVisible(true);
        unchecked.setId("privacy-unchecked");
        unchecked.setPadding(false);
        unchecked.setSpacing(false);
        attachmentHint.setId("privacy-attachment-hint");
        attachmentHint.setText(Texts.t("privacy.panel.attachment-hint"));
        overridden.setId("privacy-override-info");

        mask.setId("notice-mask-personal-data");
        mask.setText(Texts.t("privacy.action.mask"));
        mask.addThemeVariants(ButtonVariant.PRIMARY);
        mask.addClickListener(e -> onMask.run());
        override.setId("notice-override-personal-data");
        override.addThemeVariants(ButtonVariant.ERROR);
        override.addClickListener(e -> onOverride.run());

        add(heading, summary, findings, unchecked, attachmentHint, overridden, new HorizontalLayout(mask, override));
        setVisible(false);
    }

    /**
     * Shows {@code report}, or hides the panel when there is none or nothing in it. {@code canMask}
     * and {@code overrideKey} (the label of the step that goes on with a reason; null for none) say
     * what the signed-in user may do now.
     */
    void show(PersonalDataReport report, boolean canMask, String overrideKey) {
        if (report == null || (!report.needsOverride() && report.unchecked().isEmpty())) {
            setVisible(false);
            return;
        }
        setVisible(true);
        long blockingFiles = report.unchecked().stream().filter(PersonalDataReport.Unchecked::blocks).count();
        summary.setText(report.needsOverride()
                ? Texts.t("privacy.panel.found", report.hits().size() + blockingFiles)
                : Texts.t("privacy.panel.clean"));
        findings.setItems(report.hits());
        findings.setVisible(!report.hits().isEmpty());
        unchecked.removeAll();
        report.unchecked().forEach(u -> unchecked.add(new Paragraph(Texts.t("privacy.unchecked." + u.why().name(), u.attachmentName()))));
        attachmentHint.setVisible(report.hits().stream().anyMatch(h -> !h.maskable()) || blockingFiles > 0);
        PersonalDataReport.RecordedOverride o = report.override();
        overridden.setVisible(o != null);
        overridden.setText(o == null ? "" : Texts.t("privacy.panel.overridden", o.by(), Texts.minutes(o.at()),
                Texts.label("privacy.override.basis.", o.basis()), o.reason()));
        mask.setVisible(canMask && report.maskable());
        override.setVisible(overrideKey != null && report.blocksPublication());
        if (overrideKey != null) {
            override.setText(Texts.t(overrideKey));
        }
    }

    private static String place(PersonalDataReport.Hit hit) {
        return hit.place() == PersonalDataReport.Place.ATTACHMENT
                ? Texts.t("privacy.place.ATTACHMENT", hit.attachmentName())
                : Texts.label("privacy.place.", hit.place());
    }
}
