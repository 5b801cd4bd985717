package org.gongshi.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.StaffIdentity;

import java.util.List;

/**
 * Withheld documents whose re-review date has come (Regulation Art. 18: what is not disclosed is
 * looked at again periodically). Staff of the division see their own; a county supervisor, the
 * whole county.
 */
@Route(value = "rereview", layout = MainLayout.class)
@Dependent
public class RereviewView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<NoticeView> grid = new Grid<>();

    @Inject
    public RereviewView(NoticeService notices, Callers callers) {
        setSizeFull();
        add(new H2(Texts.t("rereview.title")), new Paragraph(Texts.t("rereview.text")));
        grid.setId("rereview-grid");
        grid.addColumn(NoticeView::title).setHeader(Texts.t("notice.column.title")).setFlexGrow(3);
        grid.addColumn(n -> n.withholdingReason() == null ? "" : Texts.t("notice.withholding." + n.withholdingReason().name()))
                .setHeader(Texts.t("rereview.column.reason")).setFlexGrow(3);
        grid.addColumn(n -> n.rereviewOn() == null ? "" : n.rereviewOn().toString())
                .setHeader(Texts.t("rereview.column.date")).setFlexGrow(1);
        grid.addColumn(n -> DivisionDirectory.seed().fullName(org.gongshi.tenancy.DivisionCode.of(n.divisionCode())))
                .setHeader(Texts.t("notice.column.division")).setFlexGrow(2);
        grid.setEmptyStateText(Texts.t("rereview.empty"));
        add(grid);
        try {
            StaffIdentity me = callers.current();
            List<NoticeView> due = notices.dueForRereview(me.division());
            grid.setItems(due);
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("rereview.title");
    }
}
