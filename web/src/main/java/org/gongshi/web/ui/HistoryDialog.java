package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.DivisionCode;

import java.util.List;

/** Who did what to a notice, oldest first, from the audit trail: for the division's staff and the county. */
final class HistoryDialog extends Dialog {

    private HistoryDialog(NoticeView notice, List<NoticeService.AuditRecord> records) {
        setId("notice-history-dialog");
        setHeaderTitle(Texts.t("notice.history.header", notice.title()));
        setWidth("min(56rem, 95vw)");
        setResizable(true);

        Grid<NoticeService.AuditRecord> grid = new Grid<>();
        grid.setId("notice-history-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(r -> Texts.seconds(r.at())).setKey("at")
                .setHeader(Texts.t("notice.history.column.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NoticeService.AuditRecord::actor).setKey("actor")
                .setHeader(Texts.t("notice.history.column.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Texts.auditAction(r.action())).setKey("action")
                .setHeader(Texts.t("notice.history.column.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Texts.auditReason(r.action(), r.reason())).setKey("reason")
                .setHeader(Texts.t("notice.history.column.reason")).setFlexGrow(1);
        grid.setEmptyStateText(Texts.t("notice.history.empty"));
        grid.setItems(records);
        grid.setAllRowsVisible(records.size() <= 12);
        if (records.size() > 12) {
            grid.setHeight("60vh");
        }
        add(grid);

        Button close = new Button(Texts.t("notice.action.close"), e -> close());
        close.setId("notice-history-close");
        getFooter().add(close);
    }

    /** Reads the history of {@code notice} in its own division and opens it; a refusal shows as a message. */
    static void open(NoticeService notices, NoticeView notice) {
        List<NoticeService.AuditRecord> records;
        try {
            records = notices.history(DivisionCode.of(notice.divisionCode()), notice.id());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            return;
        }
        new HistoryDialog(notice, records).open();
    }
}
