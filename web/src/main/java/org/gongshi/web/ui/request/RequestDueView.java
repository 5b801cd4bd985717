package org.gongshi.web.ui.request;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.request.ReplyDeadline;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestState;
import org.gongshi.request.RequestView;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.DivisionNames;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.Texts;
import org.gongshi.web.ui.UserMessages;
import org.gongshi.web.ui.chart.BarChart;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is due: the open requests whose reply is due within the chosen number of working days, and
 * those already overdue, earliest first (Art. 33). Two small charts say it faster: the open requests
 * by state, and — for a county supervisor, who sees the whole county — the overdue requests by town
 * and village. Read-only for everyone; each receipt number opens the request in the inbox.
 */
@Route(value = "requests/due", layout = MainLayout.class)
@Dependent
public class RequestDueView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_WORKING_DAYS = 5;

    private final RequestService requests;
    private final StaffIdentity me;
    private final IntegerField within = new IntegerField();
    private final Grid<RequestView> grid = new Grid<>();
    private final BarChart byState = new BarChart(Texts.t("request.chart.by-state"), Texts.t("request.chart.none-open"));
    private final BarChart overdueByDivision = new BarChart(Texts.t("request.chart.overdue-by-division"),
            Texts.t("request.chart.none-overdue"));

    @Inject
    public RequestDueView(RequestService requests, Callers callers) {
        this.requests = requests;
        this.me = UserMessages.signedIn(callers);
        setWidthFull();
        H2 heading = new H2(getTranslation("request.due.title"));
        heading.getStyle().set("margin", "0");
        add(heading);
        if (me == null) {
            return;
        }
        Paragraph text = new Paragraph(getTranslation(county() ? "request.due.text.county" : "request.due.text"));
        within.setId("request-due-days");
        within.setLabel(getTranslation("request.due.within"));
        within.setMin(0);
        within.setMax(ReplyDeadline.REPLY_DAYS);
        within.setStepButtonsVisible(true);
        within.setValue(DEFAULT_WORKING_DAYS);
        within.addValueChangeListener(e -> refreshDue());

        grid.setId("request-due-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addComponentColumn(r -> {
            Anchor link = new Anchor(RequestInboxView.ROUTE_PATH + "?" + RequestInboxView.REQUEST_PARAMETER + "=" + r.id(),
                    r.receiptNumber());
            link.addClassName("request-due-link");
            return link;
        }).setKey("receipt").setHeader(getTranslation("request.column.receipt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RequestTexts.due(r.due())).setKey("due")
                .setHeader(getTranslation("request.column.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.overdue() ? getTranslation("request.mark.overdue") : getTranslation("request.mark.due-within"))
                .setKey("marks").setHeader(getTranslation("request.column.marks")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RequestTexts.state(r.state())).setKey("state")
                .setHeader(getTranslation("request.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RequestTexts.date(r.receivedOn())).setKey("received")
                .setHeader(getTranslation("request.column.received")).setAutoWidth(true).setFlexGrow(0);
        if (county()) {
            grid.addColumn(r -> DivisionNames.fullName(r.division())).setKey("division")
                    .setHeader(getTranslation("request.column.division")).setFlexGrow(2);
        }
        grid.setPartNameGenerator(r -> r.overdue() ? "request-overdue" : null);
        grid.setEmptyStateText(getTranslation("request.due.empty"));
        grid.setAllRowsVisible(true);

        byState.setId("request-chart-states");
        overdueByDivision.setId("request-chart-overdue");
        FlexLayout charts = new FlexLayout();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "1.5rem");
        charts.setWidthFull();
        charts.add(chartBox(getTranslation("request.chart.by-state"), byState));
        if (county()) {
            charts.add(chartBox(getTranslation("request.chart.overdue-by-division"), overdueByDivision));
        }
        add(text, within, grid, charts);
        refreshDue();
        refreshStates();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("request.due.title"));
    }

    private boolean county() {
        return me.has(StaffRole.COUNTY_SUPERVISOR);
    }

    private static VerticalLayout chartBox(String title, BarChart chart) {
        H3 heading = new H3(title);
        heading.getStyle().set("margin", "0").set("font-size", "1rem");
        VerticalLayout box = new VerticalLayout(heading, chart);
        box.setPadding(false);
        box.getStyle().set("flex", "1 1 24rem");
        return box;
    }

    private void refreshDue() {
        int days = within.getValue() == null ? DEFAULT_WORKING_DAYS
                : Math.max(0, Math.min(ReplyDeadline.REPLY_DAYS, within.getValue()));
        List<RequestView> due;
        try {
            due = requests.due(me.division(), days);
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            due = List.of();
        }
        grid.setItems(due);
        overdueByDivision.setBars(overdueByDivision(due));
    }

    private void refreshStates() {
        try {
            byState.setBars(openByState(requests.list(me.division(), null)));
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    /** Open requests by state, in the order of the states; states with none are left out. */
    static List<BarChart.Bar> openByState(List<RequestView> requests) {
        Map<RequestState, Long> counts = new LinkedHashMap<>();
        Arrays.stream(RequestState.values()).filter(s -> !s.closed()).forEach(s -> counts.put(s, 0L));
        requests.stream().filter(r -> !r.state().closed()).forEach(r -> counts.merge(r.state(), 1L, Long::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new BarChart.Bar(RequestTexts.state(e.getKey()), e.getValue())).toList();
    }

    /** Overdue requests by division (short name), most first. */
    static List<BarChart.Bar> overdueByDivision(List<RequestView> due) {
        Map<String, Long> counts = new TreeMap<>();
        due.stream().filter(RequestView::overdue).forEach(r -> counts.merge(r.division(), 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new BarChart.Bar(RequestTexts.divisionName(e.getKey()), e.getValue())).toList();
    }
}
