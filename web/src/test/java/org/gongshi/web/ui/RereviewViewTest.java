package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.WithholdingReason;
import org.gongshi.shared.AccessDenied;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RereviewViewTest {

    private final NoticeService notices = mock(NoticeService.class);
    private final Callers callers = mock(Callers.class);

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private static NoticeView withheld(String title) {
        return NoticeBuilder.notice("0190f3a2-7b1c-7def-8000-0000000000aa", HUANGZHUANG_VILLAGE).text(title, "正文")
                .withheld(WithholdingReason.PROCESS_INFORMATION, LocalDate.of(2026, 11, 1)).build();
    }

    @Test
    void a_clerk_sees_the_withheld_information_of_their_division_whose_rereview_date_has_come() {
        when(callers.current()).thenReturn(CLERK);
        when(notices.dueForRereview(HUANGZHUANG_VILLAGE)).thenReturn(List.of(withheld("村集体经济合作社内部审议稿")));
        UI.getCurrent().add(new RereviewView(notices, callers));

        assertThat(GridKt._size(grid("rereview-grid"))).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid("rereview-grid"), 0))
                .contains("村集体经济合作社内部审议稿", "属于过程性信息（第十六条）", "2026-11-01");
    }

    @Test
    void the_county_supervisor_asks_for_the_whole_county() {
        when(callers.current()).thenReturn(COUNTY_SUPERVISOR);
        when(notices.dueForRereview(WENCHENG_COUNTY)).thenReturn(List.of(withheld("县级复审项")));
        UI.getCurrent().add(new RereviewView(notices, callers));

        assertThat(GridKt._getFormattedRow(grid("rereview-grid"), 0)).contains("县级复审项", "浙江省 温州市 文成县 百丈漈镇 篁庄村委会");
    }

    @Test
    void a_refusal_is_shown_in_plain_chinese() {
        when(callers.current()).thenReturn(CLERK);
        when(notices.dueForRereview(HUANGZHUANG_VILLAGE)).thenThrow(new AccessDenied("error.access.other-division"));
        UI.getCurrent().add(new RereviewView(notices, callers));

        assertThat(notificationTexts()).containsExactly("您无权访问其他区划的数据。");
    }
}
