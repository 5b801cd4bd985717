package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.ReviewDecision;
import org.gongshi.notice.ReviewPolicyService;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.StaffIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.REVIEWER;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.XILI_VILLAGE;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.confirmDialog;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.gongshi.web.ui.StaffUi.page;
import static org.gongshi.web.ui.StaffUi.textArea;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A notice's way from draft to the board and off it again, as the clerk's screen drives it. */
class NoticeWorkflowTest {

    private static final String ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";
    private static final Instant PUBLISHED_AT = Instant.parse("2025-03-02T08:05:00Z");

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

    private void openEditorOn(NoticeView notice) {
        listing(notice);
        UI.getCurrent().add(new NoticeEditorView(notices, policies, callers, clock));
        GridKt._selectRow(grid("notice-grid"), 0);
    }

    private static NoticeBuilder notice() {
        return NoticeBuilder.notice(ID, HUANGZHUANG_VILLAGE).version(3);
    }

    private static NoticeBuilder other(int n) {
        return NoticeBuilder.notice("01956a3c-8a3e-7b2c-9f10-3b2d6c7e8fa" + n, HUANGZHUANG_VILLAGE).title("公告 " + n);
    }

    @Test
    void submittingASavedDraftCallsSubmitWithTheLoadedIdAndVersion() {
        signIn(CLERK);
        when(notices.submit(any(), anyString(), anyLong())).thenReturn(notice().version(4).inReview(2, 0).build());
        openEditorOn(notice().build());

        _click(button("notice-submit"));

        verify(notices).submit(HUANGZHUANG_VILLAGE, ID, 3L);
        verify(notices, never()).revise(any(), anyString(), any(), anyLong());
        assertThat(notificationTexts()).containsExactly("已提交审核，共需 2 级审核。");
        assertThat(_get(TextField.class, spec -> spec.withId("notice-title")).isReadOnly())
                .as("a notice in review is not edited").isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("notice-review-progress")).getText()).isEqualTo("第 1/2 级审核");
    }

    @Test
    void aNewNoticeIsSavedAndThenSubmitted() {
        signIn(CLERK);
        listing();
        when(notices.createDraft(any(), any())).thenReturn(notice().version(0).build());
        when(notices.submit(any(), anyString(), anyLong())).thenReturn(notice().version(1).inReview(1, 0).build());
        UI.getCurrent().add(new NoticeEditorView(notices, policies, callers, clock));
        assertThat(button("notice-submit").isEnabled()).as("nothing to submit yet").isFalse();

        _setValue(_get(TextField.class, spec -> spec.withId("notice-title")), "三月村务公开");
        _setValue(textArea("notice-body"), "三月收支如下。");
        _click(button("notice-submit"));

        verify(notices).createDraft(eq(HUANGZHUANG_VILLAGE), any());
        verify(notices).submit(HUANGZHUANG_VILLAGE, ID, 0L);
    }

    @Test
    void aDraftShowsHowManyReviewLevelsAreAhead() {
        signIn(CLERK);
        when(policies.levels(HUANGZHUANG_VILLAGE)).thenReturn(2);
        openEditorOn(notice().build());

        assertThat(_get(Span.class, spec -> spec.withId("notice-levels-hint")).getText())
                .isEqualTo("提交后须经 2 级审核才能发布。");
    }

    @Test
    void thePublishButtonAppearsOnlyForAnApprovedNotice() {
        signIn(CLERK);
        List<NoticeView> others = List.of(notice().build(), notice().inReview(2, 1).build(),
                notice().published(PUBLISHED_AT).build(), notice().withdrawn(PUBLISHED_AT, "有误").build());
        for (NoticeView other : others) {
            UI.getCurrent().removeAll();
            openEditorOn(other);
            _assertNone(Button.class, spec -> spec.withId("notice-publish"));
        }
        UI.getCurrent().removeAll();
        openEditorOn(notice().approved(2).publishAt(Instant.parse("2025-03-10T01:00:00Z")).build());

        assertThat(button("notice-publish").getText()).isEqualTo("立即发布");
        assertThat(_get(Span.class, spec -> spec.withId("notice-review-progress")).getText())
                .isEqualTo("已通过全部 2 级审核，将于 2025-03-10 09:00 发布");
    }

    @Test
    void publishingAnApprovedNoticeAsksFirstAndCallsPublishWithTheLoadedIdAndVersion() {
        signIn(CLERK);
        when(notices.publish(any(), anyString(), anyLong())).thenReturn(notice().version(4).published(PUBLISHED_AT).build());
        openEditorOn(notice().approved(1).build());

        _click(button("notice-publish"));
        verify(notices, never()).publish(any(), anyString(), anyLong());
        ConfirmDialogKt._fireConfirm(confirmDialog("notice-publish-confirm"));

        verify(notices).publish(HUANGZHUANG_VILLAGE, ID, 3L);
        assertThat(notificationTexts()).containsExactly("公告已发布。");
        _assertNone(Button.class, spec -> spec.withId("notice-publish"));
        assertThat(button("notice-withdraw").isEnabled()).isTrue();
    }

    @Test
    void correctingAPublishedNoticeNeedsAChangeAndANoteAndSendsTheCorrectionToReview() {
        signIn(CLERK);
        NoticeView published = notice().published(PUBLISHED_AT).build();
        when(notices.proposeRevision(any(), anyString(), anyLong(), anyString(), anyString(), anyString()))
                .thenReturn(published);
        openEditorOn(published);

        _click(button("notice-correct"));
        Button confirm = button("notice-correct-confirm");
        assertThat(confirm.isEnabled()).as("nothing changed yet").isFalse();
        _setValue(textArea("notice-correct-body"), "更正后的正文");
        assertThat(confirm.isEnabled()).as("a correction needs its change note").isFalse();
        _setValue(textArea("notice-correct-note"), " 金额更正 ");
        _click(confirm);

        verify(notices).proposeRevision(HUANGZHUANG_VILLAGE, ID, 3L, published.title(), "更正后的正文", "金额更正");
        assertThat(notificationTexts()).containsExactly("更正已提交审核。");
    }

    @Test
    void withdrawingAsksForAReasonAndCallsWithdrawWithIt() {
        signIn(CLERK);
        when(notices.withdraw(any(), anyString(), anyLong(), anyString()))
                .thenReturn(notice().version(4).withdrawn(Instant.parse("2025-03-03T01:00:00Z"), "金额有误").build());
        openEditorOn(notice().published(PUBLISHED_AT).build());

        _click(button("notice-withdraw"));
        Button confirm = button("notice-withdraw-confirm");
        assertThat(confirm.isEnabled()).as("no reason yet").isFalse();
        _setValue(textArea("notice-withdraw-reason"), "   ");
        assertThat(confirm.isEnabled()).as("a blank reason is no reason").isFalse();
        verify(notices, never()).withdraw(any(), anyString(), anyLong(), anyString());

        _setValue(textArea("notice-withdraw-reason"), " 金额有误 ");
        _click(confirm);

        verify(notices).withdraw(HUANGZHUANG_VILLAGE, ID, 3L, "金额有误");
        assertThat(notificationTexts()).containsExactly("公告已撤回。");
        _assertNone(Button.class, spec -> spec.withId("notice-withdraw"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-withdrawal")).getText()).isEqualTo("撤回理由：金额有误");
    }

    @Test
    void aRefusedWithdrawalKeepsTheDialogOpenWithItsMessage() {
        signIn(CLERK);
        when(notices.withdraw(any(), anyString(), anyLong(), anyString()))
                .thenThrow(new InvalidInput("error.notice.reason-required"));
        openEditorOn(notice().published(PUBLISHED_AT).build());

        _click(button("notice-withdraw"));
        _setValue(textArea("notice-withdraw-reason"), "x");
        _click(button("notice-withdraw-confirm"));

        assertThat(notificationTexts()).containsExactly("请填写理由。");
        _assertOne(Button.class, spec -> spec.withId("notice-withdraw-confirm"));
    }

    @Test
    void aReviewerMayWithdrawAPublishedNoticeButNotWriteOne() {
        signIn(REVIEWER);
        openEditorOn(notice().published(PUBLISHED_AT).build());

        assertThat(button("notice-withdraw").isEnabled()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("notice-save"));
        _assertNone(Button.class, spec -> spec.withId("notice-submit"));
    }

    @Test
    void aNoticeInReviewIsReadOnlyAndShowsItsReviewProgress() {
        signIn(CLERK);
        openEditorOn(notice().inReview(2, 0).build());

        assertThat(_get(TextField.class, spec -> spec.withId("notice-title")).isReadOnly()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("notice-review-progress")).getText()).isEqualTo("第 1/2 级审核");
        assertThat(button("notice-save").isEnabled()).isFalse();
        assertThat(button("notice-submit").isEnabled()).isFalse();
        assertThat(button("notice-discard").isEnabled()).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> {}).getText()).isEqualTo("审核中的公告（只读）");
    }

    @Test
    void aReturnedDraftShowsTheLastRejectionReason() {
        signIn(CLERK);
        when(notices.reviews(HUANGZHUANG_VILLAGE, ID)).thenReturn(List.of(
                new NoticeService.ReviewRecord(1, "wc-hz-reviewer", ReviewDecision.APPROVED, null,
                        Instant.parse("2025-03-02T01:00:00Z")),
                new NoticeService.ReviewRecord(2, "wc-bzj-reviewer", ReviewDecision.REJECTED, "金额与附件不符",
                        Instant.parse("2025-03-02T06:30:00Z"))));
        openEditorOn(notice().build());

        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-rejection")).getText())
                .isEqualTo("第 2 级审核人 wc-bzj-reviewer 于 2025-03-02 14:30 退回，理由：金额与附件不符");
        assertThat(_get(TextField.class, spec -> spec.withId("notice-title")).isReadOnly())
                .as("the author revises it").isFalse();
    }

    @Test
    void thePreviewShowsTheEscapedTitleInAFrameThatRunsNoScript() {
        signIn(CLERK);
        openEditorOn(notice().text("<script>alert(1)</script>通知", "正文").build());
        _setValue(textArea("notice-body"), "改过的正文");

        _click(button("notice-preview"));

        IFrame frame = _get(IFrame.class, spec -> spec.withId("notice-preview-frame"));
        String page = frame.getSrcdoc().orElseThrow();
        assertThat(page).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;通知</h1>")
                .doesNotContain("<script>")
                .contains("改过的正文");
        assertThat(frame.getSandbox()).hasValueSatisfying(sandbox ->
                assertThat(sandbox).containsExactly(IFrame.SandboxType.RESTRICT_ALL));
        assertThat(frame.getElement().getAttribute("sandbox")).isEmpty();
    }

    @Test
    void theHistoryShowsTheAuditRecordsInChinaStandardTime() {
        signIn(CLERK);
        when(notices.history(HUANGZHUANG_VILLAGE, ID)).thenReturn(List.of(
                new NoticeService.AuditRecord(Instant.parse("2025-03-01T02:30:00Z"), "wc-hz-clerk", "notice.draft-created", null),
                new NoticeService.AuditRecord(Instant.parse("2025-03-01T03:00:05Z"), "wc-hz-clerk", "notice.submitted", "levels=2"),
                new NoticeService.AuditRecord(Instant.parse("2025-03-01T04:00:00Z"), "wc-hz-reviewer", "notice.approved", "level=1; 同意"),
                new NoticeService.AuditRecord(Instant.parse("2025-03-02T08:05:00Z"), "wc-hz-clerk", "notice.published", null),
                new NoticeService.AuditRecord(Instant.parse("2025-03-03T01:00:00Z"), "wc-hz-clerk", "notice.withdrawn", "金额有误")));
        openEditorOn(notice().withdrawn(Instant.parse("2025-03-03T01:00:00Z"), "金额有误").build());

        _click(button("notice-history"));

        var history = grid("notice-history-grid");
        assertThat(GridKt._size(history)).isEqualTo(5);
        assertThat(GridKt._getFormattedRow(history, 0)).containsExactly("2025-03-01 10:30:00", "wc-hz-clerk", "创建草稿", "");
        assertThat(GridKt._getFormattedRow(history, 1)).containsExactly("2025-03-01 11:00:05", "wc-hz-clerk", "提交审核", "共 2 级审核");
        assertThat(GridKt._getFormattedRow(history, 2)).containsExactly("2025-03-01 12:00:00", "wc-hz-reviewer", "审核通过", "第 1 级：同意");
        assertThat(GridKt._getFormattedRow(history, 3)).containsExactly("2025-03-02 16:05:00", "wc-hz-clerk", "发布", "");
        assertThat(GridKt._getFormattedRow(history, 4)).containsExactly("2025-03-03 09:00:00", "wc-hz-clerk", "撤回", "金额有误");
    }

    @Test
    void aCountySupervisorSeesTheHistoryButNoActionButtons() {
        signIn(COUNTY_SUPERVISOR);
        NoticeView xili = NoticeBuilder.notice(ID, XILI_VILLAGE).version(5).published(PUBLISHED_AT).build();
        when(notices.history(XILI_VILLAGE, ID)).thenReturn(List.of(
                new NoticeService.AuditRecord(PUBLISHED_AT, "wc-xl-clerk", "notice.published", null)));
        openEditorOn(xili);

        verify(notices, org.mockito.Mockito.atLeastOnce()).list(eq(WENCHENG_COUNTY), any(), anyInt(), anyInt());
        for (String id : List.of("notice-new", "notice-save", "notice-submit", "notice-publish", "notice-withdraw",
                "notice-discard")) {
            _assertNone(Button.class, spec -> spec.withId(id));
        }
        _click(button("notice-history"));

        assertThat(GridKt._getFormattedRow(grid("notice-history-grid"), 0)).containsExactly(
                "2025-03-02 16:05:00", "wc-xl-clerk", "发布", "");
    }

    @Test
    void theGridAndTheFilterKnowAllFiveStatuses() {
        signIn(CLERK);
        listing(other(1).build(), other(2).inReview(2, 1).build(), other(3).approved(2).build(),
                other(4).published(PUBLISHED_AT).build(), other(5).withdrawn(PUBLISHED_AT, "有误").build());
        UI.getCurrent().add(new NoticeEditorView(notices, policies, callers, clock));

        var grid = grid("notice-grid");
        List<String> statuses = new java.util.ArrayList<>();
        for (int row = 0; row < 5; row++) {
            statuses.add(GridKt._getFormattedRow(grid, row).get(1));
        }
        assertThat(statuses).containsExactly("草稿", "审核中", "已通过审核", "已发布", "已撤回");

        com.vaadin.flow.component.select.Select<NoticeEditorView.StatusFilter> filter =
                StaffUi.select("notice-status-filter");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(filter))
                .containsExactly("全部", "草稿", "审核中", "已通过审核", "已发布", "已撤回");
        _setValue(filter, NoticeEditorView.StatusFilter.IN_REVIEW);
        GridKt._size(grid);
        verify(notices, org.mockito.Mockito.atLeastOnce()).list(eq(HUANGZHUANG_VILLAGE), eq(NoticeStatus.IN_REVIEW),
                anyInt(), anyInt());
    }

    @Test
    void onlyAReviewerFindsTheReviewQueueInTheSideNavigation() {
        signIn(REVIEWER);
        UI.getCurrent().add(new MainLayout(callers));
        SideNavItem review = _get(SideNavItem.class, spec -> spec.withId("nav-review"));
        assertThat(review.getLabel()).isEqualTo("审核");
        assertThat(review.getPath()).isEqualTo("review");

        UI.getCurrent().removeAll();
        signIn(CLERK);
        UI.getCurrent().add(new MainLayout(callers));
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-review"));
        _assertOne(SideNavItem.class, spec -> spec.withId("nav-notices"));
    }
}
