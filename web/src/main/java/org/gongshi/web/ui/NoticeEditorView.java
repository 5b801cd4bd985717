package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeText;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The clerk's notice board: the division's notices on the left, the notice being written on the
 * right. A clerk writes drafts, revises, publishes and deletes them; everyone else (a county
 * supervisor, a reviewer) only reads. Every change carries the version the form loaded, so a
 * concurrent edit is refused and the user's typed text stays in the form.
 */
@Route(value = "", layout = MainLayout.class)
@Dependent
public class NoticeEditorView extends FlexLayout implements HasDynamicTitle {

    /** Rows per call to the service; at most {@link org.gongshi.shared.Page#MAX_SIZE}. */
    static final int PAGE_SIZE = 50;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter UPDATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    /** The choices of the status filter. */
    enum StatusFilter {
        ALL(null), DRAFTS(NoticeStatus.DRAFT), PUBLISHED(NoticeStatus.PUBLISHED);

        private final NoticeStatus status;

        StatusFilter(NoticeStatus status) {
            this.status = status;
        }

        NoticeStatus status() {
            return status;
        }
    }

    private final NoticeService notices;
    /** The signed-in user; {@code null} when the server refused to say who it is. */
    private final StaffIdentity me;
    private final boolean canWrite;

    private final Select<StatusFilter> filter = new Select<>();
    private final Grid<NoticeView> grid = new Grid<>();
    private final H3 formHeading = new H3();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Button newNotice = new Button();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button discard = new Button();
    private final Binder<NoticeFields> binder = new Binder<>(NoticeFields.class);

    /** The notice in the form as last loaded or saved; {@code null} for a new, unsaved one. */
    private NoticeView current;

    @Inject
    public NoticeEditorView(NoticeService notices, Callers callers) {
        this.notices = notices;
        this.me = identify(callers);
        this.canWrite = me != null && me.has(StaffRole.CLERK);

        setFlexWrap(FlexWrap.WRAP);
        setWidthFull();
        getStyle().set("gap", "1.5rem").set("padding", "1rem").set("box-sizing", "border-box");

        VerticalLayout list = listSection();
        VerticalLayout form = formSection();
        list.getStyle().set("flex", "3 1 28rem");
        form.getStyle().set("flex", "2 1 22rem");
        add(list, form);

        configureBinder();
        showInForm(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("notice.editor.title"));
    }

    private static StaffIdentity identify(Callers callers) {
        try {
            return callers.current();
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            return null;
        }
    }

    // ---- the list ----

    private VerticalLayout listSection() {
        H2 heading = new H2(getTranslation("notice.editor.title"));
        heading.getStyle().set("margin", "0");

        filter.setId("notice-status-filter");
        filter.setLabel(getTranslation("notice.filter.label"));
        filter.setItems(StatusFilter.values());
        filter.setItemLabelGenerator(choice -> getTranslation("notice.filter." + choice.name()));
        filter.setValue(StatusFilter.ALL);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("notice-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(NoticeView::title).setKey("title")
                .setHeader(getTranslation("notice.column.title")).setFlexGrow(3);
        grid.addColumn(notice -> statusLabel(notice.status())).setKey("status")
                .setHeader(getTranslation("notice.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(notice -> formatTime(notice.updatedAt())).setKey("updated")
                .setHeader(getTranslation("notice.column.updated")).setAutoWidth(true).setFlexGrow(0);
        if (me != null && me.has(StaffRole.COUNTY_SUPERVISOR)) {
            grid.addColumn(notice -> DivisionNames.fullName(notice.divisionCode())).setKey("division")
                    .setHeader(getTranslation("notice.column.division")).setFlexGrow(2);
        }
        grid.setEmptyStateText(getTranslation("notice.list.empty"));
        grid.setPageSize(PAGE_SIZE);
        grid.setMinHeight("20rem");
        if (me == null) {
            grid.setItems(List.of());
        } else {
            grid.setItems(new CallbackDataProvider<>(this::fetch, this::count, NoticeView::id));
        }
        grid.asSingleSelect().addValueChangeListener(e -> {
            // Only the user's choice loads a row; the view's own selection changes do not.
            if (e.isFromClient()) {
                NoticeView chosen = e.getValue();
                leaveUnsavedChanges(() -> showInForm(chosen), () -> selectInGrid(current));
            }
        });

        VerticalLayout section = new VerticalLayout(heading, filter, grid);
        section.setPadding(false);
        section.setFlexGrow(1, grid);
        return section;
    }

    private NoticeStatus statusFilter() {
        StatusFilter choice = filter.getValue();
        return choice == null ? null : choice.status();
    }

    /** Reads whole service pages and cuts out the rows the grid asked for. */
    private Stream<NoticeView> fetch(Query<NoticeView, Void> query) {
        return refusedAs(Stream.empty(), () -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            List<NoticeView> rows = new ArrayList<>();
            int page = offset / PAGE_SIZE;
            int skip = offset % PAGE_SIZE;
            while (rows.size() < limit) {
                List<NoticeView> items = notices.list(me.division(), statusFilter(), page, PAGE_SIZE).items();
                items.stream().skip(skip).limit((long) limit - rows.size()).forEach(rows::add);
                if (items.size() < PAGE_SIZE) {
                    break;
                }
                page++;
                skip = 0;
            }
            return rows.stream();
        });
    }

    private int count(Query<NoticeView, Void> query) {
        return refusedAs(0, () -> (int) Math.min(Integer.MAX_VALUE,
                notices.list(me.division(), statusFilter(), 0, 1).total()));
    }

    private <T> T refusedAs(T fallback, Supplier<T> read) {
        try {
            return read.get();
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            return fallback;
        }
    }

    private void selectInGrid(NoticeView notice) {
        if (notice == null) {
            grid.deselectAll();
        } else {
            grid.select(notice);
        }
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
        selectInGrid(current);
    }

    private String statusLabel(NoticeStatus status) {
        return getTranslation("notice.status." + status.name());
    }

    static String formatTime(Instant instant) {
        return instant == null ? "" : UPDATED_AT.format(instant);
    }

    // ---- the form ----

    private VerticalLayout formSection() {
        formHeading.getStyle().set("margin", "0");

        title.setId("notice-title");
        title.setLabel(getTranslation("notice.field.title"));
        title.setMaxLength(Notice.TITLE_MAX);
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.addValueChangeListener(e -> showCount(title, Notice.TITLE_MAX));

        body.setId("notice-body");
        body.setLabel(getTranslation("notice.field.body"));
        body.setMaxLength(Notice.BODY_MAX);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setRequiredIndicatorVisible(true);
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.addValueChangeListener(e -> showCount(body, Notice.BODY_MAX));

        newNotice.setId("notice-new");
        newNotice.setText(getTranslation("notice.action.new"));
        newNotice.addClickListener(e -> leaveUnsavedChanges(() -> {
            showInForm(null);
            selectInGrid(null);
            title.focus();
        }, () -> { }));

        save.setId("notice-save");
        save.setText(getTranslation("notice.action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (saveChanges()) {
                UserMessages.success("notice.saved");
            }
        });

        publish.setId("notice-publish");
        publish.setText(getTranslation("notice.action.publish"));
        publish.addClickListener(e -> confirmPublish());

        discard.setId("notice-discard");
        discard.setText(getTranslation("notice.action.discard"));
        discard.addThemeVariants(ButtonVariant.ERROR);
        discard.addClickListener(e -> confirmDiscard());

        HorizontalLayout actions = new HorizontalLayout(save, publish, discard, newNotice);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setVisible(canWrite);

        VerticalLayout section = new VerticalLayout(formHeading, title, body, actions);
        section.setPadding(false);
        if (!canWrite) {
            Paragraph hint = new Paragraph(getTranslation("notice.read-only-hint"));
            hint.setId("notice-read-only-hint");
            section.addComponentAtIndex(1, hint);
        }
        return section;
    }

    private void configureBinder() {
        binder.forField(title)
                .withValidator(text("error.notice.title-required", "error.notice.title-too-long", Notice.TITLE_MAX))
                .bind(NoticeFields::getTitle, NoticeFields::setTitle);
        binder.forField(body)
                .withValidator(text("error.notice.body-required", "error.notice.body-too-long", Notice.BODY_MAX))
                .bind(NoticeFields::getBody, NoticeFields::setBody);
        // Typing a change and then undoing it leaves the form unchanged.
        binder.setChangeDetectionEnabled(true);
        binder.addValueChangeListener(e -> updateActions());
        binder.addStatusChangeListener(e -> updateActions());
    }

    /** The rules of the domain ({@link Notice}): not blank, and at most {@code max} characters once trimmed. */
    private Validator<String> text(String requiredKey, String tooLongKey, int max) {
        return (value, context) -> {
            if (value == null || value.isBlank()) {
                return ValidationResult.error(getTranslation(requiredKey));
            }
            if (value.strip().length() > max) {
                return ValidationResult.error(getTranslation(tooLongKey, max));
            }
            return ValidationResult.ok();
        };
    }

    private void showCount(TextField field, int max) {
        field.setHelperText(getTranslation("notice.field.counter", field.getValue().length(), max));
    }

    private void showCount(TextArea field, int max) {
        field.setHelperText(getTranslation("notice.field.counter", field.getValue().length(), max));
    }

    /** Loads a notice (or, for {@code null}, a blank new one) into the form. */
    private void showInForm(NoticeView notice) {
        current = notice;
        binder.readBean(notice == null ? new NoticeFields() : NoticeFields.of(notice));
        boolean editable = editable();
        title.setReadOnly(!editable);
        body.setReadOnly(!editable);
        formHeading.setText(getTranslation(headingKey()));
        showCount(title, Notice.TITLE_MAX);
        showCount(body, Notice.BODY_MAX);
        updateActions();
    }

    private String headingKey() {
        if (!canWrite) {
            return "notice.form.view";
        }
        if (current == null) {
            return "notice.form.new";
        }
        return current.status() == NoticeStatus.PUBLISHED ? "notice.form.published" : "notice.form.draft";
    }

    /** A clerk edits a new notice or a draft of their own division; published notices stay as they are. */
    private boolean editable() {
        return canWrite && (current == null
                || current.status() == NoticeStatus.DRAFT && me.division().value().equals(current.divisionCode()));
    }

    private void updateActions() {
        boolean editable = editable();
        boolean changed = binder.hasChanges();
        boolean valid = binder.isValid();
        save.setEnabled(editable && changed && valid);
        publish.setEnabled(editable && valid && (current != null || changed));
        discard.setEnabled(editable && current != null);
    }

    /** Runs {@code proceed} at once if nothing is unsaved, else after the user agrees to lose the changes. */
    private void leaveUnsavedChanges(Runnable proceed, Runnable stay) {
        if (!binder.hasChanges()) {
            proceed.run();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("notice.unsaved.header"),
                getTranslation("notice.unsaved.text"), getTranslation("notice.unsaved.discard"), e -> proceed.run(),
                getTranslation("notice.action.cancel"), e -> stay.run());
        dialog.setId("notice-unsaved-confirm");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    // ---- the actions ----

    /** Saves the form as a draft; on a refusal the typed text stays in the form and stays unsaved. */
    private boolean saveChanges() {
        if (!binder.validate().isOk()) {
            return false;
        }
        NoticeFields edited = new NoticeFields();
        binder.writeBeanAsDraft(edited);
        NoticeText text = edited.toText();
        try {
            NoticeView saved = current == null
                    ? notices.createDraft(me.division(), text)
                    : notices.revise(me.division(), current.id(), text, current.version());
            showInForm(saved);
            refreshGrid();
            return true;
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            return false;
        }
    }

    private void confirmPublish() {
        String text = getTranslation("notice.publish.confirm.text", title.getValue().strip());
        if (binder.hasChanges()) {
            text = text + " " + getTranslation("notice.publish.confirm.saves-first");
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("notice.publish.confirm.header"), text,
                getTranslation("notice.action.publish"), e -> publishNow(),
                getTranslation("notice.action.cancel"), e -> { });
        dialog.setId("notice-publish-confirm");
        dialog.open();
    }

    private void publishNow() {
        if (binder.hasChanges() && !saveChanges()) {
            return;
        }
        if (current == null) {
            return;
        }
        try {
            showInForm(notices.publish(me.division(), current.id(), current.version()));
            refreshGrid();
            UserMessages.success("notice.published");
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    private void confirmDiscard() {
        if (current == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("notice.discard.confirm.header"),
                getTranslation("notice.discard.confirm.text", current.title()),
                getTranslation("notice.action.discard"), e -> discardNow(),
                getTranslation("notice.action.cancel"), e -> { });
        dialog.setId("notice-discard-confirm");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void discardNow() {
        try {
            notices.discard(me.division(), current.id(), current.version());
            showInForm(null);
            refreshGrid();
            UserMessages.success("notice.discarded");
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }
}
