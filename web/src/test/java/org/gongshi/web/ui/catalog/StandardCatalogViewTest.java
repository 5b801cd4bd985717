package org.gongshi.web.ui.catalog;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.catalog.CatalogDraft;
import org.gongshi.catalog.CatalogItem;
import org.gongshi.catalog.CatalogLevel;
import org.gongshi.catalog.DisclosureMode;
import org.gongshi.catalog.StandardCatalogService;
import org.gongshi.catalog.UpdateRule;
import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.StaffUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
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
import static org.gongshi.web.ui.StaffUi.XILI_VILLAGE;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.select;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The standard catalog screen: who sees what, who may adapt and who may push. */
class StandardCatalogViewTest {

    private static final StaffIdentity HZ_ADMIN =
            new StaffIdentity("wc-hz-admin", "张 三", HUANGZHUANG_VILLAGE, Set.of(StaffRole.TENANT_ADMIN));
    private static final StaffIdentity TOWN_ADMIN =
            new StaffIdentity("wc-bzj-admin", "李 四", DivisionCode.of("330328101"), Set.of(StaffRole.TENANT_ADMIN));
    private static final StaffIdentity COUNTY_ADMIN =
            new StaffIdentity("wc-admin", "吴 敏", WENCHENG_COUNTY, Set.of(StaffRole.TENANT_ADMIN));

    private final StandardCatalogService catalog = mock(StandardCatalogService.class);
    private final Callers callers = mock(Callers.class);

    static CatalogItem item(DivisionCode d, String key, String level1, String level2, boolean mandatory, boolean changed) {
        return new CatalogItem(d.value(), key, CatalogLevel.VILLAGE, level1, level2, level2, "名单", "《社会救助暂行办法》",
                new UpdateRule.WithinWorkingDays(20), "村民委员会", List.of("村务公开栏/电子屏"), "全社会",
                DisclosureMode.PROACTIVE, mandatory, CatalogItem.Origin.STANDARD, true, changed, changed, changed ? 1 : 0,
                LocalDate.of(2026, 1, 1), changed ? 3 : 0);
    }

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        when(catalog.catalog(any())).thenReturn(List.of());
        when(catalog.catalog(HUANGZHUANG_VILLAGE)).thenReturn(List.of(
                item(HUANGZHUANG_VILLAGE, "social-assistance.dibao", "社会救助", "最低生活保障", true, false),
                item(HUANGZHUANG_VILLAGE, "village.rules", "村务公开", "村规民约", false, true)));
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private void open(StaffIdentity who) {
        when(callers.current()).thenReturn(who);
        UI.getCurrent().add(new StandardCatalogView(catalog, callers));
    }

    private static void assertNotOffered(String id) {
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId(id));
    }

    @Test
    void a_clerk_reads_the_villages_catalog_with_rules_in_chinese_and_is_offered_no_change() {
        open(CLERK);
        assertThat(GridKt._size(grid("catalog-grid"))).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid("catalog-grid"), 0, "rule")).isEqualTo("信息形成或变更之日起20个工作日内");
        assertThat(GridKt._getFormatted(grid("catalog-grid"), 1, "state")).contains("上级目录已更新");
        assertNotOffered("catalog-rename");
        assertNotOffered("catalog-push");
        assertNotOffered("catalog-add-own");
        _assertNone(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("catalog-division"));
    }

    @Test
    void a_village_administrator_renames_reviews_and_cannot_disable_a_mandatory_item() {
        open(HZ_ADMIN);
        when(catalog.adapt(any(), anyString(), any(), any(), anyBoolean(), anyLong()))
                .thenReturn(item(HUANGZHUANG_VILLAGE, "village.rules", "村务公开", "村规民约（2026年修订）", false, false));
        GridKt._selectRow(grid("catalog-grid"), 0);
        assertThat(button("catalog-toggle").isEnabled()).as("mandatory").isFalse();
        assertThat(button("catalog-review").isEnabled()).isFalse();
        GridKt._selectRow(grid("catalog-grid"), 1);
        assertThat(button("catalog-review").isEnabled()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("catalog-level2")), "村规民约（2026年修订）");
        _click(button("catalog-rename"));
        verify(catalog).adapt(HUANGZHUANG_VILLAGE, "village.rules", "村规民约（2026年修订）", null, false, 3L);
        assertNotOffered("catalog-push");
        // Only the village's own catalog is on this screen: no other division to choose.
        _assertNone(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("catalog-division"));
        verify(catalog, never()).catalog(XILI_VILLAGE);
    }

    @Test
    void a_town_administrator_adds_an_own_item_but_is_offered_no_push() {
        open(TOWN_ADMIN);
        assertNotOffered("catalog-push");
        assertThat(button("catalog-add-own").isEnabled()).isTrue();
    }

    @Test
    void the_county_administrator_reads_a_village_without_adapting_it_and_pushes_to_the_county() {
        open(COUNTY_ADMIN);
        assertThat(StaffUi.<DivisionCode>select("catalog-division").getListDataView().getItems().toList())
                .contains(WENCHENG_COUNTY, HUANGZHUANG_VILLAGE, XILI_VILLAGE);
        _setValue(select("catalog-division"), HUANGZHUANG_VILLAGE);
        GridKt._selectRow(grid("catalog-grid"), 1);
        assertNotOffered("catalog-rename");

        when(catalog.push(any(), any())).thenReturn(new StandardCatalogService.PushResult("330328", "village.rules", 2, false));
        _click(button("catalog-item-from-selected"));
        _setValue(_get(TextField.class, spec -> spec.withId("catalog-item-level2")), "村规民约和自治章程");
        _click(button("catalog-push"));
        ArgumentCaptor<CatalogDraft> pushed = ArgumentCaptor.forClass(CatalogDraft.class);
        verify(catalog).push(eq(WENCHENG_COUNTY), pushed.capture());
        assertThat(pushed.getValue().key()).isEqualTo("village.rules");
        assertThat(pushed.getValue().level2()).isEqualTo("村规民约和自治章程");
        assertThat(pushed.getValue().levels()).containsExactly(CatalogLevel.VILLAGE);
        assertThat(pushed.getValue().rule().code()).isEqualTo("working-days:20");
    }

    @Test
    void a_refused_change_shows_the_plain_chinese_message() {
        open(HZ_ADMIN);
        when(catalog.adapt(any(), anyString(), any(), any(), anyBoolean(), anyLong()))
                .thenThrow(new AccessDenied("error.access.other-division"));
        GridKt._selectRow(grid("catalog-grid"), 1);
        _click(button("catalog-toggle"));
        verify(catalog, never()).push(any(), any());
        assertThat(StaffUi.notificationTexts()).anySatisfy(text -> assertThat(text).contains("您无权访问其他区划"));
    }
}
