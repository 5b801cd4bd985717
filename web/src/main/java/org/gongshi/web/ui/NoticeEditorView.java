package org.gongshi.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.OverrideReason;
import org.gongshi.notice.PersonalDataFound;
import org.gongshi.notice.PersonalDataReport;
import org.gongshi.notice.ReviewDecision;
import org.gongshi.notice.ReviewPolicyService;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.GongshiException;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The clerk's notice board: the division's notices on the left, the notice being written on the
 * right. A clerk writes drafts, submits them to review, publishes an approved notice ahead of its
 * scheduled time, withdraws a published one and deletes drafts; a reviewer may withdraw; everyone
 * else (a county supervisor) only reads. Every change carries the version the form loaded, so a
 * concurrent edit is refused and the user's typed text stays in the form. A draft being typed is
 * saved by itself after {@link #AUTOSAVE_IDLE} without typing.
 */
@Route(value = "", layout = MainLayout.class)
@Dependent
public class NoticeEditorView extends FlexLayout implements HasDynamicTitle, BeforeLeaveObserver, BeforeEnterObserver {

    /** The query parameter that opens one notice: {@code /?notice=<id>} (e.g. a draft made from requests, Art. 44). */
    public static final String NOTICE_PARAMETER = "notice";
    /** Rows per call to the service; at most {@link Page#MAX_SIZE}. */
    static final int PAGE_SIZE = 50;
    /** How many full pages are read to find the division's normative documents. */
    static final int NORMATIVE_PAGES = 5;
    /** A draft is saved by itself once the user pauses this long... */
    static final Duration AUTOSAVE_IDLE = Duration.ofSeconds(3);
    /** ...and, however fast they type, no typing stays unsaved for longer than this (plus one poll). */
    static final Duration AUTOSAVE_MAX_UNSAVED = Duration.ofSeconds(8);
    /** How often the browser asks while an autosave is pending: a crash loses at most about 10 s of typing. */
    static final int AUTOSAVE_POLL_MILLIS = 2_000;

    /** Who sends a due notice back to draft when personal data blocks it ({@code notice.ScheduledPublication}). */
    static final String HELD_BACK_BY = "system:scheduler";

    /** The choices of the status filter. */
    enum StatusFilter {
        ALL(null), DRAFTS(NoticeStatus.DRAFT), IN_REVIEW(NoticeStatus.IN_REVIEW), APPROVED(NoticeStatus.APPROVED),
        PUBLISHED(NoticeStatus.PUBLISHED), WITHDRAWN(NoticeStatus.WITHDRAWN);

        private final NoticeStatus status;

        StatusFilter(NoticeStatus status) {
            this.status = status;
        }

        NoticeStatus status() {
            return status;
        }
    }

    private final NoticeService notices;
    private final ReviewPolicyService policies;
    private final Clock clock;
    /** The signed-in user; {@code null} when the server refused to say who it is. */
    private final StaffIdentity me;
    private final boolean canWrite;
    private final boolean canWithdraw;

    private final Select<StatusFilter> filter = new Select<>();
    private final Grid<NoticeView> grid = new Grid<>();
    private final H3 formHeading = new H3();
    private final Span reviewProgress = new Span();
    private final Paragraph rejection = new Paragraph();
    private final Paragraph withdrawal = new Paragraph();
    private final Span levelsHint = new Span();
    private final Span autosaveStatus = new Span();
    private final NoticeForm form;
    private final AttachmentsPanel attachments = new AttachmentsPanel();
    private final PersonalDataPanel privacy = new PersonalDataPanel(this::maskPersonalData, this::askOverride);
    private final Paragraph heldBack = new Paragraph();
    private final Button newNotice = new Button();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button publish = new Button();
    private final Button withdraw = new Button();
    private final Button correct = new Button();
    private final Button discard = new Button();
    private final Button preview = new Button();
    private final Button history = new Button();

    /** The notice in the form as last loaded or saved; {@code null} for a new, unsaved one. */
    private NoticeView current;
    /** The division's review levels, read once when first needed. */
    private Integer reviewLevels;
    /** When the user last changed the form; {@code null} when nothing was typed since loading. */
    private Instant lastEditAt;
    /** When the oldest typing not yet saved happened; null when everything is saved. */
    private Instant unsavedSince;
    /** Set when an autosave was refused (someone else saved first): no more autosaves for this notice. */
    private boolean autosaveStopped;
    private Registration pollRegistration;
    /** True while the user is asked whether to drop unsaved changes: no autosave may decide for them. */
    private boolean askingToLeave;

    @Inject
    public NoticeEditorView(NoticeService notices, ReviewPolicyService policies, Callers callers) {
        this(notices, policies, callers, Clock.systemUTC());
    }

    NoticeEditorView(NoticeService notices, ReviewPolicyService policies, Callers callers, Clock clock) {
        this.notices = notices;
        this.policies = policies;
        this.clock = clock;
        this.me = UserMessages.signedIn(callers);
        this.canWrite = me != null && me.has(StaffRole.CLERK);
        this.canWithdraw = me != null && (me.has(StaffRole.CLERK) || me.has(StaffRole.REVIEWER));
        this.form = new NoticeForm(this::normativeDocuments);

        setFlexWrap(FlexWrap.WRAP);
        setWidthFull();
        getStyle().set("gap", "1.5rem").set("padding", "1rem").set("box-sizing", "border-box");

        VerticalLayout list = listSection();
        VerticalLayout editor = formSection();
        list.getStyle().set("flex", "2 1 24rem");
        editor.getStyle().set("flex", "3 1 28rem");
        add(list, editor);

        form.onChange(this::updateActions);
        form.onUserEdit(this::userEdited);
        showInForm(null);
    }

    /** The division's board sections for the notice form; injected after construction, so the constructors stay as they are. */
    @Inject
    void useSections(org.gongshi.section.BoardSectionService sections) {
        form.useSections(division -> sections.sections(DivisionCode.of(division)));
    }

    /** The division's standard catalog for the notice form (every notice is filed under an item); injected like the sections. */
    @Inject
    void useCatalog(org.gongshi.catalog.StandardCatalogService catalog) {
        form.useCatalog(division -> catalog.catalog(DivisionCode.of(division)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("notice.editor.title"));
    }

    /** The location parameters that open the notice {@code noticeId} in the editor. */
    public static QueryParameters showing(String noticeId) {
        return QueryParameters.of(NOTICE_PARAMETER, noticeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(NOTICE_PARAMETER).ifPresent(this::open);
    }

    /** Shows the notice {@code noticeId} of the user's division in the form, as if chosen in the list. */
    void open(String noticeId) {
        if (me == null) {
            return;
        }
        NoticeView notice = refusedAs(null, () -> notices.get(me.division(), noticeId));
        if (notice != null) {
            showInForm(notice);
            selectInGrid(notice);
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
        grid.addColumn(notice -> Texts.status(notice.status())).setKey("status")
                .setHeader(getTranslation("notice.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(notice -> Texts.minutes(notice.updatedAt())).setKey("updated")
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

    /** The normative documents of {@code divisionCode} that a policy interpretation may name. */
    private List<NoticeView> normativeDocuments(String divisionCode) {
        if (me == null) {
            return List.of();
        }
        return refusedAs(List.of(), () -> {
            DivisionCode division = DivisionCode.of(divisionCode);
            List<NoticeView> found = new ArrayList<>();
            for (int page = 0; page < NORMATIVE_PAGES; page++) {
                List<NoticeView> items = notices.list(division, null, page, Page.MAX_SIZE).items();
                items.stream()
                        .filter(n -> n.genre() == Genre.NORMATIVE_DOCUMENT && divisionCode.equals(n.divisionCode())
                                && n.status() != NoticeStatus.WITHDRAWN)
                        .forEach(found::add);
                if (items.size() < Page.MAX_SIZE) {
                    break;
                }
            }
            return found;
        });
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

    // ---- the form ----

    private VerticalLayout formSection() {
        formHeading.getStyle().set("margin", "0");

        reviewProgress.setId("notice-review-progress");
        reviewProgress.getStyle().set("font-weight", "600");
        rejection.setId("notice-rejection");
        rejection.getStyle().set("color", "var(--vaadin-color-error, #c00)").set("margin", "0")
                .set("white-space", "pre-wrap");
        heldBack.setId("notice-held-back");
        heldBack.setText(getTranslation("privacy.held-back"));
        heldBack.getStyle().set("color", "var(--vaadin-color-error, #c00)").set("margin", "0");
        withdrawal.setId("notice-withdrawal");
        withdrawal.getStyle().set("margin", "0").set("white-space", "pre-wrap");
        levelsHint.setId("notice-levels-hint");
        levelsHint.getStyle().set("font-size", "0.875rem");
        autosaveStatus.setId("notice-autosave-status");
        autosaveStatus.getStyle().set("font-size", "0.875rem").set("color", "var(--vaadin-text-color-secondary, #555)");

        newNotice.setId("notice-new");
        newNotice.setText(getTranslation("notice.action.new"));
        newNotice.addClickListener(e -> leaveUnsavedChanges(() -> {
            showInForm(null);
            selectInGrid(null);
            form.focusTitle();
        }, () -> { }));

        save.setId("notice-save");
        save.setText(getTranslation("notice.action.save"));
        save.addClickListener(e -> {
            if (saveChanges()) {
                UserMessages.success("notice.saved");
            }
        });

        submit.setId("notice-submit");
        submit.setText(getTranslation("notice.action.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submitNow());

        publish.setId("notice-publish");
        publish.setText(getTranslation("notice.action.publish-now"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(e -> confirmPublish());

        withdraw.setId("notice-withdraw");
        withdraw.setText(getTranslation("notice.action.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        withdraw.addClickListener(e -> askWithdrawal());
        correct.setId("notice-correct");
        correct.setText(getTranslation("notice.action.correct"));
        correct.addClickListener(e -> askCorrection());

        discard.setId("notice-discard");
        discard.setText(getTranslation("notice.action.discard"));
        discard.addThemeVariants(ButtonVariant.ERROR);
        discard.addClickListener(e -> confirmDiscard());

        preview.setId("notice-preview");
        preview.setText(getTranslation("notice.action.preview"));
        preview.addClickListener(e -> openPreview());

        history.setId("notice-history");
        history.setText(getTranslation("notice.action.history"));
        history.addClickListener(e -> {
            if (current != null) {
                HistoryDialog.open(notices, current);
            }
        });

        HorizontalLayout actions = new HorizontalLayout(save, submit, publish, correct, withdraw, discard, preview, history,
                newNotice);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setVisible(me != null);

        VerticalLayout section = new VerticalLayout(formHeading, reviewProgress, heldBack, rejection, withdrawal, form,
                levelsHint, actions, autosaveStatus, privacy);
        section.add(attachments);
        section.setPadding(false);
        if (!canWrite) {
            Paragraph hint = new Paragraph(getTranslation("notice.read-only-hint"));
            hint.setId("notice-read-only-hint");
            section.addComponentAtIndex(1, hint);
        }
        return section;
    }

    /** Loads a notice (or, for {@code null}, a blank new one) into the form. */
    private void showInForm(NoticeView notice) {
        current = notice;
        lastEditAt = null;
        autosaveStopped = false;
        autosaveStatus.setText("");
        stopPolling();
        form.read(notice, me == null ? null : me.division().value());
        attachments.show(notice, me);
        form.setEditable(editable());
        formHeading.setText(getTranslation(headingKey()));
        showStatusNotes();
        updateActions();
        showPersonalData();
    }

    /**
     * What the personal-data check finds in the clerk's own draft or approved notice (Regulation
     * Art. 15), with one-click masking for a draft and a recorded reason as the way on.
     */
    private void showPersonalData() {
        boolean relevant = current != null && canWrite && ownDivision()
                && (current.status() == NoticeStatus.DRAFT || current.status() == NoticeStatus.APPROVED);
        PersonalDataReport report = relevant
                ? refusedAs(null, () -> notices.personalData(DivisionCode.of(current.divisionCode()), current.id()))
                : null;
        String overrideKey = !relevant ? null
                : current.status() == NoticeStatus.DRAFT ? "privacy.action.override-submit" : "privacy.action.override-publish";
        privacy.show(report, editable(), overrideKey);
    }

    private String headingKey() {
        if (!canWrite) {
            return "notice.form.view";
        }
        if (current == null) {
            return "notice.form.new";
        }
        return switch (current.status()) {
            case DRAFT -> "notice.form.draft";
            case IN_REVIEW -> "notice.form.in-review";
            case APPROVED -> "notice.form.approved";
            case PUBLISHED -> "notice.form.published";
            case WITHDRAWN -> "notice.form.withdrawn";
        };
    }

    /** Review progress, the last rejection of a returned draft, the reason of a withdrawal, the review levels ahead. */
    private void showStatusNotes() {
        String progress = Texts.reviewProgress(current);
        reviewProgress.setText(progress);
        reviewProgress.setVisible(!progress.isEmpty());

        String withdrawn = current != null && current.status() == NoticeStatus.WITHDRAWN
                && current.withdrawalReason() != null
                ? getTranslation("notice.withdrawal.reason", current.withdrawalReason()) : "";
        withdrawal.setText(withdrawn);
        withdrawal.setVisible(!withdrawn.isEmpty());

        // The scheduler sent it back: personal data was found when it was due (see the panel below).
        heldBack.setVisible(current != null && current.status() == NoticeStatus.DRAFT
                && HELD_BACK_BY.equals(current.updatedBy()));

        String rejected = current != null && current.status() == NoticeStatus.DRAFT ? lastRejection(current) : "";
        rejection.setText(rejected);
        rejection.setVisible(!rejected.isEmpty());

        int levels = editable() ? reviewLevels() : 0;
        levelsHint.setText(levels > 0 ? getTranslation("notice.review.levels-hint", levels) : "");
        levelsHint.setVisible(levels > 0);
    }

    /** Why the draft came back, if its last review decision was a rejection. */
    private String lastRejection(NoticeView draft) {
        List<NoticeService.ReviewRecord> reviews = refusedAs(List.of(),
                () -> notices.reviews(DivisionCode.of(draft.divisionCode()), draft.id()));
        if (reviews.isEmpty()) {
            return "";
        }
        NoticeService.ReviewRecord last = reviews.get(reviews.size() - 1);
        if (last.decision() != ReviewDecision.REJECTED) {
            return "";
        }
        return getTranslation("notice.review.rejected", last.level(), last.reviewer(), Texts.minutes(last.at()),
                last.reason() == null ? "" : last.reason());
    }

    private int reviewLevels() {
        if (reviewLevels == null) {
            try {
                reviewLevels = policies.levels(me.division());
            } catch (GongshiException refusal) {
                reviewLevels = 0;
            }
        }
        return reviewLevels;
    }

    private boolean ownDivision() {
        return me != null && (current == null || me.division().value().equals(current.divisionCode()));
    }

    /** A clerk edits a new notice or a draft of their own division; what is in review or beyond is read-only. */
    private boolean editable() {
        return canWrite && ownDivision() && (current == null || current.status() == NoticeStatus.DRAFT);
    }

    private void updateActions() {
        boolean editable = editable();
        boolean changed = form.hasChanges();
        boolean valid = form.isValid();
        NoticeStatus status = current == null ? null : current.status();
        boolean own = ownDivision();

        save.setVisible(canWrite);
        save.setEnabled(editable && changed && valid);
        submit.setVisible(canWrite);
        submit.setEnabled(editable && valid && (current != null || changed));
        publish.setVisible(canWrite && own && status == NoticeStatus.APPROVED
                && current.disclosure() == DisclosureAttribute.PROACTIVE);
        withdraw.setVisible(canWithdraw && own && status == NoticeStatus.PUBLISHED);
        correct.setVisible(canWrite && own && status == NoticeStatus.PUBLISHED && !current.hasPendingRevision());
        discard.setVisible(canWrite);
        discard.setEnabled(editable && current != null);
        newNotice.setVisible(canWrite);
        preview.setEnabled(current != null || changed);
        history.setEnabled(current != null);
    }

    /** Runs {@code proceed} at once if nothing is unsaved, else after the user agrees to lose the changes. */
    private void leaveUnsavedChanges(Runnable proceed, Runnable stay) {
        if (!form.hasChanges()) {
            proceed.run();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("notice.unsaved.header"),
                getTranslation("notice.unsaved.text"), getTranslation("notice.unsaved.discard"), e -> {
                    askingToLeave = false;
                    proceed.run();
                },
                getTranslation("notice.action.cancel"), e -> {
                    askingToLeave = false;
                    stay.run();
                });
        dialog.setId("notice-unsaved-confirm");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addOpenedChangeListener(e -> askingToLeave = e.isOpened());
        askingToLeave = true;
        dialog.open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editable() && form.hasChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            leaveUnsavedChanges(action::proceed, () -> { });
        }
    }

    // ---- the actions ----

    /** Saves the form as a draft; on a refusal the typed text stays in the form and stays unsaved. */
    private boolean saveChanges() {
        if (!form.validate()) {
            return false;
        }
        NoticeContent content = form.content();
        try {
            NoticeView saved = current == null
                    ? notices.createDraft(me.division(), content)
                    : notices.revise(me.division(), current.id(), content, current.version());
            showInForm(saved);
            refreshGrid();
            return true;
        } catch (GongshiException refusal) {
            if (refusal instanceof ConcurrentEdit) {
                stopAutosave();
            }
            UserMessages.refusal(refusal);
            return false;
        }
    }

    /** Sends the draft to review, saving what is unsaved first. */
    private void submitNow() {
        if ((current == null || form.hasChanges()) && !saveChanges()) {
            return;
        }
        try {
            submitted(notices.submit(me.division(), current.id(), current.version()));
        } catch (PersonalDataFound found) {
            UserMessages.refusal(found);
            showPersonalData();
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    private void submitted(NoticeView submitted) {
        showInForm(submitted);
        refreshGrid();
        UserMessages.success("notice.submitted",
                submitted.reviewLevels() == null ? reviewLevels() : submitted.reviewLevels());
    }

    /** 一键脱敏: masks every personal number in the draft's fields, saving what is unsaved first. */
    private void maskPersonalData() {
        if (current == null || !editable() || (form.hasChanges() && !saveChanges())) {
            return;
        }
        try {
            showInForm(notices.maskPersonalData(me.division(), current.id(), current.version()));
            refreshGrid();
            UserMessages.success("privacy.masked");
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    /**
     * Goes on with a recorded reason although personal data was found: submits the draft, or publishes
     * the approved notice. The reason is stored with the notice and shown in its history.
     */
    private void askOverride() {
        if (current == null || (editable() && form.hasChanges() && !saveChanges())) {
            return;
        }
        NoticeView notice = current;
        boolean draft = notice.status() == NoticeStatus.DRAFT;
        new OverrideDialog(getTranslation(draft ? "privacy.action.override-submit" : "privacy.action.override-publish"), reason -> {
            try {
                if (draft) {
                    submitted(notices.submit(me.division(), notice.id(), notice.version(), reason));
                } else {
                    showInForm(notices.publish(me.division(), notice.id(), notice.version(), reason));
                    refreshGrid();
                    UserMessages.success("notice.published");
                }
                return true;
            } catch (GongshiException refusal) {
                UserMessages.refusal(refusal);
                return !(refusal instanceof org.gongshi.shared.InvalidInput);
            }
        }).open();
    }

    private void confirmPublish() {
        if (current == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("notice.publish.confirm.header"),
                getTranslation("notice.publish.confirm.text", current.title()),
                getTranslation("notice.action.publish-now"), e -> publishNow(),
                getTranslation("notice.action.cancel"), e -> { });
        dialog.setId("notice-publish-confirm");
        dialog.open();
    }

    private void publishNow() {
        try {
            showInForm(notices.publish(me.division(), current.id(), current.version()));
            refreshGrid();
            UserMessages.success("notice.published");
        } catch (PersonalDataFound found) {
            UserMessages.refusal(found);
            showPersonalData();
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
    }

    private void askCorrection() {
        if (current == null) {
            return;
        }
        NoticeView notice = current;
        new CorrectionDialog(notice, (c, dialog) -> proposeCorrection(notice, c, null, dialog)).open();
    }

    /**
     * Proposes a correction; when the personal-data check finds something, the clerk may mask it in
     * the dialog or go on with a recorded reason ({@link OverrideDialog}).
     */
    private boolean proposeCorrection(NoticeView notice, CorrectionDialog.Correction c, OverrideReason reason,
                                      CorrectionDialog dialog) {
        try {
            showInForm(reason == null
                    ? notices.proposeRevision(me.division(), notice.id(), notice.version(), c.title(), c.body(), c.changeNote())
                    : notices.proposeRevision(me.division(), notice.id(), notice.version(), c.title(), c.body(), c.changeNote(),
                    reason));
            refreshGrid();
            UserMessages.success("notice.correct.submitted");
            return true;
        } catch (PersonalDataFound found) {
            UserMessages.refusal(found);
            if (reason == null) {
                new OverrideDialog(getTranslation("privacy.action.override-correct"), r -> {
                    boolean done = proposeCorrection(notice, c, r, dialog);
                    if (done) {
                        dialog.close();
                    }
                    return done;
                }).open();
            }
            return false;
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            return false;
        }
    }

    private void askWithdrawal() {
        if (current == null) {
            return;
        }
        NoticeView notice = current;
        new ReasonDialog(new String[]{"notice-withdraw-dialog", "notice-withdraw-reason", "notice-withdraw-confirm"},
                getTranslation("notice.withdraw.header"), getTranslation("notice.withdraw.text", notice.title()),
                getTranslation("notice.withdraw.reason"), getTranslation("notice.action.withdraw"), true,
                reason -> withdrawNow(notice, reason)).open();
    }

    private boolean withdrawNow(NoticeView notice, String reason) {
        try {
            showInForm(notices.withdraw(me.division(), notice.id(), notice.version(), reason));
            refreshGrid();
            UserMessages.success("notice.withdrawn");
            return true;
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            return !(refusal instanceof org.gongshi.shared.InvalidInput);
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

    /** The notice as residents will see it: what is in the form now, saved or not. */
    private void openPreview() {
        if (me == null) {
            return;
        }
        NoticeView shown = editable()
                ? NoticeFields.withContent(current, me.division().value(), form.content())
                : current;
        if (shown != null) {
            new PreviewDialog(shown, clock, getLocale()).open();
        }
    }

    // ---- autosave ----

    private void userEdited() {
        lastEditAt = clock.instant();
        if (unsavedSince == null) {
            unsavedSince = lastEditAt;
        }
        if (autosaveWanted()) {
            autosaveStatus.setText("");
            getUI().ifPresent(ui -> {
                if (ui.getPollInterval() != AUTOSAVE_POLL_MILLIS) {
                    ui.setPollInterval(AUTOSAVE_POLL_MILLIS);
                }
            });
        }
    }

    /** A draft (or a new notice whose fields are all valid) has unsaved typing, and no autosave was refused. */
    private boolean autosaveWanted() {
        return editable() && !autosaveStopped && lastEditAt != null && form.hasChanges() && form.isValid();
    }

    /** On each poll of the browser: saves once the user has stopped typing for {@link #AUTOSAVE_IDLE}. */
    void autosaveIfIdle() {
        if (!autosaveWanted()) {
            unsavedSince = null;
            stopPolling();
            return;
        }
        boolean paused = Duration.between(lastEditAt, clock.instant()).compareTo(AUTOSAVE_IDLE) >= 0;
        boolean waitedLongEnough = unsavedSince != null
                && Duration.between(unsavedSince, clock.instant()).compareTo(AUTOSAVE_MAX_UNSAVED) >= 0;
        if (askingToLeave || !(paused || waitedLongEnough)) {
            return;
        }
        NoticeContent content = form.content();
        try {
            NoticeView saved = current == null
                    ? notices.createDraft(me.division(), content)
                    : notices.revise(me.division(), current.id(), content, current.version());
            // The fields keep exactly what the user sees (and may still be typing in); only the baseline moves.
            current = saved;
            unsavedSince = null;
            form.markUnchanged();
            formHeading.setText(getTranslation(headingKey()));
            autosaveStatus.setText(getTranslation("notice.autosaved", Texts.CLOCK.format(clock.instant())));
            refreshGrid();
            updateActions();
            stopPolling();
        } catch (GongshiException refusal) {
            // Someone else's newer version is never overwritten; the typed text stays for the user to copy.
            stopAutosave();
            UserMessages.refusal(refusal);
        }
    }

    private void stopAutosave() {
        autosaveStopped = true;
        autosaveStatus.setText(getTranslation("notice.autosave.stopped"));
        stopPolling();
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> {
            if (ui.getPollInterval() > 0) {
                ui.setPollInterval(-1);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        pollRegistration = attachEvent.getUI().addPollListener(e -> autosaveIfIdle());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }
}
