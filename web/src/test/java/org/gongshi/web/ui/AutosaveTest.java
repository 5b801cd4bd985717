package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.ReviewPolicyService;
import org.gongshi.shared.ConcurrentEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.gongshi.web.ui.StaffUi.page;
import static org.gongshi.web.ui.StaffUi.poll;
import static org.gongshi.web.ui.StaffUi.textArea;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A draft being typed saves itself once the typing stops, and never over someone else's newer version. */
class AutosaveTest {

    private static final String ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";
    private static final String CONCURRENT_EDIT_ZH = "该内容已被他人修改。您的修改尚未保存，请复制后刷新页面再试。";

    private final NoticeService notices = mock(NoticeService.class);
    private final ReviewPolicyService policies = mock(ReviewPolicyService.class);
    private final Callers callers = mock(Callers.class);
    /** 2025-03-03 09:00:00 in Wencheng. */
    private final TestClock clock = new TestClock(Instant.parse("2025-03-03T01:00:00Z"));

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        when(callers.current()).thenReturn(CLERK);
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private void openDraft() {
        NoticeView draft = NoticeBuilder.notice(ID, HUANGZHUANG_VILLAGE).version(3).text("三月村务公开", "三月收支如下。").build();
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page(draft));
        UI.getCurrent().add(new NoticeEditorView(notices, policies, callers, clock));
        GridKt._selectRow(grid("notice-grid"), 0);
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withId("notice-title"));
    }

    private static String autosaveStatus() {
        return _get(Span.class, spec -> spec.withId("notice-autosave-status")).getText();
    }

    @Test
    void afterTenSecondsWithoutTypingAutosaveCallsReviseOnceWithTheTypedText() {
        openDraft();
        when(notices.revise(any(), anyString(), any(), anyLong())).thenReturn(NoticeBuilder.notice(ID, HUANGZHUANG_VILLAGE)
                .version(4).text("三月村务公开（更正）", "三月收支如下。").build());

        _setValue(title(), "三月村务公开（更正）");
        assertThat(UI.getCurrent().getPollInterval()).as("the browser asks while a save is pending").isPositive();
        clock.advance(Duration.ofSeconds(11));
        poll();
        clock.advance(Duration.ofSeconds(11));
        poll();

        verify(notices, times(1)).revise(HUANGZHUANG_VILLAGE, ID, NoticeContent.of("三月村务公开（更正）", "三月收支如下。", "other"), 3L);
        assertThat(autosaveStatus()).isEqualTo("已自动保存 09:00:11");
        assertThat(title().getValue()).isEqualTo("三月村务公开（更正）");
        assertThat(button("notice-save").isEnabled()).as("nothing left to save").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no more asking when nothing is pending").isNegative();
        assertThat(notificationTexts()).as("an autosave does not interrupt").isEmpty();
    }

    @Test
    void theNextAutosaveRevisesTheVersionTheLastOneSaved() {
        openDraft();
        when(notices.revise(any(), anyString(), any(), anyLong()))
                .thenReturn(NoticeBuilder.notice(ID, HUANGZHUANG_VILLAGE).version(4).build())
                .thenReturn(NoticeBuilder.notice(ID, HUANGZHUANG_VILLAGE).version(5).build());

        _setValue(title(), "三月村务公开（一）");
        clock.advance(Duration.ofSeconds(10));
        poll();
        _setValue(title(), "三月村务公开（二）");
        clock.advance(Duration.ofSeconds(10));
        poll();

        verify(notices).revise(eq(HUANGZHUANG_VILLAGE), eq(ID), any(), eq(3L));
        verify(notices).revise(HUANGZHUANG_VILLAGE, ID, NoticeContent.of("三月村务公开（二）", "三月收支如下。", "other"), 4L);
    }

    @Test
    void autosaveWaitsForAPauseButNeverLetsMoreThanEightSecondsOfTypingGoUnsaved() {
        openDraft();
        when(notices.revise(any(), anyString(), any(), anyLong()))
                .thenReturn(NoticeBuilder.notice(ID, HUANGZHUANG_VILLAGE).version(4).build());

        String[] typing = {"四月", "四月村务", "四月村务公", "四月村务公开"};
        for (String text : typing) {
            _setValue(title(), text);
            clock.advance(Duration.ofSeconds(2));
            poll();
            if (!text.equals(typing[typing.length - 1])) {
                verify(notices, never()).revise(any(), anyString(), any(), anyLong());
            }
        }
        // Typing never paused for 3 s, but 8 s have passed since the first unsaved key: saved anyway.
        verify(notices, times(1)).revise(HUANGZHUANG_VILLAGE, ID, NoticeContent.of("四月村务公开", "三月收支如下。", "other"), 3L);
    }

    @Test
    void aNewNoticeIsAutosavedOnlyOnceTitleAndBodyAreValid() {
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page());
        when(notices.createDraft(any(), any()))
                .thenReturn(NoticeBuilder.notice(ID, HUANGZHUANG_VILLAGE).text("关于春耕补贴的公示", "补贴名单如下。").build());
        UI.getCurrent().add(new NoticeEditorView(notices, policies, callers, clock));

        _setValue(title(), "关于春耕补贴的公示");
        clock.advance(Duration.ofSeconds(11));
        poll();
        verify(notices, never()).createDraft(any(), any());

        _setValue(textArea("notice-body"), "补贴名单如下。");
        clock.advance(Duration.ofSeconds(11));
        poll();

        verify(notices).createDraft(HUANGZHUANG_VILLAGE, NoticeContent.of("关于春耕补贴的公示", "补贴名单如下。"));
        assertThat(button("notice-discard").isEnabled()).as("it is a saved draft now").isTrue();
    }

    @Test
    void afterAConcurrentEditAutosaveStopsShowsTheMessageAndKeepsTheTypedText() {
        openDraft();
        when(notices.revise(any(), anyString(), any(), anyLong())).thenThrow(new ConcurrentEdit());

        _setValue(title(), "三月村务公开（更正）");
        clock.advance(Duration.ofSeconds(11));
        poll();
        _setValue(textArea("notice-body"), "更正后的三月收支如下。");
        clock.advance(Duration.ofSeconds(11));
        poll();

        verify(notices, times(1)).revise(any(), anyString(), any(), anyLong());
        assertThat(notificationTexts()).containsExactly(CONCURRENT_EDIT_ZH);
        assertThat(title().getValue()).isEqualTo("三月村务公开（更正）");
        assertThat(textArea("notice-body").getValue()).isEqualTo("更正后的三月收支如下。");
        assertThat(autosaveStatus()).isEqualTo("自动保存已停止，您的修改尚未保存。");
        assertThat(button("notice-save").isEnabled()).as("the text is still unsaved").isTrue();
    }

    @Test
    void noAutosaveDecidesWhileTheUserIsAskedWhetherToDropTheirChanges() {
        openDraft();
        _setValue(title(), "三月村务公开（更正）");
        _click(button("notice-new"));
        StaffUi.confirmDialog("notice-unsaved-confirm");

        clock.advance(Duration.ofSeconds(11));
        poll();

        verify(notices, never()).revise(any(), anyString(), any(), anyLong());
    }
}
