package org.gongshi.web.ui.oversight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.oversight.Colour;
import org.gongshi.oversight.ComplianceItem;
import org.gongshi.oversight.ComplianceReport;
import org.gongshi.oversight.Deduction;
import org.gongshi.oversight.Factor;
import org.gongshi.oversight.IssueView;
import org.gongshi.oversight.OversightIssue;
import org.gongshi.oversight.OversightService;
import org.gongshi.oversight.TenantCompliance;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.Texts;
import org.gongshi.web.ui.UserMessages;
import org.gongshi.web.ui.chart.BarChart;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The county dashboard: every tenant the caller oversees (a county supervisor: the county with its
 * towns and villages; anyone else: their own division) with its score, colour and the deductions that
 * explain it, as a tree; choosing one lists its findings, each linked to the screen where it is
 * handled. Charts: the scores by colour, the average score of each town with its villages, and the
 * findings by kind. Below, the monthly bulletins and quarterly cards: issued by the county supervisor or
 * a clerk, downloaded as Word or PDF, and submitted as a notice by the division's clerk.
 */
@Route(value = CountyDashboardView.ROUTE_PATH, layout = MainLayout.class)
@Dependent
public class CountyDashboardView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE_PATH = "oversight";

    static final Map<Colour, String> COLOURS = Map.of(Colour.GREEN, "#2e7d32", Colour.YELLOW, "#f9a825", Colour.RED, "#c62828");

    private final OversightService oversight;
    private final StaffIdentity me;
    private final TreeGrid<TenantCompliance> tree = new TreeGrid<>();
    private final Grid<ComplianceItem> items = new Grid<>();
    private final Grid<IssueView> issues = new Grid<>();
    private final H3 itemsHeading = new H3();
    private final Paragraph summary = new Paragraph();
    private final BarChart byColour = new BarChart(Texts.t("oversight.chart.by-colour"), Texts.t("oversight.chart.none"));
    private final BarChart byTown = new BarChart(Texts.t("oversight.chart.by-town"), Texts.t("oversight.chart.none"));
    private final BarChart byFactor = new BarChart(Texts.t("oversight.chart.by-factor"), Texts.t("oversight.chart.no-findings"));
    private final TextField month = new TextField();
    private final TextField quarter = new TextField();
    private ComplianceReport report;

    @Inject
    public CountyDashboardView(OversightService oversight, Callers callers) {
        this.oversight = oversight;
        this.me = UserMessages.signedIn(callers);
        setWidthFull();
        H2 heading = new H2(getTranslation("oversight.title"));
        heading.getStyle().set("margin", "0");
        add(heading);
        if (me == null) {
            return;
        }
        summary.setId("oversight-summary");

        tree.setId("oversight-tree");
        tree.addThemeVariants(GridVariant.ROW_STRIPES);
        tree.addHierarchyColumn(TenantCompliance::name).setKey("name")
                .setHeader(getTranslation("oversight.column.division")).setFlexGrow(2).setAutoWidth(true);
        tree.addColumn(TenantCompliance::score).setKey("score")
                .setHeader(getTranslation("oversight.column.score")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(t -> colour(t.colour())).setKey("colour")
                .setHeader(getTranslation("oversight.column.colour")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(CountyDashboardView::reasons).setKey("reasons")
                .setHeader(getTranslation("oversight.column.reasons")).setFlexGrow(3);
        tree.setPartNameGenerator(t -> "oversight-" + t.colour().name().toLowerCase(java.util.Locale.ROOT));
        tree.asSingleSelect().addValueChangeListener(e -> showItems(e.getValue()));
        tree.setHeight("28rem");

        items.setId("oversight-items");
        items.addColumn(i -> Texts.label("oversight.factor.", i.factor())).setKey("factor")
                .setHeader(getTranslation("oversight.column.factor")).setAutoWidth(true).setFlexGrow(0);
        items.addComponentColumn(CountyDashboardView::link).setKey("item")
                .setHeader(getTranslation("oversight.column.item")).setFlexGrow(2);
        items.addColumn(i -> i.dueOn() == null ? "" : i.dueOn().toString()).setKey("due")
                .setHeader(getTranslation("oversight.column.due")).setAutoWidth(true).setFlexGrow(0);
        items.addColumn(ComplianceItem::detail).setKey("detail")
                .setHeader(getTranslation("oversight.column.detail")).setFlexGrow(2);
        items.setEmptyStateText(getTranslation("oversight.items.empty"));
        items.setAllRowsVisible(true);
        itemsHeading.setText(getTranslation("oversight.items.choose"));
        itemsHeading.getStyle().set("margin", "0").set("font-size", "1rem");

        byColour.setId("oversight-chart-colour");
        byTown.setId("oversight-chart-town");
        byFactor.setId("oversight-chart-factor");
        FlexLayout charts = new FlexLayout();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "1.5rem");
        charts.setWidthFull();
        charts.add(chartBox(getTranslation("oversight.chart.by-colour"), byColour),
                chartBox(getTranslation("oversight.chart.by-factor"), byFactor));
        if (county()) {
            charts.add(chartBox(getTranslation("oversight.chart.by-town"), byTown));
        }

        add(summary, charts, tree, itemsHeading, items, issuesPanel());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("oversight.title"));
    }

    private boolean county() {
        return me.has(StaffRole.COUNTY_SUPERVISOR);
    }

    private boolean issues() {
        return me.has(StaffRole.COUNTY_SUPERVISOR) || me.has(StaffRole.CLERK);
    }

    private void refresh() {
        try {
            report = oversight.compliance(me.division());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            return;
        }
        summary.setText(getTranslation(county() ? "oversight.summary.county" : "oversight.summary.own",
                report.asOf().toString(), report.tenants().size())
                + (report.catalogAssessed() ? "" : getTranslation("oversight.summary.catalog-not-assessed")));
        tree.setDataProvider(new TreeDataProvider<>(treeData(report)));
        if (!report.tenants().isEmpty()) {
            tree.expand(report.tenants().getFirst());
        }
        byColour.setBars(byColour(report));
        byTown.setBars(byTown(report));
        byFactor.setBars(byFactor(report));
        refreshIssues();
    }

    /** The tenants as a tree by their parent code; the report lists them root first, in tree order. */
    static TreeData<TenantCompliance> treeData(ComplianceReport report) {
        TreeData<TenantCompliance> data = new TreeData<>();
        Map<String, TenantCompliance> byCode = new HashMap<>();
        for (TenantCompliance t : report.tenants()) {
            TenantCompliance parent = t.parentCode() == null ? null : byCode.get(t.parentCode());
            data.addItem(parent, t);
            byCode.put(t.divisionCode(), t);
        }
        return data;
    }

    private void showItems(TenantCompliance tenant) {
        if (tenant == null || report == null) {
            itemsHeading.setText(getTranslation("oversight.items.choose"));
            items.setItems(List.of());
            return;
        }
        itemsHeading.setText(getTranslation("oversight.items.of", tenant.name(), tenant.score()));
        items.setItems(report.itemsOf(tenant.divisionCode()));
    }

    static String colour(Colour colour) {
        return Texts.label("oversight.colour.", colour);
    }

    /** Each deduction named with its count and points; the catalog said to be not assessed while unconnected. */
    static String reasons(TenantCompliance t) {
        List<String> parts = new ArrayList<>();
        for (Deduction d : t.deductions()) {
            if (!d.assessed()) {
                parts.add(Texts.t("oversight.reason.not-assessed", Texts.label("oversight.factor.", d.factor())));
            } else if (d.points() > 0) {
                parts.add(Texts.t("oversight.reason", Texts.label("oversight.factor.", d.factor()), d.count(), d.points()));
            }
        }
        return parts.isEmpty() ? Texts.t("oversight.reason.none") : String.join("；", parts);
    }

    /** The finding, linked to the screen where it is handled. */
    static Component link(ComplianceItem item) {
        String href = switch (item.factor()) {
            case REQUEST_OVERDUE -> "requests?request=" + item.reference();
            case REREVIEW_DUE -> "rereview";
            case ZOMBIE_SECTION -> "sections";
            case CATALOG_OVERDUE -> "standard-catalog";
        };
        Anchor anchor = new Anchor(href, item.title());
        anchor.addClassName("oversight-item-link");
        return anchor;
    }

    static List<BarChart.Bar> byColour(ComplianceReport report) {
        Map<Colour, Long> counts = report.tenants().stream()
                .collect(Collectors.groupingBy(TenantCompliance::colour, Collectors.counting()));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Colour c : Colour.values()) {
            bars.add(new BarChart.Bar(colour(c), counts.getOrDefault(c, 0L), COLOURS.get(c)));
        }
        return report.tenants().isEmpty() ? List.of() : bars;
    }

    /** The average score of each town with its villages, lowest first (where attention is needed). */
    static List<BarChart.Bar> byTown(ComplianceReport report) {
        Map<String, List<TenantCompliance>> byTown = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (TenantCompliance t : report.tenants()) {
            if (t.level() == DivisionLevel.TOWN) {
                byTown.computeIfAbsent(t.divisionCode(), k -> new ArrayList<>()).add(t);
                names.put(t.divisionCode(), t.name());
            } else if (t.level() == DivisionLevel.VILLAGE && t.parentCode() != null) {
                byTown.computeIfAbsent(t.parentCode(), k -> new ArrayList<>()).add(t);
            }
        }
        return byTown.entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                .map(e -> {
                    long average = Math.round(e.getValue().stream().mapToInt(TenantCompliance::score).average().orElse(0));
                    return new BarChart.Bar(names.get(e.getKey()), average,
                            COLOURS.get(org.gongshi.oversight.ComplianceRules.colour((int) average)));
                })
                .sorted(java.util.Comparator.comparingLong(BarChart.Bar::value).thenComparing(BarChart.Bar::label))
                .toList();
    }

    static List<BarChart.Bar> byFactor(ComplianceReport report) {
        Map<Factor, Long> counts = report.items().stream()
                .collect(Collectors.groupingBy(ComplianceItem::factor, Collectors.counting()));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Factor f : Factor.values()) {
            if (counts.containsKey(f)) {
                bars.add(new BarChart.Bar(Texts.label("oversight.factor.", f), counts.get(f)));
            }
        }
        return bars;
    }

    private static VerticalLayout chartBox(String title, BarChart chart) {
        H3 heading = new H3(title);
        heading.getStyle().set("margin", "0").set("font-size", "1rem");
        VerticalLayout box = new VerticalLayout(heading, chart);
        box.setPadding(false);
        box.getStyle().set("flex", "1 1 20rem");
        return box;
    }

    private Component issuesPanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        H3 heading = new H3(getTranslation("oversight.issues.title"));
        heading.getStyle().set("margin", "0").set("font-size", "1rem");
        panel.add(heading);
        if (issues()) {
            LocalDate today = LocalDate.now(Texts.ZONE);
            month.setId("oversight-month");
            month.setLabel(getTranslation("oversight.issue.month"));
            month.setValue(YearMonth.from(today).toString());
            month.setPlaceholder("2026-11");
            Button bulletin = new Button(getTranslation("oversight.issue.bulletin"), e -> issue(OversightIssue.Kind.BULLETIN));
            bulletin.setId("oversight-issue-bulletin");
            quarter.setId("oversight-quarter");
            quarter.setLabel(getTranslation("oversight.issue.quarter"));
            quarter.setValue(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
            quarter.setPlaceholder("2026-Q4");
            Button cards = new Button(getTranslation("oversight.issue.cards"), e -> issue(OversightIssue.Kind.CARDS));
            cards.setId("oversight-issue-cards");
            HorizontalLayout form = new HorizontalLayout(month, bulletin, quarter, cards);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.getStyle().set("flex-wrap", "wrap");
            panel.add(form);
        }
        issues.setId("oversight-issues");
        issues.addColumn(IssueView::title).setKey("title").setHeader(getTranslation("oversight.column.title")).setFlexGrow(3);
        issues.addColumn(i -> i.computedOn().toString()).setKey("computed")
                .setHeader(getTranslation("oversight.column.computed")).setAutoWidth(true).setFlexGrow(0);
        issues.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("oversight.column.actions")).setAutoWidth(true).setFlexGrow(0);
        issues.setEmptyStateText(getTranslation("oversight.issues.empty"));
        issues.setAllRowsVisible(true);
        panel.add(issues);
        return panel;
    }

    private void issue(OversightIssue.Kind kind) {
        try {
            IssueView view = kind == OversightIssue.Kind.BULLETIN
                    ? oversight.issueBulletin(me.division(), month.getValue())
                    : oversight.issueCards(me.division(), quarter.getValue());
            UserMessages.success("oversight.issued", view.title());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
        refreshIssues();
    }

    private void refreshIssues() {
        try {
            issues.setItems(oversight.issues(me.division()));
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    private Component actions(IssueView issue) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(true);
        for (String format : List.of("docx", "pdf")) {
            OversightService service = oversight;
            var division = me.division();
            String id = issue.id();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                IssueView.File file = service.file(division, id, format);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(),
                        file.bytes().length);
            }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation("oversight.download." + format));
            download.addClassName("oversight-download");
            row.add(download);
        }
        if (issue.noticeId() != null) {
            Anchor notice = new Anchor("?notice=" + issue.noticeId(), getTranslation("oversight.published"));
            notice.addClassName("oversight-notice");
            row.add(notice);
        } else if (me.has(StaffRole.CLERK) && me.division().value().equals(issue.divisionCode())) {
            Button publish = new Button(getTranslation("oversight.publish"), e -> publish(issue));
            publish.addClassName("oversight-publish");
            row.add(publish);
        } else {
            row.add(new Span(getTranslation("oversight.not-published")));
        }
        return row;
    }

    private void publish(IssueView issue) {
        try {
            oversight.publish(me.division(), issue.id(), issue.version());
            UserMessages.success("oversight.submitted", issue.title());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
        refreshIssues();
    }
}
