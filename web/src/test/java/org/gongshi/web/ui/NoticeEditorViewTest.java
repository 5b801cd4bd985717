package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.ReviewPolicyService;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.tenancy.StaffIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_FULL_NAME;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.REVIEWER;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.XILI_VILLAGE;
import static org.gongshi.web.ui.StaffUi.draft;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.gongshi.web.ui.StaffUi.page;
import static org.gongshi.web.ui.StaffUi.published;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class NoticeEditorViewTest {

    private static final String DRAFT_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";
    private static final String PUBLISHED_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f91";
    private static final String CONCURRENT_EDIT_ZH = "该内容已被他人修改。您的修改尚未保存，请复制后刷新页面再试。";

    private final NoticeService notices = mock(NoticeService.class);
    private final ReviewPolicyService policies = mock(ReviewPolicyService.class);
    private final Callers callers = mock(Callers.class);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-03T01:00:00Z"));

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private void signIn(StaffIdentity who) {
        when(callers.current()).thenReturn(who);
    }

    private void listing(NoticeView... items) {
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page(items));
    }

    private NoticeEditorView openEditor() {
        NoticeEditorView view = new NoticeEditorView(notices, policies, callers, clock);
        UI.getCurrent().add(view);
        return view;
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withId("notice-title"));
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("notice-body"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<NoticeView> grid() {
        return _get(Grid.class, spec -> spec.withId("notice-grid"));
    }

    private static ConfirmDialog confirmDialog(String id) {
        return _get(ConfirmDialog.class, spec -> spec.withId(id));
    }

    @Test
    void aClerkSeesTheFullNameOfTheirDivisionAndTheirNotices() {
        signIn(CLERK);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "正文"),
                published(PUBLISHED_ID, HUANGZHUANG_VILLAGE, 5, "二月财务公开", "正文"));
        MainLayout layout = new MainLayout(callers);
        layout.setContent(new NoticeEditorView(notices, policies, callers, clock));
        UI.getCurrent().add(layout);

        assertThat(_get(Span.class, spec -> spec.withId("division-name")).getText()).isEqualTo(HUANGZHUANG_FULL_NAME);
        assertThat(_get(Span.class, spec -> spec.withId("user-name")).getText()).isEqualTo("王 秀英");
        Grid<NoticeView> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("三月村务公开", "草稿", "2025-03-01 10:30");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("二月财务公开", "已发布", "2025-03-02 16:05");
        verify(notices, atLeastOnce()).list(eq(HUANGZHUANG_VILLAGE), isNull(), eq(0), anyInt());
    }

    @Test
    void aNoticeNamedInTheAddressOpensInTheFormAsADraftMadeFromRequestsDoes() {
        signIn(CLERK);
        NoticeView draft = draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 1, "村道路硬化工程招标文件", "本信息经多个申请人依申请公开……");
        listing(draft);
        when(notices.get(HUANGZHUANG_VILLAGE, DRAFT_ID)).thenReturn(draft);
        NoticeEditorView view = openEditor();

        view.open(DRAFT_ID);

        assertThat(title().getValue()).isEqualTo("村道路硬化工程招标文件");
        assertThat(grid().asSingleSelect().getValue()).isEqualTo(draft);
        assertThat(NoticeEditorView.showing(DRAFT_ID).getQueryString()).isEqualTo("notice=" + DRAFT_ID);
    }

    @Test
    void theHeaderOffersSignOutAsAPlainLinkToTheLogoutAddress() {
        signIn(CLERK);
        UI.getCurrent().add(new MainLayout(callers));

        Anchor logout = _get(Anchor.class, spec -> spec.withId("logout"));
        assertThat(logout.getHref()).isEqualTo("/logout");
        assertThat(logout.isRouterIgnore()).isTrue();
        assertThat(logout.getText()).isEqualTo("退出登录");
    }

    @Test
    void typingATitleAndBodyAndClickingSaveCreatesADraftWithExactlyThatTextForTheCallersOwnDivision() {
        signIn(CLERK);
        listing();
        when(notices.createDraft(any(), any()))
                .thenReturn(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 0, "关于春耕补贴的公示", "补贴名单如下。"));
        openEditor();

        _setValue(title(), "关于春耕补贴的公示");
        _setValue(body(), "补贴名单如下。");
        _click(button("notice-save"));

        verify(notices).createDraft(HUANGZHUANG_VILLAGE, NoticeContent.of("关于春耕补贴的公示", "补贴名单如下。"));
        assertThat(notificationTexts()).containsExactly("草稿已保存。");
        assertThat(button("notice-save").isEnabled()).as("nothing left to save").isFalse();
        assertThat(button("notice-discard").isEnabled()).as("the saved draft can now be deleted").isTrue();
    }

    @Test
    void saveIsDisabledWhileTheTitleIsBlankAndEnabledOnceTitleAndBodyAreValid() {
        signIn(CLERK);
        listing();
        openEditor();
        Button save = button("notice-save");
        assertThat(save.isEnabled()).as("a blank new form").isFalse();

        _setValue(body(), "补贴名单如下。");
        assertThat(save.isEnabled()).as("no title yet").isFalse();

        _setValue(title(), "   ");
        assertThat(save.isEnabled()).as("a blank title").isFalse();
        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).isEqualTo("请填写标题。");

        _setValue(title(), "关于春耕补贴的公示");
        assertThat(save.isEnabled()).isTrue();
        assertThat(title().isInvalid()).isFalse();
    }

    @Test
    void theTitleFieldLimitsAndCountsItsCharacters() {
        signIn(CLERK);
        listing();
        openEditor();

        _setValue(title(), "春耕");

        assertThat(title().getMaxLength()).isEqualTo(200);
        assertThat(title().getHelperText()).isEqualTo("2 / 200 字");
    }

    @Test
    void selectingARowLoadsTheNoticeIntoTheForm() {
        signIn(CLERK);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "三月收支如下。"));
        openEditor();

        GridKt._selectRow(grid(), 0);

        assertThat(title().getValue()).isEqualTo("三月村务公开");
        assertThat(body().getValue()).isEqualTo("三月收支如下。");
        assertThat(title().isReadOnly()).isFalse();
        assertThat(button("notice-save").isEnabled()).as("nothing changed yet").isFalse();
        assertThat(button("notice-submit").isEnabled()).as("a saved draft can go to review as it is").isTrue();
        _assertNone(Button.class, spec -> spec.withId("notice-publish"));
    }

    @Test
    void submittingWithUnsavedChangesSavesThemFirstAndThenSubmitsTheSavedVersion() {
        signIn(CLERK);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "三月收支如下。"));
        when(notices.revise(any(), anyString(), any(), anyLong()))
                .thenReturn(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 4, "三月村务公开（更正）", "三月收支如下。"));
        when(notices.submit(any(), anyString(), anyLong())).thenReturn(NoticeBuilder.notice(DRAFT_ID, HUANGZHUANG_VILLAGE)
                .version(5).text("三月村务公开（更正）", "三月收支如下。").inReview(2, 0).build());
        openEditor();
        GridKt._selectRow(grid(), 0);
        _setValue(title(), "三月村务公开（更正）");

        _click(button("notice-submit"));

        verify(notices).revise(HUANGZHUANG_VILLAGE, DRAFT_ID, NoticeContent.of("三月村务公开（更正）", "三月收支如下。", "other"), 3L);
        verify(notices).submit(HUANGZHUANG_VILLAGE, DRAFT_ID, 4L);
        assertThat(notificationTexts()).containsExactly("已提交审核，共需 2 级审核。");
    }

    @Test
    void deletingADraftAsksFirstAndThenDiscardsTheLoadedVersion() {
        signIn(CLERK);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "三月收支如下。"));
        openEditor();
        GridKt._selectRow(grid(), 0);

        _click(button("notice-discard"));
        ConfirmDialogKt._fireConfirm(confirmDialog("notice-discard-confirm"));

        verify(notices).discard(HUANGZHUANG_VILLAGE, DRAFT_ID, 3L);
        assertThat(notificationTexts()).containsExactly("草稿已删除。");
        assertThat(title().getValue()).as("back to a blank new notice").isEmpty();
    }

    @Test
    void aPublishedNoticeLoadsReadOnlyEvenForAClerk() {
        signIn(CLERK);
        listing(published(PUBLISHED_ID, HUANGZHUANG_VILLAGE, 5, "二月财务公开", "二月收支如下。"));
        openEditor();

        GridKt._selectRow(grid(), 0);

        assertThat(title().getValue()).isEqualTo("二月财务公开");
        assertThat(title().isReadOnly()).isTrue();
        assertThat(body().isReadOnly()).isTrue();
        assertThat(button("notice-save").isEnabled()).isFalse();
        assertThat(button("notice-submit").isEnabled()).isFalse();
        assertThat(button("notice-discard").isEnabled()).isFalse();
        _assertNone(Button.class, spec -> spec.withId("notice-publish"));
        assertThat(button("notice-withdraw").isEnabled()).as("a published notice can be withdrawn").isTrue();
    }

    @Test
    void aCountySupervisorSeesTheWholeCountyButNoButtonsAndReadOnlyFields() {
        signIn(COUNTY_SUPERVISOR);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "三月收支如下。"),
                published(PUBLISHED_ID, XILI_VILLAGE, 5, "二月财务公开", "二月收支如下。"));
        openEditor();

        Grid<NoticeView> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        verify(notices, atLeastOnce()).list(eq(WENCHENG_COUNTY), isNull(), eq(0), anyInt());
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(HUANGZHUANG_FULL_NAME);
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("浙江省 温州市 文成县 百丈漈镇 西里村委会");
        for (String id : List.of("notice-new", "notice-save", "notice-submit", "notice-publish", "notice-withdraw",
                "notice-discard")) {
            _assertNone(Button.class, spec -> spec.withId(id));
        }

        GridKt._selectRow(grid, 0);

        assertThat(title().getValue()).isEqualTo("三月村务公开");
        assertThat(title().isReadOnly()).isTrue();
        assertThat(body().isReadOnly()).isTrue();
        assertThatThrownBy(() -> _setValue(title(), "改写")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReviewerReadsTheListButCannotWrite() {
        signIn(REVIEWER);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "三月收支如下。"));
        openEditor();

        assertThat(GridKt._size(grid())).isEqualTo(1);
        _assertNone(Button.class, spec -> spec.withId("notice-save"));
        assertThat(title().isReadOnly()).isTrue();
        assertThat(grid().getColumnByKey("division")).as("one division only: no division column").isNull();
    }

    @Test
    void theStatusFilterAsksTheServiceForDraftsOnly() {
        signIn(CLERK);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "三月收支如下。"));
        openEditor();
        assertThat(GridKt._size(grid())).isEqualTo(1);

        @SuppressWarnings("unchecked")
        Select<NoticeEditorView.StatusFilter> filter = _get(Select.class, spec -> spec.withId("notice-status-filter"));
        _setValue(filter, NoticeEditorView.StatusFilter.DRAFTS);
        assertThat(GridKt._size(grid())).isEqualTo(1);

        verify(notices, atLeastOnce()).list(eq(HUANGZHUANG_VILLAGE), eq(NoticeStatus.DRAFT), eq(0), anyInt());
    }

    @Test
    void whenReviseMeetsAConcurrentEditTheChineseMessageShowsAndTheTypedTextStays() {
        signIn(CLERK);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "三月收支如下。"));
        when(notices.revise(any(), anyString(), any(), anyLong())).thenThrow(new ConcurrentEdit());
        openEditor();
        GridKt._selectRow(grid(), 0);

        _setValue(title(), "三月村务公开（更正）");
        _setValue(body(), "更正后的三月收支如下。");
        _click(button("notice-save"));

        verify(notices).revise(HUANGZHUANG_VILLAGE, DRAFT_ID,
                NoticeContent.of("三月村务公开（更正）", "更正后的三月收支如下。", "other"), 3L);
        assertThat(notificationTexts()).containsExactly(CONCURRENT_EDIT_ZH);
        assertThat(title().getValue()).isEqualTo("三月村务公开（更正）");
        assertThat(body().getValue()).isEqualTo("更正后的三月收支如下。");
        assertThat(button("notice-save").isEnabled()).as("the text is still unsaved").isTrue();
    }

    @Test
    void anAccessDeniedFromTheListShowsItsTranslatedMessageNotTheExceptionText() {
        signIn(CLERK);
        when(notices.list(any(), any(), anyInt(), anyInt()))
                .thenThrow(new AccessDenied("error.access.other-division"));
        openEditor();

        assertThat(notificationTexts()).containsExactly("您无权访问其他区划的数据。");
        assertThat(grid().getDataCommunicator().getItemCount()).isZero();
    }

    @Test
    void anAccessDeniedWhenSavingShowsItsTranslatedMessageNotTheExceptionText() {
        signIn(CLERK);
        listing();
        when(notices.createDraft(any(), any())).thenThrow(new AccessDenied("error.access.role-required"));
        openEditor();

        _setValue(title(), "关于春耕补贴的公示");
        _setValue(body(), "补贴名单如下。");
        _click(button("notice-save"));

        assertThat(notificationTexts()).containsExactly("您的账号没有执行此操作的权限。");
        assertThat(title().getValue()).isEqualTo("关于春耕补贴的公示");
    }

    @Test
    void someoneTheServerDoesNotRecogniseSeesWhyAndAnEmptyReadOnlyScreen() {
        when(callers.current()).thenThrow(new AccessDenied("error.access.no-division"));
        MainLayout layout = new MainLayout(callers);
        layout.setContent(new NoticeEditorView(notices, policies, callers, clock));
        UI.getCurrent().add(layout);

        assertThat(notificationTexts()).containsExactly("您的账号尚未绑定所属区划，请联系管理员。");
        assertThat(_get(Span.class, spec -> spec.withId("division-name")).getText()).isEmpty();
        assertThat(GridKt._size(grid())).isZero();
        _assertNone(Button.class, spec -> spec.withId("notice-save"));
        verify(notices, never()).list(any(), any(), anyInt(), anyInt());
    }

    @Test
    void choosingAnotherRowWithUnsavedChangesAsksBeforeLosingThem() {
        signIn(CLERK);
        listing(draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "三月收支如下。"),
                published(PUBLISHED_ID, HUANGZHUANG_VILLAGE, 5, "二月财务公开", "二月收支如下。"));
        openEditor();
        GridKt._selectRow(grid(), 0);
        _setValue(title(), "三月村务公开（更正）");

        GridKt._selectRow(grid(), 1);
        ConfirmDialog unsaved = confirmDialog("notice-unsaved-confirm");
        assertThat(title().getValue()).as("nothing lost before the user agrees").isEqualTo("三月村务公开（更正）");

        ConfirmDialogKt._fireCancel(unsaved);
        assertThat(title().getValue()).isEqualTo("三月村务公开（更正）");
        assertThat(grid().asSingleSelect().getValue().id()).isEqualTo(DRAFT_ID);
    }

    @Test
    void thePageTitleComesFromTheTranslations() {
        signIn(CLERK);
        listing();

        assertThat(openEditor().getPageTitle()).isEqualTo("公告管理 · 公示");
    }
}
