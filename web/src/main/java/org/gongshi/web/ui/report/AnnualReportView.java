package org.gongshi.web.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeView;
import org.gongshi.report.AnnualFigures;
import org.gongshi.report.AnnualReportService;
import org.gongshi.report.AnnualTables;
import org.gongshi.report.ManualEntries;
import org.gongshi.report.ReportFile;
import org.gongshi.report.ReportPermissions;
import org.gongshi.report.ReportState;
import org.gongshi.report.ReportTexts;
import org.gongshi.report.ReportView;
import org.gongshi.request.RequestChallenge;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.Texts;
import org.gongshi.web.ui.UserMessages;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The annual report of the staff member's division (政府信息公开工作年度报告, 国办公开办函〔2021〕30号): a year
 * to choose, tables 二, 三 and 四 as grids with the cells of failing balance checks marked and each failing
 * check explained, the three text sections, the figures staff enter, and the steps the state allows —
 * save, finalise, reopen (with a reason), download as Word or PDF, hand to publication. A county
 * supervisor sees the live sum of the county's subtree (or the county's own report) and changes nothing.
 */
@Route(value = "annual-report", layout = MainLayout.class)
@Dependent
public class AnnualReportView extends VerticalLayout implements HasDynamicTitle {

    static final String FAILING = "report-cell-failing";

    private final AnnualReportService reports;
    private final StaffIdentity me;
    private final Clock clock;

    private final Select<Integer> year = new Select<>();
    private final Select<String> scope = new Select<>();
    private final Span state = new Span();
    private final Div checks = new Div();
    private final Grid<Line> tableTwo = new Grid<>();
    private final Grid<Line> tableThree = new Grid<>();
    private final Grid<Line> tableFour = new Grid<>();
    private final TextArea overview = area("report-overview", "report.section.one");
    private final TextArea problems = area("report-problems", "report.section.five");
    private final TextArea otherMatters = area("report-other", "report.section.six");
    private final IntegerField rulesIssued = count("report-entry-rules-issued", "report.entry.rules-issued");
    private final IntegerField rulesAbolished = count("report-entry-rules-abolished", "report.entry.rules-abolished");
    private final IntegerField rulesInForce = count("report-entry-rules-in-force", "report.entry.rules-in-force");
    private final IntegerField licensing = count("report-entry-licensing", "report.entry.licensing");
    private final IntegerField penalty = count("report-entry-penalty", "report.entry.penalty");
    private final IntegerField enforcement = count("report-entry-enforcement", "report.entry.enforcement");
    private final BigDecimalField fees = new BigDecimalField();
    private final Button save = new Button(Texts.t("report.action.save"));
    private final Button finalise = new Button(Texts.t("report.action.finalise"));
    private final Button reopen = new Button(Texts.t("report.action.reopen"));
    private final Button publish = new Button(Texts.t("report.action.publish"));
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final VerticalLayout editor = new VerticalLayout();

    private ReportView shown;

    /** One line of a grid: its label and the cell key of each column. */
    record Line(String label, Map<String, String> cellKeys) {
    }

    @Inject
    public AnnualReportView(AnnualReportService reports, Callers callers, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        this.me = UserMessages.signedIn(callers);
        setWidthFull();
        H2 heading = new H2(getTranslation("report.title"));
        heading.getStyle().set("margin", "0");
        add(heading);
        if (me == null) {
            return;
        }
        if (!ReportPermissions.readsReports(me)) {
            UserMessages.error("error.access.role-required");
            return;
        }
        add(new Paragraph(getTranslation("report.text")));

        int current = LocalDate.now(clock.withZone(Texts.ZONE)).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current; y >= Math.max(AnnualFigures.FIRST_YEAR, current - 5); y--) {
            years.add(y);
        }
        year.setId("report-year");
        year.setLabel(getTranslation("report.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> y + "年");
        year.setValue(years.size() > 1 ? years.get(1) : years.get(0));
        year.addValueChangeListener(e -> load());
        HorizontalLayout pickers = new HorizontalLayout(year);
        if (ReportPermissions.mayReadSubtree(me, me.division())) {
            scope.setId("report-scope");
            scope.setLabel(getTranslation("report.scope"));
            scope.setItems(ReportView.SUBTREE, ReportView.OWN);
            scope.setItemLabelGenerator(s -> getTranslation("report.scope." + s));
            scope.setValue(ReportView.SUBTREE);
            scope.addValueChangeListener(e -> load());
            pickers.add(scope);
        }
        state.setId("report-state");
        checks.setId("report-checks");

        tableTwo.setId("report-table-two");
        tableTwo.addColumn(Line::label).setKey("item").setHeader(getTranslation("report.column.item")).setAutoWidth(true);
        for (String[] c : new String[][] {{"issued", "report.column.issued"}, {"abolished", "report.column.abolished"},
                {"inForce", "report.column.in-force"}}) {
            numberColumn(tableTwo, c[0], getTranslation(c[1]));
        }
        tableThree.setId("report-table-three");
        tableThree.addColumn(Line::label).setKey("item").setHeader(getTranslation("report.column.item"))
                .setWidth("22rem").setFlexGrow(0);
        for (String c : AnnualTables.TableThree.COLUMNS) {
            numberColumn(tableThree, c, AnnualTables.TableThree.columnLabel(c));
        }
        tableFour.setId("report-table-four");
        tableFour.addColumn(Line::label).setKey("item").setHeader(getTranslation("report.column.kind")).setAutoWidth(true);
        for (String o : AnnualTables.TableFour.OUTCOMES) {
            numberColumn(tableFour, o, AnnualTables.TableFour.outcomeLabel(o));
        }
        for (Grid<Line> g : List.of(tableTwo, tableThree, tableFour)) {
            g.addThemeVariants(GridVariant.ROW_STRIPES);
            g.setAllRowsVisible(true);
        }

        fees.setId("report-entry-fees");
        fees.setLabel(getTranslation("report.entry.fees"));
        FlexLayout entries = new FlexLayout(rulesIssued, rulesAbolished, rulesInForce, licensing, penalty, enforcement, fees);
        entries.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        entries.getStyle().set("gap", "0.75rem");
        editor.setPadding(false);
        editor.add(new H3(getTranslation("report.entries.title")), entries);

        save.setId("report-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> attempt(() -> reports.save(me.division(), year.getValue(), shown.version(), texts(),
                entries()), "report.saved"));
        finalise.setId("report-finalise");
        finalise.addClickListener(e -> attempt(() -> reports.finalise(me.division(), year.getValue(), shown.version()),
                "report.finalised"));
        reopen.setId("report-reopen");
        reopen.addClickListener(e -> openReopenDialog());
        publish.setId("report-publish");
        publish.addClickListener(e -> publish());
        downloads.setId("report-downloads");
        HorizontalLayout actions = new HorizontalLayout(save, finalise, reopen, publish, downloads);
        actions.getStyle().set("flex-wrap", "wrap");

        add(pickers, state, new H3(getTranslation("report.checks.title")), checks,
                new H3(getTranslation("report.section.one")), overview,
                new H3(getTranslation("report.section.two")), tableTwo, editor,
                new H3(getTranslation("report.section.three")), tableThree,
                new H3(getTranslation("report.section.four")), tableFour,
                new H3(getTranslation("report.section.five")), problems,
                new H3(getTranslation("report.section.six")), otherMatters, actions);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("report.title"));
    }

    private boolean subtree() {
        return ReportView.SUBTREE.equals(scope.getValue());
    }

    private void load() {
        try {
            show(subtree() ? reports.subtree(me.division(), year.getValue()) : reports.report(me.division(), year.getValue()));
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    private void attempt(Supplier<ReportView> step, String successKey) {
        try {
            show(step.get());
            UserMessages.success(successKey);
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    private void publish() {
        try {
            NoticeView notice = reports.publish(me.division(), year.getValue(), shown.version());
            UserMessages.success("report.published", notice.title());
            load();
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    private void openReopenDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("report-reopen-dialog");
        dialog.setHeaderTitle(getTranslation("report.reopen.title"));
        TextArea reason = new TextArea(getTranslation("report.reopen.reason"));
        reason.setId("report-reopen-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(getTranslation("report.action.reopen"));
        confirm.setId("report-reopen-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setEnabled(false);
        reason.addValueChangeListener(e -> confirm.setEnabled(!reason.getValue().isBlank()));
        confirm.addClickListener(e -> {
            try {
                show(reports.reopen(me.division(), year.getValue(), shown.version(), reason.getValue().strip()));
                UserMessages.success("report.reopened");
                dialog.close();
            } catch (GongshiException refusal) {
                UserMessages.refusal(refusal);
            }
        });
        dialog.add(new Paragraph(getTranslation("report.reopen.text")), reason);
        dialog.getFooter().add(new Button(Texts.t("notice.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void show(ReportView report) {
        this.shown = report;
        boolean own = ReportView.OWN.equals(report.scope());
        boolean writable = own && ReportPermissions.mayWrite(me, me.division());
        boolean draft = report.state() == ReportState.DRAFT;
        String stateText = own ? getTranslation("report.state." + report.state().name()) : getTranslation("report.state.subtree");
        state.setText(getTranslation("report.state.line", stateText)
                + (report.finalisedAt() == null ? "" : "　" + getTranslation("report.finalised-by", report.finalisedBy(),
                Texts.minutes(report.finalisedAt())))
                + (own && !writable ? "　" + getTranslation("report.read-only") : ""));

        Map<String, String> failing = new HashMap<>();
        checks.removeAll();
        List<ReportView.CheckView> failed = report.checks().stream().filter(c -> !c.holds()).toList();
        if (failed.isEmpty()) {
            Span ok = new Span(getTranslation("report.checks.ok", report.checks().size()));
            ok.setId("report-checks-ok");
            checks.add(ok);
        } else {
            checks.add(new Span(getTranslation("report.checks.failing", failed.size())));
            UnorderedList list = new UnorderedList();
            list.setId("report-checks-failing");
            for (ReportView.CheckView c : failed) {
                ListItem item = new ListItem(c.explanation() + "（" + c.rule() + "）");
                item.getStyle().set("color", "var(--lumo-error-text-color, #b00020)");
                list.add(item);
                for (String cell : c.cells()) {
                    failing.merge(cell, c.explanation(), (a, b) -> a + "；" + b);
                }
            }
            checks.add(list);
        }
        this.failingCells = failing;

        tableTwo.setItems(List.of(
                new Line(getTranslation("report.row.rules"), Map.of("issued", "t2.rules.issued", "abolished",
                        "t2.rules.abolished", "inForce", "t2.rules.inForce")),
                new Line(getTranslation("report.row.normative"), Map.of("issued", "t2.normative.issued", "abolished",
                        "t2.normative.abolished", "inForce", "t2.normative.inForce")),
                new Line(getTranslation("report.row.licensing") + " · " + getTranslation("report.column.decisions"),
                        Map.of("issued", "t2.licensing.decisions")),
                new Line(getTranslation("report.row.penalty") + " · " + getTranslation("report.column.decisions"),
                        Map.of("issued", "t2.penalty.decisions")),
                new Line(getTranslation("report.row.enforcement") + " · " + getTranslation("report.column.decisions"),
                        Map.of("issued", "t2.enforcement.decisions")),
                new Line(getTranslation("report.row.fees") + " · " + getTranslation("report.column.fees"),
                        Map.of("issued", "t2.fees.amount"))));
        List<Line> three = new ArrayList<>();
        for (String row : AnnualTables.TableThree.ROWS) {
            Map<String, String> keys = new HashMap<>();
            for (String c : AnnualTables.TableThree.COLUMNS) {
                keys.put(c, AnnualTables.TableThree.key(row, c));
            }
            three.add(new Line(AnnualTables.TableThree.rowLabel(row), keys));
        }
        tableThree.setItems(three);
        List<Line> four = new ArrayList<>();
        for (RequestChallenge.Kind k : RequestChallenge.Kind.values()) {
            Map<String, String> keys = new HashMap<>();
            for (String o : AnnualTables.TableFour.OUTCOMES) {
                keys.put(o, AnnualTables.TableFour.key(k, o));
            }
            four.add(new Line(AnnualTables.TableFour.kindLabel(k), keys));
        }
        tableFour.setItems(four);

        ReportTexts t = report.texts();
        overview.setValue(t.overview() == null ? "" : t.overview());
        problems.setValue(t.problems() == null ? "" : t.problems());
        otherMatters.setValue(t.otherMatters() == null ? "" : t.otherMatters());
        ManualEntries m = report.entries();
        rulesIssued.setValue((int) m.rulesIssued());
        rulesAbolished.setValue((int) m.rulesAbolished());
        rulesInForce.setValue((int) m.rulesInForce());
        licensing.setValue((int) m.licensingDecisions());
        penalty.setValue((int) m.penaltyDecisions());
        enforcement.setValue((int) m.enforcementDecisions());
        fees.setValue(m.feesTenThousandYuan());
        boolean editable = writable && draft;
        for (var field : List.of(overview, problems, otherMatters)) {
            field.setReadOnly(!editable);
        }
        for (var field : List.of(rulesIssued, rulesAbolished, rulesInForce, licensing, penalty, enforcement)) {
            field.setReadOnly(!editable);
        }
        fees.setReadOnly(!editable);
        editor.setVisible(own);
        save.setVisible(editable);
        finalise.setVisible(editable);
        finalise.setEnabled(report.balanced());
        reopen.setVisible(writable && !draft);
        publish.setVisible(own && !draft && report.publishedNoticeId() == null
                && ReportPermissions.mayPublish(me, me.division()));
        downloads.removeAll();
        downloads.add(download("report-docx", "report.action.docx",
                () -> reports.docx(me.division(), year.getValue(), subtree())));
        downloads.add(download("report-pdf", "report.action.pdf",
                () -> reports.pdf(me.division(), year.getValue(), subtree())));
    }

    private Map<String, String> failingCells = Map.of();

    private void numberColumn(Grid<Line> grid, String key, String header) {
        grid.addComponentColumn(line -> cell(line.cellKeys().get(key))).setKey(key).setHeader(header)
                .setAutoWidth(true).setFlexGrow(0);
    }

    /** A number, marked red with the failing checks as its tooltip when a check that involves it fails. */
    private Component cell(String cellKey) {
        if (cellKey == null || shown == null) {
            return new Span();
        }
        Number value = shown.cells().get(cellKey);
        Span span = new Span(value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString());
        span.getElement().setAttribute("data-cell", cellKey);
        String why = failingCells.get(cellKey);
        if (why != null) {
            span.addClassName(FAILING);
            span.getElement().setAttribute("title", why);
            span.getStyle().set("color", "var(--lumo-error-text-color, #b00020)").set("font-weight", "bold")
                    .set("background", "var(--lumo-error-color-10pct, #fde2e1)").set("padding", "0 0.25rem");
        }
        return span;
    }

    private Anchor download(String id, String labelKey, Supplier<ReportFile> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportFile f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.mediaType(), f.bytes().length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation(labelKey));
        link.setId(id);
        link.setTarget(AnchorTarget.BLANK);
        return link;
    }

    private ReportTexts texts() {
        return new ReportTexts(overview.getValue(), problems.getValue(), otherMatters.getValue());
    }

    private ManualEntries entries() {
        Function<IntegerField, Long> n = f -> f.getValue() == null ? 0L : f.getValue().longValue();
        return new ManualEntries(n.apply(rulesIssued), n.apply(rulesAbolished), n.apply(rulesInForce), n.apply(licensing),
                n.apply(penalty), n.apply(enforcement), fees.getValue() == null ? BigDecimal.ZERO : fees.getValue());
    }

    private static TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(Texts.t(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setMinRows(3);
        area.setMaxLength(org.gongshi.report.AnnualReport.TEXT_MAX);
        return area;
    }

    private static IntegerField count(String id, String labelKey) {
        IntegerField field = new IntegerField(Texts.t(labelKey));
        field.setId(id);
        field.setMin(0);
        return field;
    }
}
