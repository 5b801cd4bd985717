package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributools.NotificationsKt.getText;

/** A mocked Vaadin session for the staff screens, in Chinese, with no CDI, plus sample data (public for the sub-packages' tests). */
public final class StaffUi {

    /** 浙江省 温州市 文成县. */
    public static final DivisionCode WENCHENG_COUNTY = DivisionCode.of("330328");
    /** 文成县 百丈漈镇 篁庄村委会. */
    public static final DivisionCode HUANGZHUANG_VILLAGE = DivisionCode.of("330328101200");
    /** 文成县 百丈漈镇 西里村委会. */
    public static final DivisionCode XILI_VILLAGE = DivisionCode.of("330328101202");
    public static final String HUANGZHUANG_FULL_NAME = "浙江省 温州市 文成县 百丈漈镇 篁庄村委会";

    public static final StaffIdentity CLERK =
            new StaffIdentity("wc-hz-clerk", "王 秀英", HUANGZHUANG_VILLAGE, Set.of(StaffRole.CLERK));
    public static final StaffIdentity COUNTY_SUPERVISOR =
            new StaffIdentity("wc-supervisor", "赵 卫东", WENCHENG_COUNTY, Set.of(StaffRole.COUNTY_SUPERVISOR));
    public static final StaffIdentity REVIEWER =
            new StaffIdentity("wc-hz-reviewer", "李 建国", HUANGZHUANG_VILLAGE, Set.of(StaffRole.REVIEWER));

    private static final String I18N_PROVIDER_PROPERTY = "vaadin.i18n.provider";

    private StaffUi() {
    }

    public static void setUp() {
        // What vaadin-cdi does in the server: use Translations instead of Vaadin's default provider.
        System.setProperty(I18N_PROVIDER_PROPERTY, Translations.class.getName());
        // The views take EJBs in their constructors; the tests build them by hand, never the router.
        KaribuConfig.setInitDefaultRoute(false);
        MockVaadin.setup(new Routes().autoDiscoverViews("org.gongshi.web.ui"));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    public static void tearDown() {
        try {
            MockVaadin.tearDown();
        } finally {
            KaribuConfig.setInitDefaultRoute(true);
            System.clearProperty(I18N_PROVIDER_PROPERTY);
        }
    }

    /** The browser asks the server, as it does every few seconds while polling is on. */
    public static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    public static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    public static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    public static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    public static DatePicker datePicker(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }

    public static TextArea textArea(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    public static ConfirmDialog confirmDialog(String id) {
        return _get(ConfirmDialog.class, spec -> spec.withId(id));
    }

    public static List<String> notificationTexts() {
        return getNotifications().stream().map(notification -> getText(notification)).toList();
    }

    public static NoticeView draft(String id, DivisionCode division, long version, String title, String body) {
        return NoticeBuilder.notice(id, division).version(version).text(title, body).build();
    }

    public static NoticeView published(String id, DivisionCode division, long version, String title, String body) {
        return NoticeBuilder.notice(id, division).version(version).text(title, body)
                .published(Instant.parse("2025-03-02T08:05:00Z")).build();
    }

    public static Page<NoticeView> page(NoticeView... items) {
        return new Page<>(List.of(items), 0, NoticeEditorView.PAGE_SIZE, items.length);
    }
}
