package org.gongshi.web.ui.catalog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.catalog.CatalogDraft;
import org.gongshi.catalog.CatalogItem;
import org.gongshi.catalog.CatalogLevel;
import org.gongshi.catalog.DisclosureMode;
import org.gongshi.catalog.StandardCatalogService;
import org.gongshi.catalog.UpdateRule;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.DivisionNames;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.UserMessages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A division's standard catalog (公开事项标准目录). Everyone with a staff role reads their own division's
 * effective catalog; the county supervisor and county administrator choose any division of the county
 * (read-only there). The division's tenant administrator renames an item, switches a non-mandatory one
 * off or on, reviews an item the county changed ("上级目录已更新"), resets it to the county's version, or
 * adds an own item. The county office pushes a new or changed item to every division beneath it. The
 * screen offers only what the service would allow; the service checks again.
 */
@Route(value = "standard-catalog", layout = MainLayout.class)
@Dependent
public class StandardCatalogView extends VerticalLayout implements HasDynamicTitle {

    /** The update rules offered in the item form, as rule codes. */
    static final List<String> RULES = List.of("working-days:20", "working-days:15", "working-days:10", "working-days:7",
            "days:20", "monthly", "quarterly", "yearly:01-31", "yearly:03-31", "long-term", "event");

    private final StandardCatalogService catalog;
    private final StaffIdentity me;

    final Select<DivisionCode> division = new Select<>();
    final Grid<CatalogItem> grid = new Grid<>();
    final Paragraph details = new Paragraph();

    final TextField level2 = new TextField();
    final Button rename = new Button();
    final Button toggle = new Button();
    final Button review = new Button();
    final Button reset = new Button();

    final TextField key = new TextField();
    final CheckboxGroup<CatalogLevel> levels = new CheckboxGroup<>();
    final TextField itemLevel1 = new TextField();
    final TextField itemLevel2 = new TextField();
    final TextArea content = new TextArea();
    final TextArea legalBasis = new TextArea();
    final Select<String> rule = new Select<>();
    final TextField responsible = new TextField();
    final TextField channels = new TextField();
    final TextField audience = new TextField();
    final Select<DisclosureMode> mode = new Select<>();
    final Checkbox mandatory = new Checkbox();
    final Button fromSelected = new Button();
    final Button addOwn = new Button();
    final Button push = new Button();

    private final HorizontalLayout adaptBar;
    private final VerticalLayout itemForm = new VerticalLayout();

    @Inject
    public StandardCatalogView(StandardCatalogService catalog, Callers callers) {
        this.catalog = catalog;
        this.me = UserMessages.signedIn(callers);
        H2 heading = new H2(getTranslation("catalog.title"));
        heading.getStyle().set("margin", "0");
        add(heading);
        Paragraph intro = new Paragraph(getTranslation("catalog.intro"));
        add(intro);
        adaptBar = new HorizontalLayout();
        if (me == null) {
            return;
        }

        division.setId("catalog-division");
        division.setLabel(getTranslation("catalog.division"));
        division.setItems(readable(me));
        division.setItemLabelGenerator(code -> DivisionNames.fullName(code.value()));
        division.setValue(me.division());
        division.setWidth("32rem");
        division.setVisible(me.has(StaffRole.COUNTY_SUPERVISOR) || isCountyOffice(me));
        division.addValueChangeListener(e -> refresh());

        grid.setId("catalog-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(CatalogItem::level1).setKey("level1").setHeader(getTranslation("catalog.column.level1"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::name).setKey("level2").setHeader(getTranslation("catalog.column.level2")).setFlexGrow(2);
        grid.addColumn(CatalogItem::ruleText).setKey("rule").setHeader(getTranslation("catalog.column.rule")).setFlexGrow(2);
        grid.addColumn(CatalogItem::responsible).setKey("responsible")
                .setHeader(getTranslation("catalog.column.responsible")).setFlexGrow(1);
        grid.addColumn(i -> i.mode().label()).setKey("mode").setHeader(getTranslation("catalog.column.mode"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::state).setKey("state").setHeader(getTranslation("catalog.column.state")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> chosenChanged());
        details.setId("catalog-details");
        details.getStyle().set("white-space", "pre-line");

        level2.setId("catalog-level2");
        level2.setLabel(getTranslation("catalog.level2"));
        level2.setMaxLength(40);
        rename.setId("catalog-rename");
        rename.setText(getTranslation("catalog.rename"));
        rename.addClickListener(e -> adapt(level2.getValue(), null, false));
        toggle.setId("catalog-toggle");
        toggle.addClickListener(e -> adapt(null, !chosen().enabled(), false));
        review.setId("catalog-review");
        review.setText(getTranslation("catalog.review"));
        review.addClickListener(e -> adapt(null, null, true));
        reset.setId("catalog-reset");
        reset.setText(getTranslation("catalog.reset"));
        reset.addClickListener(e -> run(() -> catalog.reset(me.division(), chosen().key(), chosen().version()),
                "catalog.saved"));
        adaptBar.add(level2, rename, toggle, review, reset);
        adaptBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        buildItemForm();
        add(division, grid, details, adaptBar, itemForm);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("catalog.title"));
    }

    /** The county office: a tenant administrator or supervisor of a county. */
    static boolean isCountyOffice(StaffIdentity me) {
        return me.division().level() == DivisionLevel.COUNTY
                && (me.has(StaffRole.TENANT_ADMIN) || me.has(StaffRole.COUNTY_SUPERVISOR));
    }

    /** The divisions the user reads here: own; for the county office, every division of the county. */
    static List<DivisionCode> readable(StaffIdentity me) {
        List<DivisionCode> codes = new ArrayList<>();
        if (me.has(StaffRole.COUNTY_SUPERVISOR) || isCountyOffice(me)) {
            collect(DivisionDirectory.seed(), me.division(), codes);
        } else {
            codes.add(me.division());
        }
        return codes;
    }

    private static void collect(DivisionDirectory directory, DivisionCode code, List<DivisionCode> into) {
        into.add(code);
        for (Division child : directory.children(code)) {
            collect(directory, child.code(), into);
        }
    }

    private void buildItemForm() {
        key.setId("catalog-item-key");
        key.setLabel(getTranslation("catalog.item.key"));
        key.setHelperText(getTranslation("catalog.item.key.helper"));
        levels.setId("catalog-item-levels");
        levels.setLabel(getTranslation("catalog.item.levels"));
        levels.setItems(CatalogLevel.values());
        levels.setItemLabelGenerator(CatalogLevel::label);
        levels.setValue(Set.of(CatalogLevel.TOWN, CatalogLevel.VILLAGE));
        itemLevel1.setId("catalog-item-level1");
        itemLevel1.setLabel(getTranslation("catalog.column.level1"));
        itemLevel2.setId("catalog-item-level2");
        itemLevel2.setLabel(getTranslation("catalog.column.level2"));
        content.setId("catalog-item-content");
        content.setLabel(getTranslation("catalog.item.content"));
        legalBasis.setId("catalog-item-legal-basis");
        legalBasis.setLabel(getTranslation("catalog.item.legal-basis"));
        rule.setId("catalog-item-rule");
        rule.setLabel(getTranslation("catalog.column.rule"));
        rule.setItems(RULES);
        rule.setItemLabelGenerator(code -> UpdateRule.parse(code).text());
        rule.setValue("working-days:20");
        responsible.setId("catalog-item-responsible");
        responsible.setLabel(getTranslation("catalog.column.responsible"));
        channels.setId("catalog-item-channels");
        channels.setLabel(getTranslation("catalog.item.channels"));
        channels.setHelperText(getTranslation("catalog.item.channels.helper"));
        audience.setId("catalog-item-audience");
        audience.setLabel(getTranslation("catalog.item.audience"));
        mode.setId("catalog-item-mode");
        mode.setLabel(getTranslation("catalog.column.mode"));
        mode.setItems(DisclosureMode.values());
        mode.setItemLabelGenerator(DisclosureMode::label);
        mode.setValue(DisclosureMode.PROACTIVE);
        mandatory.setId("catalog-item-mandatory");
        mandatory.setLabel(getTranslation("catalog.item.mandatory"));

        fromSelected.setId("catalog-item-from-selected");
        fromSelected.setText(getTranslation("catalog.item.from-selected"));
        fromSelected.addClickListener(e -> fillFromChosen());
        addOwn.setId("catalog-add-own");
        addOwn.setText(getTranslation("catalog.add-own"));
        addOwn.addClickListener(e -> run(() -> catalog.addOwn(me.division(), draft()), "catalog.added"));
        push.setId("catalog-push");
        push.setText(getTranslation("catalog.push"));
        push.addThemeVariants(ButtonVariant.PRIMARY);
        push.addClickListener(e -> {
            try {
                StandardCatalogService.PushResult result = catalog.push(me.division(), draft());
                UserMessages.success(result.created() ? "catalog.pushed-new" : "catalog.pushed-changed", result.key(),
                        result.revision());
                refresh();
            } catch (GongshiException refusal) {
                UserMessages.refusal(refusal);
            }
        });

        boolean county = isCountyOffice(me);
        boolean admin = me.has(StaffRole.TENANT_ADMIN);
        key.setVisible(county);
        levels.setVisible(county);
        mandatory.setVisible(county);
        push.setVisible(county);
        addOwn.setVisible(admin);
        FormLayout form = new FormLayout(key, levels, itemLevel1, itemLevel2, content, legalBasis, rule, responsible,
                channels, audience, mode, mandatory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        H3 title = new H3(getTranslation(county ? "catalog.item.title-county" : "catalog.item.title"));
        itemForm.add(title, form, new HorizontalLayout(fromSelected, addOwn, push));
        itemForm.setPadding(false);
        itemForm.setVisible(county || admin);
    }

    private CatalogDraft draft() {
        List<String> channelList = Arrays.stream(channels.getValue().split("[,，、;；|]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CatalogDraft(key.getValue(), levels.getValue(), itemLevel1.getValue(), itemLevel2.getValue(),
                content.getValue(), legalBasis.getValue(), rule.getValue() == null ? null : CatalogDraft.rule(rule.getValue()),
                responsible.getValue(), channelList, audience.getValue(), mode.getValue(), mandatory.getValue());
    }

    private void fillFromChosen() {
        CatalogItem i = chosen();
        if (i == null) {
            return;
        }
        key.setValue(i.origin() == CatalogItem.Origin.OWN ? "" : i.key());
        itemLevel1.setValue(i.level1());
        itemLevel2.setValue(i.standardLevel2());
        content.setValue(i.contentElements());
        legalBasis.setValue(i.legalBasis());
        if (!RULES.contains(i.rule().code())) {
            List<String> withItem = new ArrayList<>(RULES);
            withItem.add(i.rule().code());
            rule.setItems(withItem);
        }
        rule.setValue(i.rule().code());
        responsible.setValue(i.responsible());
        channels.setValue(String.join("、", i.channels()));
        audience.setValue(i.audience());
        mode.setValue(i.mode());
        mandatory.setValue(i.mandatory());
        levels.setValue(Set.of(i.level()));
    }

    private String name(CatalogItem i) {
        return i.level2().equals(i.standardLevel2()) ? i.level2()
                : getTranslation("catalog.renamed", i.level2(), i.standardLevel2());
    }

    private String state(CatalogItem i) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation(i.enabled() ? "catalog.state.enabled" : "catalog.state.disabled"));
        if (i.mandatory()) {
            parts.add(getTranslation("catalog.state.mandatory"));
        }
        if (i.origin() != CatalogItem.Origin.STANDARD) {
            parts.add(getTranslation("catalog.origin." + i.origin().name()));
        }
        if (i.upstreamChanged()) {
            parts.add(getTranslation("catalog.state.upstream-changed"));
        }
        return String.join("，", parts);
    }

    private DivisionCode chosenDivision() {
        return division.getValue() == null ? me.division() : division.getValue();
    }

    private CatalogItem chosen() {
        return grid.asSingleSelect().getValue();
    }

    /** The tenant administrator's own catalog is on screen. */
    private boolean adaptable() {
        return me != null && me.has(StaffRole.TENANT_ADMIN) && chosenDivision().equals(me.division());
    }

    private void adapt(String newName, Boolean enabled, boolean reviewed) {
        CatalogItem i = chosen();
        run(() -> catalog.adapt(me.division(), i.key(), newName, enabled, reviewed, i.version()), "catalog.saved");
    }

    private void run(java.util.function.Supplier<CatalogItem> change, String successKey) {
        try {
            CatalogItem changed = change.get();
            refresh();
            grid.getListDataView().getItems().filter(i -> i.key().equals(changed.key())).findFirst()
                    .ifPresent(i -> grid.asSingleSelect().setValue(i));
            UserMessages.success(successKey);
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            refresh();
        }
    }

    private void refresh() {
        try {
            grid.setItems(catalog.catalog(chosenDivision()));
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            grid.setItems(List.of());
        }
        chosenChanged();
    }

    private void chosenChanged() {
        CatalogItem i = chosen();
        boolean any = i != null;
        adaptBar.setVisible(adaptable());
        rename.setEnabled(any);
        toggle.setEnabled(any && !i.mandatory());
        toggle.setText(getTranslation(any && !i.enabled() ? "catalog.enable" : "catalog.disable"));
        review.setEnabled(any && i.upstreamChanged());
        reset.setEnabled(any && i.adapted() && i.origin() != CatalogItem.Origin.OWN);
        fromSelected.setEnabled(any);
        level2.setValue(any ? i.level2() : "");
        details.setText(any ? getTranslation("catalog.details", i.contentElements(), i.legalBasis(),
                String.join("、", i.channels()), i.audience(), i.level().label(), i.key()) : "");
    }
}
