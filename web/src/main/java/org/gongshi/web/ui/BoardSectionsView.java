package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.section.BoardSection;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sections (栏目) of a board, for tenant administrators: choose the division (their own, or for
 * a county administrator any town or village of the county), then add a section, rename, move up
 * or down, hide or show the chosen one. Everyone else is told that this is an administrator's task
 * and sees nothing to change.
 */
@Route(value = "sections", layout = MainLayout.class)
@Dependent
public class BoardSectionsView extends VerticalLayout implements HasDynamicTitle {

    private final BoardSectionService sections;
    /** The signed-in user; {@code null} when the server refused to say who it is. */
    private final StaffIdentity me;

    final Select<DivisionCode> division = new Select<>();
    final Grid<SectionView> grid = new Grid<>();
    final TextField name = new TextField();
    final Button add = new Button();
    final Button rename = new Button();
    final Button up = new Button();
    final Button down = new Button();
    final Button toggle = new Button();

    @Inject
    public BoardSectionsView(BoardSectionService sections, Callers callers) {
        this.sections = sections;
        this.me = UserMessages.signedIn(callers);
        H2 heading = new H2(getTranslation("sections.title"));
        heading.getStyle().set("margin", "0");
        add(heading);
        if (me == null || !me.has(StaffRole.TENANT_ADMIN)) {
            Paragraph refused = new Paragraph(getTranslation("sections.not-admin"));
            refused.setId("sections-not-admin");
            add(refused);
            return;
        }

        division.setId("sections-division");
        division.setLabel(getTranslation("sections.division"));
        division.setItems(administered(me.division()));
        division.setItemLabelGenerator(code -> DivisionNames.fullName(code.value()));
        division.setValue(me.division());
        division.setWidth("32rem");
        division.addValueChangeListener(e -> refresh());

        grid.setId("sections-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(SectionView::position).setKey("position")
                .setHeader(getTranslation("sections.column.position")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SectionView::name).setKey("name").setHeader(getTranslation("sections.column.name")).setFlexGrow(2);
        grid.addColumn(SectionView::key).setKey("key").setHeader(getTranslation("sections.column.key")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation(s.hidden() ? "sections.state.hidden" : "sections.state.visible")).setKey("state")
                .setHeader(getTranslation("sections.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> chosenChanged());

        name.setId("sections-name");
        name.setLabel(getTranslation("sections.name"));
        name.setMaxLength(BoardSection.NAME_MAX);
        name.setClearButtonVisible(true);

        add.setId("sections-add");
        add.setText(getTranslation("sections.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> run(() -> sections.add(chosenDivision(), name.getValue())));
        rename.setId("sections-rename");
        rename.setText(getTranslation("sections.rename"));
        rename.addClickListener(e -> run(() -> sections.rename(chosenDivision(), chosen().key(), name.getValue(), chosen().version())));
        up.setId("sections-up");
        up.setText(getTranslation("sections.up"));
        up.addClickListener(e -> run(() -> sections.move(chosenDivision(), chosen().key(), chosen().position() - 1, chosen().version())));
        down.setId("sections-down");
        down.setText(getTranslation("sections.down"));
        down.addClickListener(e -> run(() -> sections.move(chosenDivision(), chosen().key(), chosen().position() + 1, chosen().version())));
        toggle.setId("sections-toggle");
        toggle.addClickListener(e -> run(() -> chosen().hidden()
                ? sections.show(chosenDivision(), chosen().key(), chosen().version())
                : sections.hide(chosenDivision(), chosen().key(), chosen().version())));

        HorizontalLayout editing = new HorizontalLayout(name, add, rename);
        editing.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout ordering = new HorizontalLayout(up, down, toggle);
        add(division, grid, ordering, editing);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("sections.title"));
    }

    /** The administrator's division and every division below it, in code order (a county: its towns and villages). */
    static List<DivisionCode> administered(DivisionCode own) {
        List<DivisionCode> codes = new ArrayList<>();
        collect(DivisionDirectory.seed(), own, codes);
        return codes;
    }

    private static void collect(DivisionDirectory directory, DivisionCode code, List<DivisionCode> into) {
        into.add(code);
        for (Division child : directory.children(code)) {
            collect(directory, child.code(), into);
        }
    }

    private DivisionCode chosenDivision() {
        return division.getValue() == null ? me.division() : division.getValue();
    }

    private SectionView chosen() {
        return grid.asSingleSelect().getValue();
    }

    /** Runs one change; on success reloads the grid and keeps the same section chosen. */
    private void run(Supplier<SectionView> change) {
        try {
            SectionView changed = change.get();
            name.clear();
            refresh();
            grid.getListDataView().getItems().filter(s -> s.key().equals(changed.key())).findFirst()
                    .ifPresent(s -> grid.asSingleSelect().setValue(s));
            UserMessages.success("sections.saved");
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            refresh();
        }
    }

    private void refresh() {
        try {
            grid.setItems(sections.sections(chosenDivision()));
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            grid.setItems(List.of());
        }
        chosenChanged();
    }

    private void chosenChanged() {
        SectionView s = chosen();
        boolean any = s != null;
        rename.setEnabled(any);
        up.setEnabled(any && s.position() > 1);
        down.setEnabled(any && s.position() < grid.getListDataView().getItemCount());
        toggle.setEnabled(any);
        toggle.setText(getTranslation(any && s.hidden() ? "sections.show" : "sections.hide"));
    }

}
