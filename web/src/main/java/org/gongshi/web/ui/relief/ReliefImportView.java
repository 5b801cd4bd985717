package org.gongshi.web.ui.relief;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.privacy.FieldType;
import org.gongshi.relief.ImportProgress;
import org.gongshi.relief.MappingSuggestion;
import org.gongshi.relief.ReliefListService;
import org.gongshi.relief.ReliefListType;
import org.gongshi.relief.ReliefListView;
import org.gongshi.relief.ReliefPreview;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.UserMessages;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clerk imports a relief list: chooses its kind, uploads the spreadsheet (size-capped), checks what
 * each column holds (suggested from the headings, or as at the last import of the kind), imports with
 * a progress bar, sees exactly what residents will see, and submits it for review.
 */
@Route(value = "relief-lists/import", layout = MainLayout.class)
@Dependent
public class ReliefImportView extends VerticalLayout implements HasDynamicTitle {

    /** The upload limit the browser is told; the service refuses a larger file as well. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int POLL_MILLIS = 500;

    private final ReliefListService relief;
    private final StaffIdentity me;
    private final Select<ReliefListType> type = new Select<>();
    private final Paragraph rules = new Paragraph();
    private final Upload upload = new Upload();
    private final Div mappingArea = new Div();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span progressText = new Span();
    private final Div previewArea = new Div();
    private final Button start = new Button();
    private final List<Select<FieldType>> columnTypes = new ArrayList<>();
    private byte[] file;
    private String fileName;
    private String jobId;
    private Registration polling;

    @Inject
    public ReliefImportView(ReliefListService relief, Callers callers) {
        this.relief = relief;
        this.me = UserMessages.signedIn(callers);
        setWidthFull();
        H2 heading = new H2(getTranslation("relief.import.title"));
        heading.getStyle().set("margin", "0");
        add(heading);

        type.setId("relief-type");
        type.setLabel(getTranslation("relief.import.type"));
        type.setItems(ReliefListType.values());
        type.setItemLabelGenerator(t -> getTranslation("relief.type." + t.name()));
        type.setWidth("24rem");
        type.addValueChangeListener(e -> {
            showRules();
            clearMapping();
        });
        rules.setId("relief-rules");

        upload.setId("relief-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                try (InputStream in = event.getInputStream()) {
                    String refusal = receive(event.getFileName(), in, event.getUI());
                    if (refusal != null) {
                        event.reject(refusal);
                    }
                }
            }

            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }
        });
        UploadI18N i18n = new UploadI18N();
        String label = getTranslation("relief.import.upload", MAX_BYTES / (1024 * 1024));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(label).setMany(label));
        upload.setI18n(i18n);

        mappingArea.setId("relief-mapping-area");
        mappingArea.setWidthFull();
        start.setId("relief-start");
        start.setText(getTranslation("relief.import.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(e -> startImport());
        start.setVisible(false);
        progress.setId("relief-progress");
        progress.setVisible(false);
        progressText.setId("relief-progress-text");
        previewArea.setId("relief-preview-area");
        previewArea.setWidthFull();

        boolean clerk = me != null && me.has(StaffRole.CLERK);
        type.setEnabled(clerk);
        upload.setVisible(clerk);
        add(type, rules, upload, mappingArea, start, progress, progressText, previewArea);
        type.setValue(ReliefListType.DIBAO_FIRST_REVIEW);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("relief.import.title"));
    }

    private void showRules() {
        ReliefListType t = type.getValue();
        rules.setText(t == null ? "" : getTranslation("relief.import.rules", t.noticePeriod().describe(), t.retentionDays()));
    }

    private void clearMapping() {
        file = null;
        fileName = null;
        columnTypes.clear();
        mappingArea.removeAll();
        start.setVisible(false);
    }

    /** One upload: the bytes (at most the limit) are kept for the import and the header is read for the mapping. */
    String receive(String name, InputStream content, UI ui) throws IOException {
        byte[] bytes = content.readNBytes(MAX_BYTES + 1);
        ReliefListType chosen = type.getValue();
        try {
            MappingSuggestion suggestion = relief.inspect(me.division(), chosen, name, bytes);
            ui.access(() -> {
                file = bytes;
                fileName = name;
                showMapping(suggestion);
            });
            return null;
        } catch (GongshiException refusal) {
            ui.access(() -> UserMessages.refusal(refusal));
            return ui.getTranslation(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    private void showMapping(MappingSuggestion suggestion) {
        mappingArea.removeAll();
        columnTypes.clear();
        H3 title = new H3(getTranslation("relief.import.mapping"));
        title.getStyle().set("font-size", "1rem");
        mappingArea.add(title);
        if (suggestion.fromSaved()) {
            Paragraph saved = new Paragraph(getTranslation("relief.import.mapping-saved"));
            saved.setId("relief-mapping-saved");
            mappingArea.add(saved);
        }
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < suggestion.headings().size(); i++) {
            Select<FieldType> select = new Select<>();
            select.setItems(FieldType.values());
            select.setItemLabelGenerator(f -> getTranslation("relief.field." + f.name()));
            select.setValue(suggestion.types().get(i));
            select.setId("relief-column-" + i);
            columnTypes.add(select);
            columns.add(i);
        }
        Grid<Integer> grid = new Grid<>();
        grid.setId("relief-mapping");
        grid.addColumn(i -> Integer.toString(i + 1)).setHeader(getTranslation("relief.import.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> suggestion.headings().get(i)).setHeader(getTranslation("relief.import.heading")).setAutoWidth(true);
        grid.addComponentColumn(columnTypes::get).setHeader(getTranslation("relief.import.field")).setAutoWidth(true);
        grid.addColumn(i -> suggestion.confirm().get(i) ? getTranslation("relief.import.mapping-check") : "").setAutoWidth(true);
        grid.setItems(columns);
        grid.setAllRowsVisible(true);
        mappingArea.add(grid);
        start.setVisible(true);
    }

    /** The kind chosen for one column (the grid renders these selects lazily in the browser). */
    Select<FieldType> columnType(int column) {
        return columnTypes.get(column);
    }

    /** The mapping as chosen: column index → field type. */
    Map<String, FieldType> mapping() {
        Map<String, FieldType> out = new LinkedHashMap<>();
        for (int i = 0; i < columnTypes.size(); i++) {
            out.put(Integer.toString(i), columnTypes.get(i).getValue() == null ? FieldType.OTHER : columnTypes.get(i).getValue());
        }
        return out;
    }

    private void startImport() {
        if (file == null) {
            UserMessages.error("error.relief.file-required");
            return;
        }
        try {
            ImportProgress job = relief.startImport(me.division(), type.getValue(), null, fileName, file, mapping());
            jobId = job.jobId();
            start.setEnabled(false);
            progress.setVisible(true);
            progress.setIndeterminate(job.percent() < 0);
            progress.setValue(Math.max(0, job.percent()));
            UI ui = UI.getCurrent();
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> checkProgress());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    void checkProgress() {
        if (jobId == null) {
            return;
        }
        ImportProgress p;
        try {
            p = relief.progress(me.division(), jobId);
        } catch (GongshiException refusal) {
            stopPolling();
            UserMessages.refusal(refusal);
            return;
        }
        progress.setIndeterminate(p.percent() < 0);
        progress.setValue(Math.max(0, Math.min(100, p.percent())));
        progressText.setText(getTranslation("relief.import.progress", p.rowsRead()));
        if (p.state() == ImportProgress.State.DONE) {
            stopPolling();
            showPreview(p.listId());
        } else if (p.state() == ImportProgress.State.FAILED) {
            stopPolling();
            start.setEnabled(true);
            UserMessages.error(p.errorKey(), p.errorArguments().toArray());
        }
    }

    private void stopPolling() {
        jobId = null;
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        UI.getCurrent().setPollInterval(-1);
    }

    private void showPreview(String listId) {
        previewArea.removeAll();
        try {
            ReliefListView list = relief.get(me.division(), listId);
            ReliefPreview preview = relief.preview(me.division(), listId);
            Paragraph done = new Paragraph(getTranslation("relief.import.done", list.rowCount()));
            done.setId("relief-done");
            H3 title = new H3(getTranslation("relief.import.preview") + "：" + preview.title());
            title.getStyle().set("font-size", "1rem");
            Button submit = new Button(getTranslation("relief.import.submit"));
            submit.setId("relief-submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.addClickListener(e -> {
                try {
                    relief.submit(me.division(), list.id(), list.version(), null);
                    submit.setEnabled(false);
                    UserMessages.success("relief.import.submitted");
                } catch (GongshiException refusal) {
                    UserMessages.refusal(refusal);
                }
            });
            previewArea.add(done, title, ReliefTable.of("relief-preview", preview.headings(), preview.rows()), submit);
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    /** The kinds offered, in their order (for tests). */
    static List<ReliefListType> kinds() {
        return Arrays.asList(ReliefListType.values());
    }
}
