package org.gongshi.web.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.request.RequestPermissions;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The frame of every staff screen: the product name, the signed-in user's division (full name,
 * province first) and name, a sign-out link, and the side navigation (the review queue only for reviewers,
 * the disclosure requests for those who handle them and for the county supervisor).
 */
@Dependent
public class MainLayout extends AppLayout {

    /** The sign-out address; a servlet, not a Vaadin route, so the router must leave it alone. */
    static final String LOGOUT_PATH = "/logout";

    private static final Logger LOG = Logger.getLogger(MainLayout.class.getName());

    @Inject
    public MainLayout(Callers callers) {
        Span product = new Span(getTranslation("app.title"));
        product.setId("app-title");
        product.getStyle().set("font-weight", "600").set("font-size", "1.125rem").set("white-space", "nowrap");

        Span division = new Span();
        division.setId("division-name");
        Span user = new Span();
        user.setId("user-name");
        user.getStyle().set("font-weight", "600");
        StaffIdentity me = signedIn(callers);
        if (me != null) {
            division.setText(DivisionNames.fullName(me.division().value()));
            user.setText(me.displayName());
        }

        Anchor logout = new Anchor(LOGOUT_PATH, getTranslation("app.logout"));
        logout.setId("logout");
        logout.setRouterIgnore(true);

        HorizontalLayout who = new HorizontalLayout(division, user, logout);
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        who.getStyle().set("flex-wrap", "wrap").set("margin-inline-start", "auto").set("column-gap", "1rem");

        HorizontalLayout header = new HorizontalLayout(product, who);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-inline-end", "1rem");
        addToNavbar(new DrawerToggle(), header);

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        SideNavItem noticesItem = new SideNavItem(getTranslation("nav.notices"), NoticeEditorView.class,
                VaadinIcon.NEWSPAPER.create());
        noticesItem.setId("nav-notices");
        nav.addItem(noticesItem);
        if (me != null && me.has(StaffRole.REVIEWER)) {
            SideNavItem review = new SideNavItem(getTranslation("nav.review"), ReviewQueueView.class,
                    VaadinIcon.CHECK_SQUARE_O.create());
            review.setId("nav-review");
            nav.addItem(review);
        }
        if (me != null) {
            SideNavItem rereview = new SideNavItem(getTranslation("nav.rereview"), RereviewView.class,
                    VaadinIcon.CALENDAR_CLOCK.create());
            rereview.setId("nav-rereview");
            nav.addItem(rereview);
        }
        if (showsRequests(me)) {
            // By path, not by class: the request screens live in ui.request, which depends on this layout.
            nav.addItem(item("nav-requests", "nav.requests", "requests", VaadinIcon.INBOX));
            nav.addItem(item("nav-requests-due", "nav.requests-due", "requests/due", VaadinIcon.ALARM));
            nav.addItem(item("nav-requests-proactive", "nav.requests-proactive", "requests/proactive",
                    VaadinIcon.EXCHANGE));
        }
        if (org.gongshi.report.ReportPermissions.readsReports(me)) {
            // By path: the report screen lives in ui.report, which depends on this layout.
            nav.addItem(item("nav-annual-report", "nav.annual-report", "annual-report", VaadinIcon.FILE_TABLE));
        }
        if (me != null && me.has(StaffRole.TENANT_ADMIN)) {
            SideNavItem sections = new SideNavItem(getTranslation("nav.sections"), BoardSectionsView.class,
                    VaadinIcon.LIST_OL.create());
            sections.setId("nav-sections");
            nav.addItem(sections);
        }
        if (me != null) {
            // The standard catalog (ui.catalog, by path like the request screens): everyone reads, admins adapt.
            nav.addItem(item("nav-standard-catalog", "nav.standard-catalog", "standard-catalog", VaadinIcon.BOOK));
        }
        if (me != null) {
            // County oversight (ui.oversight, by path): the county supervisor oversees its subtree, others see their own score.
            nav.addItem(item("nav-oversight", "nav.oversight", "oversight", VaadinIcon.DASHBOARD));
        }
        if (HolidayYearsView.mayLoad(me)) {
            SideNavItem holidays = new SideNavItem(getTranslation("nav.holiday-years"), HolidayYearsView.class,
                    VaadinIcon.CALENDAR.create());
            holidays.setId("nav-holiday-years");
            nav.addItem(holidays);
        }
        if (me != null) {
            // Relief lists (issue #5), by path: the screens live in ui.relief, which depends on this layout.
            if (me.has(StaffRole.CLERK)) {
                nav.addItem(item("nav-relief-import", "nav.relief-import", "relief-lists/import", VaadinIcon.UPLOAD));
            }
            nav.addItem(item("nav-relief-lists", "nav.relief-lists", "relief-lists", VaadinIcon.LIST));
            if (me.has(StaffRole.TENANT_ADMIN)) {
                nav.addItem(item("nav-relief-policies", "nav.relief-policies", "relief-lists/policies", VaadinIcon.EYE_SLASH));
            }
        }
        addToDrawer(nav);
    }

    /**
     * Disclosure requests are for those who handle them (request officer, clerk, disclosure head) and
     * for the county supervisor, who reads them; the screens offer each only what they may do.
     */
    static boolean showsRequests(StaffIdentity me) {
        return RequestPermissions.handlesRequests(me) || (me != null && me.has(StaffRole.COUNTY_SUPERVISOR));
    }

    private SideNavItem item(String id, String labelKey, String path, VaadinIcon icon) {
        SideNavItem item = new SideNavItem(getTranslation(labelKey), path, icon.create());
        item.setId(id);
        return item;
    }

    /** The header stays blank for someone the server does not recognise; the view says why. */
    private static StaffIdentity signedIn(Callers callers) {
        try {
            return callers.current();
        } catch (GongshiException e) {
            LOG.log(Level.FINE, "No staff identity for the header: {0}", e.messageKey());
            return null;
        }
    }
}
