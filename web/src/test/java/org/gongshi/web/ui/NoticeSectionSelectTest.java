package org.gongshi.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.ReviewPolicyService;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
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

/** The section of a notice is chosen from the division's board sections: names shown, keys stored. */
class NoticeSectionSelectTest {

    private static final String DRAFT_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";
    private static final String HZ = HUANGZHUANG_VILLAGE.value();

    private final NoticeService notices = mock(NoticeService.class);
    private final ReviewPolicyService policies = mock(ReviewPolicyService.class);
    private final BoardSectionService sections = mock(BoardSectionService.class);
    private final Callers callers = mock(Callers.class);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-03T01:00:00Z"));

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        when(callers.current()).thenReturn(CLERK);
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page());
        when(notices.createDraft(any(), any())).thenAnswer(call -> NoticeBuilder.notice(DRAFT_ID, HUANGZHUANG_VILLAGE)
                .text(((NoticeContent) call.getArgument(1)).title(), "正文").build());
        when(sections.sections(HUANGZHUANG_VILLAGE)).thenReturn(List.of(
                new SectionView(HZ, "village-affairs", "村务公开", 1, false, 0),
                new SectionView(HZ, "social-assistance", "低保与救助", 2, false, 3),
                new SectionView(HZ, "farm-subsidies", "惠农补贴", 3, true, 1),
                new SectionView(HZ, "other", "其他", 4, false, 0)));
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private NoticeEditorView openEditor() {
        NoticeEditorView view = new NoticeEditorView(notices, policies, callers, clock);
        view.useSections(sections);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void theSectionSelectOffersTheVisibleSectionsOfTheDivisionByNameInBoardOrder() {
        openEditor();

        Select<String> section = select("notice-section");
        List<String> keys = section.getListDataView().getItems().toList();
        assertThat(keys).containsExactly("village-affairs", "social-assistance", "other");
        assertThat(keys.stream().map(k -> section.getItemLabelGenerator().apply(k)))
                .containsExactly("村务公开", "低保与救助", "其他");
        assertThat(section.getValue()).as("a new notice has no section until the clerk picks one").isNull();
    }

    @Test
    void aDraftIsSavedWithTheKeyOfTheChosenSectionNotItsName() {
        openEditor();
        _setValue(_get(TextField.class, spec -> spec.withId("notice-title")), "2025年3月低保名单");
        _setValue(_get(TextArea.class, spec -> spec.withId("notice-body")), "名单如下。");
        _setValue(select("notice-section"), "social-assistance");
        _click(button("notice-save"));

        ArgumentCaptor<NoticeContent> content = ArgumentCaptor.forClass(NoticeContent.class);
        verify(notices).createDraft(eq(HUANGZHUANG_VILLAGE), content.capture());
        assertThat(content.getValue().section()).isEqualTo("social-assistance");
    }

    @Test
    void aNoticeFiledUnderASectionHiddenSinceKeepsItsSectionWhenOpened() {
        NoticeView filed = NoticeBuilder.notice(DRAFT_ID, HUANGZHUANG_VILLAGE).text("惠农补贴发放公示", "正文")
                .section("farm-subsidies").build();
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page(filed));
        openEditor();
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(StaffUi.<NoticeView>grid("notice-grid"), 0);

        Select<String> section = select("notice-section");
        assertThat(section.getValue()).isEqualTo("farm-subsidies");
        assertThat(section.getItemLabelGenerator().apply("farm-subsidies")).isEqualTo("惠农补贴");
    }
}
