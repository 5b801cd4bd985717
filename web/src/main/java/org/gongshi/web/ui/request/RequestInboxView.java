package org.gongshi.web.ui.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.request.Intake;
import org.gongshi.request.RequestPermissions;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The division's disclosure requests (依申请公开): a list with a state filter and a quick text filter,
 * each row with its due date and a mark when it is overdue, due soon, or when the window to ask for
 * a correction is closing (Art. 30); the chosen request in full on the right with only the steps its
 * state allows. Handlers register requests received on paper, in person, by post, by fax or at the
 * kiosk. A county supervisor sees the county's subtree, with the division of each request, and
 * changes nothing. Every call addresses the caller's own division.
 */
@Route(value = "requests", layout = MainLayout.class)
@Dependent
public class RequestInboxView extends FlexLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Requests due within this many working days are marked "due soon". */
    static final int DUE_SOON_WORKING_DAYS = 3;
    /** The route, for links from the other request screens and the side navigation. */
    public static final String ROUTE_PATH = "requests";
    /** The query parameter that opens one request: {@code requests?request=<id>}. */
    public static final String REQUEST_PARAMETER = "request";

    private final RequestService requests;
    private final Clock clock;
    /** The signed-in user; {@code null} when the server refused to say who it is. */
    private final StaffIdentity me;

    private final Select<RequestState> stateFilter = new Select<>();
    private final TextField search = new TextField();
    private final Grid<RequestView> grid = new Grid<>();
    private final Button register = new Button();
    private final RequestDetail detail;

    private List<RequestView> loaded = List.of();
    private Set<String> dueSoon = Set.of();
    /** The request on the right; {@code null} when none is chosen. */
    private RequestView chosen;

    @Inject
    public RequestInboxView(RequestService requests, Callers callers) {
        this(requests, callers, Clock.systemUTC());
    }

    RequestInboxView(RequestService requests, Callers callers, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        this.me = UserMessages.signedIn(callers);

        setFlexWrap(FlexWrap.WRAP);
        setWidthFull();
        getStyle().set("gap", "1.5rem").set("padding", "1rem").set("box-sizing", "border-box");

        VerticalLayout list = listSection();
        list.getStyle().set("flex", "3 1 30rem");
        add(list);
        if (me == null) {
            detail = null;
            return;
        }
        detail = new RequestDetail(requests, me, this::today, new RequestSteps.Outcome() {
            @Override
            public void changed(RequestView updated) {
                refresh();
                show(updated);
            }

            @Override
            public void reload(String requestId) {
                refresh();
                open(requestId);
            }
        });
        detail.getStyle().set("flex", "2 1 28rem");
        add(detail);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("request.inbox.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(REQUEST_PARAMETER, List.of());
        if (!wanted.isEmpty()) {
            open(wanted.getFirst());
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Texts.ZONE));
    }

    private boolean county() {
        return me != null && me.has(StaffRole.COUNTY_SUPERVISOR);
    }

    private VerticalLayout listSection() {
        H2 heading = new H2(getTranslation("request.inbox.title"));
        heading.getStyle().set("margin", "0");

        register.setId("request-register");
        register.setText(getTranslation("request.register.title"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.addClickListener(e -> RegisterRequestDialog.create(requests, me, today(), this::registered).open());
        register.setVisible(me != null && RequestPermissions.mayHandle(me, me.division()));

        stateFilter.setId("request-state-filter");
        stateFilter.setLabel(getTranslation("request.filter.state"));
        stateFilter.setItems(RequestState.values());
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("request.filter.all"));
        stateFilter.setItemLabelGenerator(s -> s == null ? getTranslation("request.filter.all") : RequestTexts.state(s));
        stateFilter.addValueChangeListener(e -> refresh());

        search.setId("request-search");
        search.setLabel(getTranslation("request.filter.search"));
        search.setPlaceholder(getTranslation("request.filter.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applySearch());

        grid.setId("request-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(RequestView::receiptNumber).setKey("receipt")
                .setHeader(getTranslation("request.column.receipt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RequestTexts.date(r.receivedOn())).setKey("received")
                .setHeader(getTranslation("request.column.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Texts.label("request.applicant-type.short.", r.applicantType())).setKey("applicant-type")
                .setHeader(getTranslation("request.column.applicant-type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RequestTexts.state(r.state())).setKey("state")
                .setHeader(getTranslation("request.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.state().closed() ? "" : RequestTexts.due(r.due())).setKey("due")
                .setHeader(getTranslation("request.column.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RequestTexts.marks(r, dueSoon.contains(r.id()))).setKey("marks")
                .setHeader(getTranslation("request.column.marks")).setFlexGrow(1);
        if (county()) {
            grid.addColumn(r -> DivisionNames.fullName(r.division())).setKey("division")
                    .setHeader(getTranslation("request.column.division")).setFlexGrow(2);
        }
        grid.setPartNameGenerator(r -> r.overdue() ? "request-overdue" : null);
        grid.setEmptyStateText(getTranslation("request.list.empty"));
        grid.setMinHeight("24rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(e.getValue());
            }
        });

        HorizontalLayout filters = new HorizontalLayout(stateFilter, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout top = new HorizontalLayout(heading, register);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        VerticalLayout section = new VerticalLayout(top);
        section.setPadding(false);
        if (me == null) {
            section.add(new Paragraph(getTranslation("error.access.not-signed-in")));
            return section;
        }
        if (county()) {
            Paragraph oversight = new Paragraph(getTranslation("request.inbox.county"));
            oversight.setId("request-county-note");
            section.add(oversight);
        }
        section.add(filters, grid);
        section.setFlexGrow(1, grid);
        return section;
    }

    /** Reads the list again, and the requests due soon; the search text filters what was read. */
    private void refresh() {
        try {
            loaded = requests.list(me.division(), stateFilter.getValue());
            dueSoon = requests.due(me.division(), DUE_SOON_WORKING_DAYS).stream()
                    .filter(r -> !r.overdue()).map(RequestView::id).collect(Collectors.toSet());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            loaded = List.of();
            dueSoon = Set.of();
        }
        applySearch();
    }

    private void applySearch() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<RequestView> shown = text.isEmpty() ? loaded : loaded.stream().filter(r -> matches(r, text)).toList();
        grid.setItems(shown);
        selectChosen();
    }

    /** The receipt number, the applicant's name or contact, or the description contains the text. */
    static boolean matches(RequestView r, String lowerCaseText) {
        return contains(r.receiptNumber(), lowerCaseText) || contains(r.applicantName(), lowerCaseText)
                || contains(r.applicantContact(), lowerCaseText) || contains(r.description(), lowerCaseText);
    }

    private static boolean contains(String value, String lowerCaseText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    private void selectChosen() {
        RequestView inList = chosen == null ? null
                : grid.getListDataView().getItems().filter(r -> r.id().equals(chosen.id())).findFirst().orElse(null);
        if (inList == null) {
            grid.deselectAll();
        } else {
            grid.select(inList);
        }
    }

    private void show(RequestView r) {
        chosen = r;
        detail.show(r);
        selectChosen();
    }

    /** Shows one request, read again from the service (a link from the due list, or after a refusal). */
    void open(String requestId) {
        if (me == null) {
            return;
        }
        try {
            show(requests.get(me.division(), requestId));
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            show(null);
        }
    }

    private void registered(Intake intake) {
        new IntakeDialog(intake).open();
        refresh();
        show(intake.request());
    }
}
