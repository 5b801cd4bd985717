package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongshi.access.Callers;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.WithholdingReason;
import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.StaffIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.REVIEWER;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.gongshi.web.ui.StaffUi.textArea;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The reviewer's queue: read, preview, approve or return with a reason. */
class ReviewQueueViewTest {

    private static final String FIRST = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";
    private static final String SECOND = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f91";

    private final NoticeService notices = mock(NoticeService.class);
    private final Callers callers = mock(Callers.class);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-03T01:00:00Z"));

    private final NoticeView subsidy = NoticeBuilder.notice(FIRST, HUANGZHUANG_VILLAGE).version(4)
            .text("关于春耕补贴的<script>公示</script>", "补贴名单如下。").genre(Genre.PUBLIC_NOTICE)
            .period(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 11)).topics("农业", "补贴").agency("篁庄村委会")
            .inReview(2, 0).build();
    private final NoticeView minutes = NoticeBuilder.notice(SECOND, HUANGZHUANG_VILLAGE).version(7)
            .text("村委会会议纪要", "会议讨论了……").withheld(WithholdingReason.PROCESS_INFORMATION, LocalDate.of(2026, 3, 1))
            .inReview(2, 1).build();

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

    private ReviewQueueView openQueue() {
        ReviewQueueView view = new ReviewQueueView(notices, callers, clock);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void theQueueListsWhatReviewQueueReturns() {
        signIn(REVIEWER);
        when(notices.reviewQueue(HUANGZHUANG_VILLAGE)).thenReturn(List.of(subsidy, minutes));

        ReviewQueueView view = openQueue();

        var grid = grid("review-grid");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly(
                "关于春耕补贴的<script>公示</script>", "公示", "第 1/2 级审核", "wc-hz-clerk", "2025-03-01 10:30");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("第 2/2 级审核");
        assertThat(view.getPageTitle()).isEqualTo("待我审核 · 公示");
        _assertNone(Button.class, spec -> spec.withId("review-approve"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-nothing-chosen")).getText())
                .isEqualTo("请在左侧选择一条公告进行审核。");
    }

    @Test
    void choosingANoticeShowsItAsThePublicWillSeeItWithItsAttributes() {
        signIn(REVIEWER);
        when(notices.reviewQueue(HUANGZHUANG_VILLAGE)).thenReturn(List.of(subsidy, minutes));
        openQueue();

        GridKt._selectRow(grid("review-grid"), 0);

        IFrame frame = _get(IFrame.class, spec -> spec.withId("review-preview"));
        assertThat(frame.getSrcdoc().orElseThrow())
                .contains("关于春耕补贴的&lt;script&gt;公示&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(frame.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("review-attributes-genre")).getText()).isEqualTo("公示");
        assertThat(_get(Span.class, spec -> spec.withId("review-attributes-notice-period")).getText())
                .isEqualTo("2025-03-05 至 2025-03-11");
        assertThat(_get(Span.class, spec -> spec.withId("review-attributes-topics")).getText()).isEqualTo("农业、补贴");
        assertThat(_get(Span.class, spec -> spec.withId("review-attributes-disclosure")).getText()).isEqualTo("主动公开");

        GridKt._selectRow(grid("review-grid"), 1);

        assertThat(_get(Span.class, spec -> spec.withId("review-attributes-disclosure")).getText()).isEqualTo("不予公开");
        assertThat(_get(Span.class, spec -> spec.withId("review-attributes-withholding-reason")).getText())
                .isEqualTo("属于过程性信息（第十六条）");
        assertThat(_get(Span.class, spec -> spec.withId("review-attributes-rereview-on")).getText()).isEqualTo("2026-03-01");
    }

    @Test
    void approvingTheLastLevelCallsApproveWithTheCommentAndSaysTheNoticeIsPublished() {
        signIn(REVIEWER);
        when(notices.reviewQueue(HUANGZHUANG_VILLAGE)).thenReturn(List.of(subsidy), List.of());
        when(notices.approve(any(), anyString(), anyLong(), any())).thenReturn(NoticeBuilder.notice(FIRST, HUANGZHUANG_VILLAGE)
                .version(5).published(Instant.parse("2025-03-03T01:00:00Z")).build());
        openQueue();
        GridKt._selectRow(grid("review-grid"), 0);

        _setValue(_get(TextArea.class, spec -> spec.withId("review-comment")), "  同意发布 ");
        _click(button("review-approve"));

        verify(notices).approve(HUANGZHUANG_VILLAGE, FIRST, 4L, "同意发布");
        assertThat(notificationTexts()).containsExactly("已通过审核，公告已发布。");
        assertThat(GridKt._size(grid("review-grid"))).as("the list is read again").isZero();
        verify(notices, times(2)).reviewQueue(HUANGZHUANG_VILLAGE);
    }

    @Test
    void approvingWithoutACommentPassesNoneAndSaysWhichLevelIsNext() {
        signIn(REVIEWER);
        when(notices.reviewQueue(HUANGZHUANG_VILLAGE)).thenReturn(List.of(subsidy));
        when(notices.approve(any(), anyString(), anyLong(), any()))
                .thenReturn(NoticeBuilder.notice(FIRST, HUANGZHUANG_VILLAGE).version(5).inReview(2, 1).build());
        openQueue();
        GridKt._selectRow(grid("review-grid"), 0);

        _click(button("review-approve"));

        verify(notices).approve(HUANGZHUANG_VILLAGE, FIRST, 4L, null);
        assertThat(notificationTexts()).containsExactly("已通过第 1 级审核，转入第 2 级审核。");
    }

    @Test
    void anApprovedNoticeWaitingForItsTimeSaysWhenItWillBePublished() {
        signIn(REVIEWER);
        when(notices.reviewQueue(HUANGZHUANG_VILLAGE)).thenReturn(List.of(minutes));
        when(notices.approve(any(), anyString(), anyLong(), any())).thenReturn(NoticeBuilder.notice(SECOND, HUANGZHUANG_VILLAGE)
                .version(8).approved(2).publishAt(Instant.parse("2025-03-10T01:00:00Z")).build());
        openQueue();
        GridKt._selectRow(grid("review-grid"), 0);

        _click(button("review-approve"));

        assertThat(notificationTexts()).containsExactly("已通过审核，公告将于 2025-03-10 09:00 发布。");
    }

    @Test
    void rejectingWithoutAReasonIsImpossibleAndWithAReasonCallsReject() {
        signIn(REVIEWER);
        when(notices.reviewQueue(HUANGZHUANG_VILLAGE)).thenReturn(List.of(subsidy), List.of());
        openQueue();
        GridKt._selectRow(grid("review-grid"), 0);

        _click(button("review-reject"));
        Button confirm = button("review-reject-confirm");
        assertThat(confirm.isEnabled()).isFalse();
        _setValue(textArea("review-reason"), "  ");
        assertThat(confirm.isEnabled()).isFalse();
        verify(notices, never()).reject(any(), anyString(), anyLong(), any());

        _setValue(textArea("review-reason"), "补贴金额与附件不符，请核对。");
        _click(confirm);

        verify(notices).reject(HUANGZHUANG_VILLAGE, FIRST, 4L, "补贴金额与附件不符，请核对。");
        assertThat(notificationTexts()).containsExactly("已退回起草人修改。");
        _assertNone(Button.class, spec -> spec.withId("review-reject-confirm"));
        assertThat(GridKt._size(grid("review-grid"))).isZero();
    }

    @Test
    void aRefusedApprovalShowsItsMessageAndReadsTheQueueAgain() {
        signIn(REVIEWER);
        when(notices.reviewQueue(HUANGZHUANG_VILLAGE)).thenReturn(List.of(subsidy));
        when(notices.approve(any(), anyString(), anyLong(), any())).thenThrow(new AccessDenied("error.notice.own-notice"));
        openQueue();
        GridKt._selectRow(grid("review-grid"), 0);

        _click(button("review-approve"));

        assertThat(notificationTexts()).containsExactly("不能审核自己撰写或提交的公告。");
        verify(notices, times(2)).reviewQueue(HUANGZHUANG_VILLAGE);
    }

    @Test
    void theHistoryOfTheChosenNoticeIsOneClickAway() {
        signIn(REVIEWER);
        when(notices.reviewQueue(HUANGZHUANG_VILLAGE)).thenReturn(List.of(subsidy));
        when(notices.history(HUANGZHUANG_VILLAGE, FIRST)).thenReturn(List.of(new NoticeService.AuditRecord(
                Instant.parse("2025-03-01T02:30:00Z"), "wc-hz-clerk", "notice.submitted", "levels=2")));
        openQueue();
        GridKt._selectRow(grid("review-grid"), 0);

        _click(button("review-history"));

        assertThat(GridKt._getFormattedRow(grid("notice-history-grid"), 0))
                .containsExactly("2025-03-01 10:30:00", "wc-hz-clerk", "提交审核", "共 2 级审核");
    }

    @Test
    void someoneWhoIsNotAReviewerSeesWhyAndNoQueue() {
        signIn(CLERK);

        openQueue();

        assertThat(_get(Paragraph.class, spec -> spec.withId("review-not-a-reviewer")).getText())
                .isEqualTo("您的账号没有执行此操作的权限。");
        _assertNone(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("review-grid"));
        verify(notices, never()).reviewQueue(any());
    }
}
