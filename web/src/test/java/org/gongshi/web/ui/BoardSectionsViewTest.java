package org.gongshi.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.select;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The tenant administrator's screen for a board's sections, and what everyone else sees there. */
class BoardSectionsViewTest {

    private static final StaffIdentity COUNTY_ADMIN =
            new StaffIdentity("wc-admin", "周 海燕", WENCHENG_COUNTY, Set.of(StaffRole.TENANT_ADMIN));
    private static final String HZ = HUANGZHUANG_VILLAGE.value();

    private final BoardSectionService sections = mock(BoardSectionService.class);
    private final Callers callers = mock(Callers.class);

    private static final List<SectionView> DEFAULTS = List.of(
            new SectionView(HZ, "village-affairs", "村务公开", 1, false, 0),
            new SectionView(HZ, "village-finance", "财务公开", 2, false, 0),
            new SectionView(HZ, "other", "其他", 3, false, 0));

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        when(sections.sections(any())).thenReturn(List.of());
        when(sections.sections(HUANGZHUANG_VILLAGE)).thenReturn(DEFAULTS);
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private void open(StaffIdentity who) {
        when(callers.current()).thenReturn(who);
        UI.getCurrent().add(new BoardSectionsView(sections, callers));
    }

    private static void chooseHuangzhuang() {
        _setValue(select("sections-division"), HUANGZHUANG_VILLAGE);
    }

    @Test
    void aCountyAdministratorPicksAVillageOfTheCountyAndSeesItsSectionsInOrder() {
        open(COUNTY_ADMIN);
        assertThat(StaffUi.<DivisionCode>select("sections-division").getListDataView().getItems().toList())
                .contains(WENCHENG_COUNTY, DivisionCode.of("330328101"), HUANGZHUANG_VILLAGE)
                .allMatch(WENCHENG_COUNTY::contains);
        chooseHuangzhuang();

        Grid<SectionView> grid = grid("sections-grid");
        assertThat(grid.getListDataView().getItems().map(SectionView::name)).containsExactly("村务公开", "财务公开", "其他");
    }

    @Test
    void theAdministratorAddsASectionUnderTheTypedName() {
        when(sections.add(HUANGZHUANG_VILLAGE, "党务公开")).thenReturn(new SectionView(HZ, "custom-1", "党务公开", 4, false, 1));
        open(COUNTY_ADMIN);
        chooseHuangzhuang();

        _setValue(_get(TextField.class, spec -> spec.withId("sections-name")), "党务公开");
        _click(button("sections-add"));

        verify(sections).add(HUANGZHUANG_VILLAGE, "党务公开");
    }

    @Test
    void theAdministratorRenamesAndMovesTheChosenSectionWithTheVersionItWasReadAt() {
        SectionView finance = DEFAULTS.get(1);
        when(sections.rename(any(), anyString(), anyString(), anyLong())).thenReturn(finance);
        when(sections.move(any(), anyString(), anyInt(), anyLong())).thenReturn(finance);
        open(COUNTY_ADMIN);
        chooseHuangzhuang();
        Grid<SectionView> grid = grid("sections-grid");

        grid.select(finance);
        _setValue(_get(TextField.class, spec -> spec.withId("sections-name")), "村级财务公开");
        _click(button("sections-rename"));
        verify(sections).rename(HUANGZHUANG_VILLAGE, "village-finance", "村级财务公开", 0);

        grid.select(finance);
        _click(button("sections-up"));
        verify(sections).move(HUANGZHUANG_VILLAGE, "village-finance", 1, 0);
        grid.select(finance);
        _click(button("sections-down"));
        verify(sections).move(HUANGZHUANG_VILLAGE, "village-finance", 3, 0);
    }

    @Test
    void theFirstSectionCannotMoveUpAndTheLastCannotMoveDown() {
        open(COUNTY_ADMIN);
        chooseHuangzhuang();
        Grid<SectionView> grid = grid("sections-grid");
        grid.select(DEFAULTS.get(0));
        assertThat(button("sections-up").isEnabled()).isFalse();
        assertThat(button("sections-down").isEnabled()).isTrue();
        grid.select(DEFAULTS.get(2));
        assertThat(button("sections-down").isEnabled()).isFalse();
    }

    @Test
    void aChangeSomeoneElseMadeFirstIsRefusedInChineseAndTheListIsReloaded() {
        when(sections.hide(any(), anyString(), anyLong())).thenThrow(new ConcurrentEdit());
        open(COUNTY_ADMIN);
        chooseHuangzhuang();
        grid("sections-grid").select(DEFAULTS.get(0));
        _click(button("sections-toggle"));

        assertThat(StaffUi.notificationTexts()).anyMatch(text -> text.contains("已被他人修改"));
    }

    @Test
    void aClerkIsToldThisIsAnAdministratorsTaskAndSeesNothingToChange() {
        open(CLERK);

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("sections-not-admin")).getText())
                .isEqualTo("只有管理员可以设置栏目。");
        _assertNone(Grid.class, spec -> spec.withId("sections-grid"));
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("sections-add"));
        verifyNoInteractions(sections);
        verify(sections, never()).add(any(), anyString());
    }

    @Test
    void theSideNavigationOffersSectionsToTenantAdministratorsOnly() {
        when(callers.current()).thenReturn(CLERK);
        UI.getCurrent().add(new MainLayout(callers));
        _assertNone(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withId("nav-sections"));
        UI.getCurrent().removeAll();

        when(callers.current()).thenReturn(COUNTY_ADMIN);
        UI.getCurrent().add(new MainLayout(callers));
        _get(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withId("nav-sections"));
    }
}
