package org.gongshi.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.Validity;
import org.gongshi.notice.WithholdingReason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of a notice: its text and the attributes the disclosure catalog needs. Fields that
 * only apply to some notices show only for them — the withholding reason and re-review date for a
 * withheld document, the notice period for a public notice (公示), validity for a normative
 * document, the interpreted document for a policy interpretation. The rules of {@link Notice} are
 * checked as the user types, so a notice that would be refused cannot be saved.
 */
final class NoticeForm extends FormLayout {

    /** The board sections of a division, in board order (hidden ones included; the form offers the visible ones). */
    @FunctionalInterface
    interface SectionChoices {
        List<org.gongshi.section.SectionView> of(String divisionCode);
    }

    /** The effective standard catalog of a division (disabled items included; the form offers the enabled ones). */
    @FunctionalInterface
    interface CatalogChoices {
        List<org.gongshi.catalog.CatalogItem> of(String divisionCode);
    }

    /** The normative documents of a division, to choose what a policy interpretation interprets. */
    @FunctionalInterface
    interface NormativeDocuments {
        List<NoticeView> of(String divisionCode);
    }

    static final int SECTION_MAX = 60;
    static final int TAG_MAX = 40;
    /** Tags typed in one go may be separated by commas (also Chinese ones), enumeration commas or semicolons. */
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；\\n]+");

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Select<Genre> genre = new Select<>();
    /** The division's sections (栏目): names shown, keys stored. */
    final Select<String> section = new Select<>();
    /** The standard catalog item (公开事项) the notice is filed under: "level-1 / level-2" shown, key stored, grouped by level-1. */
    final Select<String> catalogItem = new Select<>();
    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> audiences = new MultiSelectComboBox<>();
    final TextField agency = new TextField();
    final TextField documentNumber = new TextField();
    final DatePicker writtenOn = Pickers.date("notice-written-on", "notice.field.written-on");
    final RadioButtonGroup<DisclosureAttribute> disclosure = new RadioButtonGroup<>();
    final Select<WithholdingReason> withholdingReason = new Select<>();
    final DatePicker rereviewOn = Pickers.date("notice-rereview-on", "notice.field.rereview-on");
    final DatePicker periodStart = Pickers.date("notice-period-start", "notice.field.period-start");
    final DatePicker periodEnd = Pickers.date("notice-period-end", "notice.field.period-end");
    final Select<Validity> validity = new Select<>();
    final DatePicker validUntil = Pickers.date("notice-valid-until", "notice.field.valid-until");
    final Checkbox needsInterpretation = new Checkbox();
    final Select<String> interprets = new Select<>();
    final DateTimePicker publishAt = Pickers.dateTime("notice-publish-at", "notice.field.publish-at");

    private final Binder<NoticeFields> binder = new Binder<>(NoticeFields.class);
    private final List<Binder.Binding<NoticeFields, ?>> conditionalBindings = new ArrayList<>();
    private Binder.Binding<NoticeFields, LocalDate> periodEndBinding;
    private final NormativeDocuments normativeDocuments;
    /** The choices of {@link #interprets}: id → label. */
    private final Map<String, String> interpretable = new LinkedHashMap<>();
    private boolean normativesLoaded;
    /** Where the section choices come from; none until the view provides it. */
    private SectionChoices sectionChoices;
    /** The choices of {@link #section}: key → name. */
    private final Map<String, String> sectionNames = new LinkedHashMap<>();
    /** Where the catalog choices come from; none until the view provides it. */
    private CatalogChoices catalogChoices;
    /** The choices of {@link #catalogItem}: key → label. */
    private final Map<String, String> catalogLabels = new LinkedHashMap<>();
    private final List<Runnable> editListeners = new ArrayList<>();
    private final List<Runnable> changeListeners = new ArrayList<>();

    /** The division and id of the notice in the form; a new notice has the user's division and no id. */
    private String divisionCode;
    private String noticeId;
    /** True while the form loads a notice: those value changes are not the user's edits. */
    private boolean loading;

    NoticeForm(NormativeDocuments normativeDocuments) {
        this.normativeDocuments = normativeDocuments;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));

        title.setId("notice-title");
        title.setLabel(Texts.t("notice.field.title"));
        title.setMaxLength(Notice.TITLE_MAX);
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.setRequiredIndicatorVisible(true);
        title.addValueChangeListener(e -> showCount(title, Notice.TITLE_MAX));

        body.setId("notice-body");
        body.setLabel(Texts.t("notice.field.body"));
        body.setPlaceholder(Texts.t("notice.field.body.placeholder"));
        body.setMaxLength(Notice.BODY_MAX);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setRequiredIndicatorVisible(true);
        body.setMinHeight("16rem");
        body.addValueChangeListener(e -> showCount(body, Notice.BODY_MAX));

        genre.setId("notice-genre");
        genre.setLabel(Texts.t("notice.field.genre"));
        genre.setItems(Genre.values());
        genre.setItemLabelGenerator(g -> Texts.label("notice.genre.", g));
        genre.setEmptySelectionAllowed(false);

        section.setId("notice-section");
        section.setLabel(Texts.t("notice.field.section"));
        section.setEmptySelectionAllowed(true);
        section.setEmptySelectionCaption(Texts.t("notice.field.section.none"));
        section.setItemLabelGenerator(key -> key == null ? Texts.t("notice.field.section.none")
                : sectionNames.getOrDefault(key, key));

        catalogItem.setId("notice-catalog-item");
        catalogItem.setLabel(Texts.t("catalog.notice.field"));
        catalogItem.setHelperText(Texts.t("catalog.notice.field.helper"));
        catalogItem.setRequiredIndicatorVisible(true);
        catalogItem.setEmptySelectionAllowed(true);
        catalogItem.setEmptySelectionCaption(Texts.t("catalog.notice.field.none"));
        catalogItem.setItemLabelGenerator(key -> key == null ? Texts.t("catalog.notice.field.none")
                : catalogLabels.getOrDefault(key, key));

        configureTags(topics, "notice-topics", "notice.field.topics");
        configureTags(audiences, "notice-audiences", "notice.field.audiences");

        agency.setId("notice-agency");
        agency.setLabel(Texts.t("notice.field.agency"));
        agency.setMaxLength(Notice.SHORT_TEXT_MAX);

        documentNumber.setId("notice-document-number");
        documentNumber.setLabel(Texts.t("notice.field.document-number"));
        documentNumber.setMaxLength(Notice.SHORT_TEXT_MAX);
        documentNumber.setPlaceholder(Texts.t("notice.field.document-number.placeholder"));

        disclosure.setId("notice-disclosure");
        disclosure.setLabel(Texts.t("notice.field.disclosure"));
        disclosure.setItems(DisclosureAttribute.values());
        disclosure.setItemLabelGenerator(d -> Texts.label("notice.disclosure.", d));

        withholdingReason.setId("notice-withholding-reason");
        withholdingReason.setLabel(Texts.t("notice.field.withholding-reason"));
        withholdingReason.setItems(WithholdingReason.values());
        withholdingReason.setItemLabelGenerator(r -> Texts.label("notice.withholding.", r));
        withholdingReason.setPlaceholder(Texts.t("notice.field.choose"));

        rereviewOn.setHelperText(Texts.t("notice.field.rereview-on.helper"));

        periodStart.setHelperText(Texts.t("notice.field.period.helper"));

        validity.setId("notice-validity");
        validity.setLabel(Texts.t("notice.field.validity"));
        validity.setItems(Validity.values());
        validity.setItemLabelGenerator(v -> Texts.label("notice.validity.", v));
        validity.setEmptySelectionAllowed(false);

        needsInterpretation.setId("notice-needs-interpretation");
        needsInterpretation.setLabel(Texts.t("notice.field.needs-interpretation"));

        interprets.setId("notice-interprets");
        interprets.setLabel(Texts.t("notice.field.interprets"));
        interprets.setItemLabelGenerator(id -> interpretable.getOrDefault(id, id));
        interprets.setPlaceholder(Texts.t("notice.field.choose"));

        publishAt.setHelperText(Texts.t("notice.field.publish-at.helper"));

        add(title, 2);
        add(genre, section);
        add(catalogItem, 2);
        add(body, 2);
        add(heading("notice.form.part.catalog"), 2);
        add(topics, audiences, agency, documentNumber, writtenOn);
        add(heading("notice.form.part.disclosure"), 2);
        add(disclosure, 2);
        add(withholdingReason, rereviewOn);
        add(periodStart, periodEnd);
        add(validity, validUntil);
        add(needsInterpretation, 2);
        add(interprets, 2);
        add(publishAt, 2);

        // Before the binder's own listeners: the binder checks only the fields that are visible.
        genre.addValueChangeListener(e -> conditionsChanged());
        disclosure.addValueChangeListener(e -> conditionsChanged());
        bind();
        periodStart.addValueChangeListener(e -> {
            if (!loading && (periodEnd.getValue() != null || periodEnd.isInvalid())) {
                periodEndBinding.validate();
            }
        });
        read(null, null);
    }

    private static H4 heading(String key) {
        H4 heading = new H4(Texts.t(key));
        heading.getStyle().set("margin", "0.75rem 0 0");
        return heading;
    }

    private void configureTags(MultiSelectComboBox<String> box, String id, String labelKey) {
        box.setId(id);
        box.setLabel(Texts.t(labelKey));
        box.setHelperText(Texts.t("notice.field.tags.helper"));
        box.setAllowCustomValue(true);
        box.setItems(new ArrayList<>());
        box.addCustomValueSetListener(e -> addTags(box, e.getDetail()));
    }

    /** What the user typed into a tag box: one or several tags, each at most {@value #TAG_MAX} characters. */
    private void addTags(MultiSelectComboBox<String> box, String typed) {
        if (box.isReadOnly() || typed == null) {
            return;
        }
        List<String> tags = Arrays.stream(TAG_SEPARATORS.split(typed)).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
        if (tags.stream().anyMatch(tag -> tag.length() > TAG_MAX)) {
            UserMessages.error("error.notice.tag-invalid");
            return;
        }
        Set<String> value = new LinkedHashSet<>(box.getValue());
        for (String tag : tags) {
            offer(box, tag);
            value.add(tag);
        }
        box.setValue(value);
    }

    private static void offer(MultiSelectComboBox<String> box, String tag) {
        var items = box.getListDataView();
        if (!items.contains(tag)) {
            items.addItem(tag);
        }
    }

    private void bind() {
        binder.forField(title)
                .withValidator(text("error.notice.title-required", "error.notice.title-too-long", Notice.TITLE_MAX))
                .bind(NoticeFields::getTitle, NoticeFields::setTitle);
        binder.forField(body)
                .withValidator(text("error.notice.body-required", "error.notice.body-too-long", Notice.BODY_MAX))
                .bind(NoticeFields::getBody, NoticeFields::setBody);
        binder.forField(genre).bind(NoticeFields::getGenre, NoticeFields::setGenre);
        binder.forField(section)
                // No section chosen is null in the select and "" in the bean.
                .withConverter(key -> key == null ? "" : key, key -> key == null || key.isEmpty() ? null : key)
                .bind(NoticeFields::getSection, NoticeFields::setSection);
        binder.forField(catalogItem)
                .withConverter(key -> key == null ? "" : key, key -> key == null || key.isEmpty() ? null : key)
                .bind(NoticeFields::getCatalogItem, NoticeFields::setCatalogItem);
        binder.forField(topics).bind(NoticeFields::getTopics, NoticeFields::setTopics);
        binder.forField(audiences).bind(NoticeFields::getAudiences, NoticeFields::setAudiences);
        binder.forField(agency).bind(NoticeFields::getAgency, NoticeFields::setAgency);
        binder.forField(documentNumber).bind(NoticeFields::getDocumentNumber, NoticeFields::setDocumentNumber);
        binder.forField(writtenOn).bind(NoticeFields::getWrittenOn, NoticeFields::setWrittenOn);
        binder.forField(disclosure).bind(NoticeFields::getDisclosure, NoticeFields::setDisclosure);
        conditionalBindings.add(binder.forField(withholdingReason)
                .withValidator(requiredWhen(this::withheld, "error.notice.withholding-reason-required"))
                .bind(NoticeFields::getWithholdingReason, NoticeFields::setWithholdingReason));
        conditionalBindings.add(binder.forField(rereviewOn)
                .withValidator(requiredWhen(this::withheld, "error.notice.rereview-date-required"))
                .bind(NoticeFields::getRereviewOn, NoticeFields::setRereviewOn));
        conditionalBindings.add(binder.forField(periodStart)
                .withValidator(requiredWhen(this::publicNotice, "error.notice.period-required"))
                .bind(NoticeFields::getNoticeStartsOn, NoticeFields::setNoticeStartsOn));
        periodEndBinding = binder.forField(periodEnd)
                .withValidator(requiredWhen(this::publicNotice, "error.notice.period-required"))
                .withValidator((end, context) -> publicNotice() && end != null && periodStart.getValue() != null
                        && end.isBefore(periodStart.getValue())
                        ? ValidationResult.error(Texts.t("error.notice.period-reversed"))
                        : ValidationResult.ok())
                .bind(NoticeFields::getNoticeEndsOn, NoticeFields::setNoticeEndsOn);
        conditionalBindings.add(periodEndBinding);
        binder.forField(validity).bind(NoticeFields::getValidity, NoticeFields::setValidity);
        binder.forField(validUntil).bind(NoticeFields::getValidUntil, NoticeFields::setValidUntil);
        binder.forField(needsInterpretation)
                .bind(NoticeFields::isNeedsInterpretation, NoticeFields::setNeedsInterpretation);
        conditionalBindings.add(binder.forField(interprets)
                .withValidator(requiredWhen(this::interpretation, "error.notice.interprets-required"))
                .bind(NoticeFields::getInterpretsId, NoticeFields::setInterpretsId));
        binder.forField(publishAt).bind(NoticeFields::getPublishAt, NoticeFields::setPublishAt);

        // Typing a change and then undoing it leaves the form unchanged.
        binder.setChangeDetectionEnabled(true);
        binder.addValueChangeListener(e -> {
            if (!loading) {
                editListeners.forEach(Runnable::run);
            }
            changeListeners.forEach(Runnable::run);
        });
        binder.addStatusChangeListener(e -> changeListeners.forEach(Runnable::run));
    }

    /** The rules of {@link Notice}: not blank, and at most {@code max} characters once trimmed. */
    private static Validator<String> text(String requiredKey, String tooLongKey, int max) {
        return (value, context) -> {
            if (value == null || value.isBlank()) {
                return ValidationResult.error(Texts.t(requiredKey));
            }
            if (value.strip().length() > max) {
                return ValidationResult.error(Texts.t(tooLongKey, max));
            }
            return ValidationResult.ok();
        };
    }

    private static <T> Validator<T> requiredWhen(java.util.function.BooleanSupplier applies, String key) {
        return (value, context) -> applies.getAsBoolean() && value == null
                ? ValidationResult.error(Texts.t(key))
                : ValidationResult.ok();
    }

    private boolean withheld() {
        return disclosure.getValue() == DisclosureAttribute.WITHHELD;
    }

    private boolean publicNotice() {
        return genre.getValue() == Genre.PUBLIC_NOTICE;
    }

    private boolean interpretation() {
        return genre.getValue() == Genre.POLICY_INTERPRETATION;
    }

    private void conditionsChanged() {
        showApplicableFields();
        if (interpretation()) {
            loadNormativeDocuments();
        }
        if (!loading) {
            // A field that shows an error is checked again; a field the user has not touched yet is left alone.
            for (Binder.Binding<NoticeFields, ?> binding : conditionalBindings) {
                if (binding.getField() instanceof com.vaadin.flow.component.HasValidation field && field.isInvalid()) {
                    binding.validate();
                }
            }
            changeListeners.forEach(Runnable::run);
        }
    }

    private void showApplicableFields() {
        boolean withheld = withheld();
        boolean publicNotice = publicNotice();
        boolean normative = genre.getValue() == Genre.NORMATIVE_DOCUMENT;
        boolean interpretation = interpretation();
        show(withheld, withholdingReason, rereviewOn);
        show(publicNotice, periodStart, periodEnd);
        show(normative, validity, validUntil, needsInterpretation);
        show(interpretation, interprets);
        withholdingReason.setRequiredIndicatorVisible(withheld);
        rereviewOn.setRequiredIndicatorVisible(withheld);
        periodStart.setRequiredIndicatorVisible(publicNotice);
        periodEnd.setRequiredIndicatorVisible(publicNotice);
        interprets.setRequiredIndicatorVisible(interpretation);
    }

    private static void show(boolean visible, Component... components) {
        for (Component component : components) {
            component.setVisible(visible);
        }
    }

    /** The division's normative documents (but not this notice), plus whatever the notice already names. */
    private void loadNormativeDocuments() {
        if (normativesLoaded || divisionCode == null) {
            return;
        }
        normativesLoaded = true;
        String chosen = interprets.getValue();
        Map<String, String> choices = new LinkedHashMap<>();
        for (NoticeView document : normativeDocuments.of(divisionCode)) {
            if (!document.id().equals(noticeId)) {
                choices.put(document.id(), Texts.t("notice.field.interprets.option", document.title(),
                        Texts.status(document.status())));
            }
        }
        interpretable.forEach(choices::putIfAbsent);
        setInterpretable(choices, chosen);
        interprets.setHelperText(choices.isEmpty() ? Texts.t("notice.field.interprets.none") : null);
    }

    private void setInterpretable(Map<String, String> choices, String chosen) {
        boolean wasLoading = loading;
        loading = true;
        try {
            interpretable.clear();
            interpretable.putAll(choices);
            if (chosen != null) {
                interpretable.putIfAbsent(chosen, chosen);
            }
            interprets.setItems(new ArrayList<>(interpretable.keySet()));
            interprets.setValue(chosen);
        } finally {
            loading = wasLoading;
        }
    }

    /**
     * The visible sections of the form's division, plus the notice's own section if it is not one of
     * them (hidden since, or written before sections were kept), so that loading never loses it.
     */
    private void loadSections(String chosen) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (sectionChoices != null && divisionCode != null) {
            try {
                for (var s : sectionChoices.of(divisionCode)) {
                    if (!s.hidden() || s.key().equals(chosen)) {
                        choices.put(s.key(), s.name());
                    }
                }
            } catch (org.gongshi.shared.GongshiException refusal) {
                // No choices for a division the user may not read; the notice's own section stays.
            }
        }
        if (chosen != null && !chosen.isBlank()) {
            choices.putIfAbsent(chosen, chosen);
        }
        boolean wasLoading = loading;
        loading = true;
        try {
            sectionNames.clear();
            sectionNames.putAll(choices);
            section.setItems(new ArrayList<>(sectionNames.keySet()));
            section.setValue(chosen == null || chosen.isBlank() ? null : chosen);
        } finally {
            loading = wasLoading;
        }
    }

    /**
     * The enabled items of the form's division's standard catalog, grouped by level-1 (a heading before
     * each group), plus the notice's own item if it is not one of them (disabled since), so that loading
     * never loses it.
     */
    private void loadCatalog(String chosen) {
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        if (catalogChoices != null && divisionCode != null) {
            try {
                List<org.gongshi.catalog.CatalogItem> items = new ArrayList<>(catalogChoices.of(divisionCode));
                // Group by level-1 in the catalog's order of first appearance.
                Map<String, List<org.gongshi.catalog.CatalogItem>> groups = new LinkedHashMap<>();
                for (var i : items) {
                    if (i.enabled() || i.key().equals(chosen)) {
                        groups.computeIfAbsent(i.level1(), k -> new ArrayList<>()).add(i);
                    }
                }
                groups.forEach((level1, group) -> group.forEach(i -> {
                    choices.put(i.key(), i.level1() + " / " + i.level2());
                    groupOf.put(i.key(), level1);
                }));
            } catch (org.gongshi.shared.GongshiException refusal) {
                // No choices for a division the user may not read; the notice's own item stays.
            }
        }
        if (chosen != null && !chosen.isBlank()) {
            choices.putIfAbsent(chosen, chosen);
        }
        boolean wasLoading = loading;
        loading = true;
        try {
            catalogLabels.clear();
            catalogLabels.putAll(choices);
            catalogItem.removeAll();
            catalogItem.setItems(new ArrayList<>(catalogLabels.keySet()));
            String previousGroup = null;
            for (String key : catalogLabels.keySet()) {
                String group = groupOf.get(key);
                if (group != null && !group.equals(previousGroup)) {
                    com.vaadin.flow.component.html.Span heading = new com.vaadin.flow.component.html.Span(group);
                    heading.getStyle().set("font-weight", "bold").set("padding", "0.25rem 0.75rem").set("display", "block");
                    catalogItem.prependComponents(key, heading);
                    previousGroup = group;
                }
            }
            catalogItem.setValue(chosen == null || chosen.isBlank() ? null : chosen);
        } finally {
            loading = wasLoading;
        }
    }

    // ---- what the view asks ----

    /** Where the catalog choices come from; reloads them for the notice in the form. */
    void useCatalog(CatalogChoices choices) {
        this.catalogChoices = choices;
        boolean unchanged = !binder.hasChanges();
        loadCatalog(catalogItem.getValue());
        if (unchanged && binder.hasChanges()) {
            markUnchanged();
        }
    }

    /** Where the section choices come from; reloads them for the notice in the form. */
    void useSections(SectionChoices choices) {
        this.sectionChoices = choices;
        boolean unchanged = !binder.hasChanges();
        loadSections(section.getValue());
        if (unchanged && binder.hasChanges()) {
            // New choices are not an edit of the user's.
            markUnchanged();
        }
    }

    /** Loads {@code notice} (or, for {@code null}, a blank new notice of {@code newDivision}) into the form. */
    void read(NoticeView notice, String newDivision) {
        loading = true;
        try {
            divisionCode = notice == null ? newDivision : notice.divisionCode();
            noticeId = notice == null ? null : notice.id();
            NoticeFields fields = notice == null ? new NoticeFields() : NoticeFields.of(notice);
            resetTags(topics, fields.getTopics());
            resetTags(audiences, fields.getAudiences());
            normativesLoaded = false;
            interprets.setHelperText(null);
            setInterpretable(new LinkedHashMap<>(), fields.getInterpretsId());
            if (fields.getGenre() == Genre.POLICY_INTERPRETATION) {
                // The choices must be there before the value is.
                loadNormativeDocuments();
            }
            loadSections(fields.getSection());
            loadCatalog(fields.getCatalogItem());
            binder.readBean(fields);
            showApplicableFields();
            showCount(title, Notice.TITLE_MAX);
            showCount(body, Notice.BODY_MAX);
        } finally {
            loading = false;
        }
        changeListeners.forEach(Runnable::run);
    }

    private static void resetTags(MultiSelectComboBox<String> box, Set<String> values) {
        box.setItems(new ArrayList<>(values.stream().sorted().toList()));
    }

    /** Takes what is in the form now as the saved state, without touching what the user sees. */
    void markUnchanged() {
        NoticeFields fields = new NoticeFields();
        binder.writeBeanAsDraft(fields, true);
        loading = true;
        try {
            binder.readBean(fields);
        } finally {
            loading = false;
        }
        changeListeners.forEach(Runnable::run);
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** Whether the form would be saved, without marking anything on the screen. */
    boolean isValid() {
        return binder.isValid();
    }

    /** Checks every field and marks what is wrong. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** What is in the form now, as the business layer takes it (also when it is not valid, for the preview). */
    NoticeContent content() {
        NoticeFields fields = new NoticeFields();
        binder.writeBeanAsDraft(fields, true);
        return fields.toContent();
    }

    /** Runs after each change the user makes (not after loading a notice). */
    void onUserEdit(Runnable listener) {
        editListeners.add(listener);
    }

    /** Runs after every change of a value or of the validation status. */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    void focusTitle() {
        title.focus();
    }

    private static void showCount(HasValue<?, String> field, int max) {
        String value = field.getValue() == null ? "" : field.getValue();
        String text = Texts.t("notice.field.counter", value.length(), max);
        if (field instanceof TextField textField) {
            textField.setHelperText(text);
        } else if (field instanceof TextArea area) {
            area.setHelperText(text);
        }
    }
}
