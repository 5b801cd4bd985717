package org.gongshi.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.calendar.HolidayFiles;
import org.gongshi.calendar.HolidayYear;
import org.gongshi.calendar.HolidayYearLoad;
import org.gongshi.calendar.HolidayYearService;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The official holiday schedule's years, for tenant administrators and the county supervisor: which
 * years are known (bundled or loaded, by whom, when) and an upload of a new year's schedule
 * (chinese-days JSON or iCalendar). Everyone else is told it is an administrator's task.
 */
@Route(value = "holiday-years", layout = MainLayout.class)
@Dependent
public class HolidayYearsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final HolidayYearService years;
    final Grid<HolidayYear> grid = new Grid<>();
    final Upload upload = new Upload();

    @Inject
    public HolidayYearsView(HolidayYearService years, Callers callers) {
        this.years = years;
        StaffIdentity me = UserMessages.signedIn(callers);
        H2 heading = new H2(getTranslation("holiday-years.title"));
        heading.getStyle().set("margin", "0");
        add(heading);
        if (!mayLoad(me)) {
            Paragraph refused = new Paragraph(getTranslation("holiday-years.not-admin"));
            refused.setId("holiday-years-not-admin");
            add(refused);
            return;
        }
        Paragraph hint = new Paragraph(getTranslation("holiday-years.hint"));
        grid.setId("holiday-years-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(HolidayYear::year).setKey("year").setHeader(getTranslation("holiday-years.column.year")).setAutoWidth(true);
        grid.addColumn(y -> getTranslation("holiday-years.source." + y.source())).setKey("source")
                .setHeader(getTranslation("holiday-years.column.source")).setAutoWidth(true);
        grid.addColumn(HolidayYear::holidays).setKey("holidays").setHeader(getTranslation("holiday-years.column.holidays"));
        grid.addColumn(HolidayYear::makeUpWorkdays).setKey("workdays").setHeader(getTranslation("holiday-years.column.workdays"));
        grid.addColumn(y -> y.loadedBy() == null ? "" : y.loadedBy() + "，" + WHEN.format(y.loadedAt())).setKey("loaded")
                .setHeader(getTranslation("holiday-years.column.loaded")).setFlexGrow(2);

        upload.setId("holiday-years-upload");
        upload.setAcceptedFileTypes(".ics", "text/calendar", ".json", "application/json");
        upload.setMaxFileSize(HolidayFiles.MAX_BYTES);
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                try (InputStream in = event.getInputStream()) {
                    String refusal = receive(in.readNBytes(HolidayFiles.MAX_BYTES + 1), event.getUI());
                    if (refusal != null) {
                        event.reject(refusal);
                    }
                }
            }

            @Override
            public long getFileSizeMax() {
                return HolidayFiles.MAX_BYTES;
            }
        });
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("holiday-years.upload"))
                .setMany(getTranslation("holiday-years.upload")));
        upload.setI18n(i18n);
        add(hint, upload, grid);
        refresh();
    }

    static boolean mayLoad(StaffIdentity me) {
        return me != null && (me.has(StaffRole.TENANT_ADMIN) || me.has(StaffRole.COUNTY_SUPERVISOR));
    }

    /** Loads one file; the refusal's text when the service refused it, else {@code null}. */
    String receive(byte[] content, UI ui) {
        try {
            HolidayYearLoad load = years.load(content, null);
            String loaded = load.years().stream().map(y -> String.valueOf(y.year())).collect(Collectors.joining("、"));
            ui.access(() -> {
                refresh();
                UserMessages.success("holiday-years.loaded", loaded);
            });
            return null;
        } catch (GongshiException refusal) {
            ui.access(() -> UserMessages.refusal(refusal));
            return ui.getTranslation(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    private void refresh() {
        try {
            List<HolidayYear> known = years.years();
            grid.setItems(known.reversed());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            grid.setItems(List.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("holiday-years.title"));
    }
}
