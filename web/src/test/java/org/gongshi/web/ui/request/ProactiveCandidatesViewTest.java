package org.gongshi.web.ui.request;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeView;
import org.gongshi.request.ProactiveCandidates;
import org.gongshi.request.RequestService;
import org.gongshi.shared.InvalidState;
import org.gongshi.web.ui.StaffUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Art. 44: information often asked for, moved to proactive disclosure in one click. */
class ProactiveCandidatesViewTest {

    private final RequestService requests = mock(RequestService.class);
    private final Callers callers = mock(Callers.class);
    private final List<String> opened = new ArrayList<>();

    private final ProactiveCandidates.Candidate roads = new ProactiveCandidates.Candidate("k1", "村道路硬化工程的招标文件", 3,
            List.of(new ProactiveCandidates.Member("r1", "330328101200-2026-0001", LocalDate.of(2026, 3, 2), "村道路硬化工程的招标文件"),
                    new ProactiveCandidates.Member("r2", "330328101200-2026-0004", LocalDate.of(2026, 4, 8), "申请公开村道路硬化工程招标文件"),
                    new ProactiveCandidates.Member("r3", "330328101200-2026-0009", LocalDate.of(2026, 6, 1), "道路硬化工程的招标文件<b>")));

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private void open() {
        UI.getCurrent().add(new ProactiveCandidatesView(requests, callers) {
            @Override
            void openInEditor(String noticeId) {
                opened.add(noticeId);
            }
        });
    }

    @Test
    void a_group_shows_its_suggested_title_applicants_and_requests_and_one_click_makes_the_draft_and_opens_it() {
        when(callers.current()).thenReturn(CLERK);
        when(requests.proactiveCandidates(HUANGZHUANG_VILLAGE)).thenReturn(List.of(roads));
        NoticeView draft = mock(NoticeView.class);
        when(draft.id()).thenReturn("n-1");
        when(requests.moveToProactive(any(), anyList(), anyString())).thenReturn(draft);
        open();

        assertThat(_get(Span.class, spec -> spec.withClasses("proactive-count")).getText()).isEqualTo("3位申请人，共3件申请");
        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("proactive-requests")).getChildren()
                .map(c -> c.getElement().getText()).toList())
                .containsExactly("330328101200-2026-0001（2026-03-02）：村道路硬化工程的招标文件",
                        "330328101200-2026-0004（2026-04-08）：申请公开村道路硬化工程招标文件",
                        "330328101200-2026-0009（2026-06-01）：道路硬化工程的招标文件<b>");
        TextField title = _get(TextField.class, spec -> spec.withClasses("proactive-title"));
        assertThat(title.getValue()).isEqualTo("村道路硬化工程的招标文件");
        _setValue(title, "篁庄村道路硬化工程招标文件 ");
        _click(_get(Button.class, spec -> spec.withClasses("proactive-move")));

        verify(requests).moveToProactive(HUANGZHUANG_VILLAGE, List.of("r1", "r2", "r3"), "篁庄村道路硬化工程招标文件");
        assertThat(notificationTexts()).containsExactly("已生成主动公开公告草稿，请补充内容后提交审核。");
        assertThat(opened).containsExactly("n-1");
    }

    @Test
    void a_refusal_is_said_in_chinese_the_list_is_read_again_and_nothing_opens() {
        when(callers.current()).thenReturn(CLERK);
        when(requests.proactiveCandidates(HUANGZHUANG_VILLAGE)).thenReturn(List.of(roads), List.of());
        when(requests.moveToProactive(any(), anyList(), any())).thenThrow(new InvalidState("error.disclosure.proactive-already"));
        open();

        _click(_get(Button.class, spec -> spec.withClasses("proactive-move")));

        assertThat(notificationTexts()).containsExactly("其中有申请已转为主动公开。");
        assertThat(opened).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("proactive-empty")).getText()).isEqualTo("暂无可转为主动公开的信息。");
    }

    @Test
    void the_county_supervisor_reads_the_groups_of_the_county_and_moves_nothing() {
        when(callers.current()).thenReturn(COUNTY_SUPERVISOR);
        when(requests.proactiveCandidates(WENCHENG_COUNTY)).thenReturn(List.of(roads));
        open();

        assertThat(_get(TextField.class, spec -> spec.withClasses("proactive-title")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withClasses("proactive-move"));
        verify(requests).proactiveCandidates(WENCHENG_COUNTY);
        verify(requests, never()).moveToProactive(any(), anyList(), any());
    }
}
