package org.gongshi.web.ui.relief;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.relief.ReliefListService;
import org.gongshi.relief.ReliefListState;
import org.gongshi.relief.ReliefListView;
import org.gongshi.relief.ReliefPreview;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.UserMessages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The division's relief lists with their state, notice period and the day their personal data is
 * deleted; opening one shows exactly what residents see (and, for a clerk, submits an imported list).
 * {@code relief-lists/<id>} opens a list directly; a list of another division is simply not found.
 */
@Route(value = "relief-lists", layout = MainLayout.class)
@Dependent
public class ReliefListsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ReliefListService relief;
    private final StaffIdentity me;
    private final Grid<ReliefListView> grid = new Grid<>();
    private final Div detail = new Div();

    @Inject
    public ReliefListsView(ReliefListService relief, Callers callers) {
        this.relief = relief;
        this.me = UserMessages.signedIn(callers);
        setWidthFull();
        H2 heading = new H2(getTranslation("relief.lists.title"));
        heading.getStyle().set("margin", "0");
        grid.setId("relief-lists");
        grid.addColumn(ReliefListView::title).setHeader(getTranslation("relief.import.title").replace("导入", "")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("relief.type." + l.type().name())).setHeader(getTranslation("relief.import.type")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("relief.state." + l.state().name())).setHeader(getTranslation("relief.lists.state")).setAutoWidth(true);
        grid.addColumn(ReliefListView::rowCount).setHeader(getTranslation("relief.lists.rows")).setAutoWidth(true);
        grid.addColumn(l -> l.type().longTerm() ? getTranslation("relief.lists.long-term")
                : l.noticeEndsOn() == null ? "" : l.noticeEndsOn().toString()).setHeader(getTranslation("relief.lists.notice-ends"));
        grid.addColumn(l -> l.deleteRowsOn().toString()).setHeader(getTranslation("relief.lists.delete-on"));
        grid.addColumn(l -> WHEN.format(l.createdAt())).setHeader(getTranslation("relief.lists.created"));
        grid.addComponentColumn(l -> {
            Button open = new Button(getTranslation("relief.lists.open"), e -> open(l.id()));
            open.setId("relief-open-" + l.id());
            return open;
        });
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
        detail.setId("relief-detail");
        detail.setWidthFull();
        add(heading, grid, detail);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("relief.lists.title"));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        if (id != null && !id.isBlank()) {
            open(id);
        }
    }

    private void refresh() {
        if (me == null) {
            return;
        }
        try {
            grid.setItems(relief.list(me.division()));
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    /** Shows a list as residents will see it; the service answers only lists of the caller's division. */
    void open(String id) {
        detail.removeAll();
        if (me == null) {
            return;
        }
        try {
            ReliefListView list = relief.get(me.division(), id);
            ReliefPreview preview = relief.preview(me.division(), id);
            H3 title = new H3(preview.title());
            title.setId("relief-detail-title");
            title.getStyle().set("font-size", "1rem");
            detail.add(title, ReliefTable.of("relief-preview", preview.headings(), preview.rows()));
            if (list.state() == ReliefListState.IMPORTED && me.has(StaffRole.CLERK) && me.division().value().equals(list.divisionCode())) {
                Button submit = new Button(getTranslation("relief.import.submit"));
                submit.setId("relief-submit");
                submit.addThemeVariants(ButtonVariant.PRIMARY);
                submit.addClickListener(e -> {
                    try {
                        relief.submit(me.division(), list.id(), list.version(), null);
                        UserMessages.success("relief.import.submitted");
                        submit.setEnabled(false);
                        refresh();
                    } catch (GongshiException refusal) {
                        UserMessages.refusal(refusal);
                    }
                });
                detail.add(submit);
            }
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }
}
