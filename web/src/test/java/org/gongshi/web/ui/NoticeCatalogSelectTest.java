package org.gongshi.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.catalog.CatalogItem;
import org.gongshi.catalog.CatalogLevel;
import org.gongshi.catalog.DisclosureMode;
import org.gongshi.catalog.StandardCatalogService;
import org.gongshi.catalog.UpdateRule;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.ReviewPolicyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.page;
import static org.gongshi.web.ui.StaffUi.select;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The notice's standard catalog item is chosen from the division's enabled items, grouped by level-1. */
class NoticeCatalogSelectTest {

    private static final String DRAFT_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";

    private final NoticeService notices = mock(NoticeService.class);
    private final ReviewPolicyService policies = mock(ReviewPolicyService.class);
    private final StandardCatalogService catalog = mock(StandardCatalogService.class);
    private final Callers callers = mock(Callers.class);
    private final TestClock clock = new TestClock(Instant.parse("2026-03-03T01:00:00Z"));

    private static CatalogItem item(String key, String level1, String level2, boolean enabled) {
        return new CatalogItem(HUANGZHUANG_VILLAGE.value(), key, CatalogLevel.VILLAGE, level1, level2, level2, "", "",
                new UpdateRule.OnEvent(), "", List.of(), "", DisclosureMode.PROACTIVE, false, CatalogItem.Origin.STANDARD,
                enabled, !enabled, false, 0, LocalDate.of(2026, 1, 1), 0);
    }

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        when(callers.current()).thenReturn(CLERK);
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page());
        when(notices.createDraft(any(), any())).thenAnswer(call -> NoticeBuilder.notice(DRAFT_ID, HUANGZHUANG_VILLAGE)
                .text(((NoticeContent) call.getArgument(1)).title(), "正文").build());
        when(catalog.catalog(HUANGZHUANG_VILLAGE)).thenReturn(List.of(
                item("social-assistance.dibao", "社会救助", "最低生活保障", true),
                item("village.finance", "财务公开", "集体财务收支情况", true),
                item("social-assistance.tekun", "社会救助", "特困人员救助供养", true),
                item("village.rules", "村务公开", "村规民约", false),
                item("other", "其他", "其他", true)));
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private void openEditor() {
        NoticeEditorView view = new NoticeEditorView(notices, policies, callers, clock);
        view.useCatalog(catalog);
        UI.getCurrent().add(view);
    }

    @Test
    void the_select_offers_the_enabled_items_grouped_by_level_one_and_a_new_notice_has_none_yet() {
        openEditor();
        Select<String> item = select("notice-catalog-item");
        List<String> keys = item.getListDataView().getItems().toList();
        assertThat(keys).containsExactly("social-assistance.dibao", "social-assistance.tekun", "village.finance", "other");
        assertThat(item.getItemLabelGenerator().apply("social-assistance.tekun")).isEqualTo("社会救助 / 特困人员救助供养");
        assertThat(item.getValue()).isNull();
    }

    @Test
    void a_draft_is_saved_with_the_key_of_the_chosen_item() {
        openEditor();
        _setValue(_get(TextField.class, spec -> spec.withId("notice-title")), "2026年3月低保名单");
        _setValue(_get(TextArea.class, spec -> spec.withId("notice-body")), "名单如下。");
        _setValue(select("notice-catalog-item"), "social-assistance.dibao");
        _click(button("notice-save"));

        ArgumentCaptor<NoticeContent> content = ArgumentCaptor.forClass(NoticeContent.class);
        verify(notices).createDraft(eq(HUANGZHUANG_VILLAGE), content.capture());
        assertThat(content.getValue().catalogItem()).isEqualTo("social-assistance.dibao");
    }
}
