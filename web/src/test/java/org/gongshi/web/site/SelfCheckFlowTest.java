package org.gongshi.web.site;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.privacy.CitizenId;
import org.gongshi.relief.ReliefListType;
import org.gongshi.relief.ReliefSelfCheck;
import org.gongshi.relief.SelfCheckMatch;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.rest.ResidentGuards;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A posted self-check form: refused unread when it must be, answered, or shown again without the ID number. */
class SelfCheckFlowTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SITE = "http://127.0.0.1:18080";
    private static final String ID = "33032819570312001" + CitizenId.checkCharacter("33032819570312001");
    private static final SelfCheckMatch MATCH = new SelfCheckMatch("篁庄村低保初审对象名单", ReliefListType.DIBAO_FIRST_REVIEW, "n-1",
            LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 24));

    private final ReliefSelfCheck lists = mock(ReliefSelfCheck.class);

    private SelfCheckFlow flow() {
        SelfCheckFlow flow = new SelfCheckFlow();
        flow.selfCheck = ResidentGuards.residentSelfCheck(lists, 5, Clock.systemUTC());
        return flow;
    }

    private static Map<String, String> question(String id, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("idNumber", id);
        fields.put("name", name);
        return fields;
    }

    private static HttpServletRequest post(Map<String, String> fields, String contentType, String origin, String address)
            throws IOException {
        return FormPosts.post(fields, contentType, origin, address);
    }

    @Test
    void a_person_on_a_list_now_on_notice_is_told_which() throws IOException {
        when(lists.check(HUANGZHUANG, ID, "王小明")).thenReturn(List.of(MATCH));
        var result = (SelfCheckFlow.Result) flow().check(post(question(ID, "王小明"), FORM + "; charset=UTF-8", SITE, "10.0.0.1"),
                Locale.SIMPLIFIED_CHINESE, HUANGZHUANG);
        assertThat(result.matches()).containsExactly(MATCH);
    }

    @Test
    void a_person_on_no_list_gets_an_empty_answer() throws IOException {
        when(lists.check(any(), any(), any())).thenReturn(List.of());
        var result = (SelfCheckFlow.Result) flow().check(post(question(ID, "王小明"), FORM, SITE, "10.0.0.1"),
                Locale.SIMPLIFIED_CHINESE, HUANGZHUANG);
        assertThat(result.matches()).isEmpty();
    }

    @Test
    void a_malformed_id_comes_back_named_with_the_name_kept_and_the_id_field_empty() throws IOException {
        String mistyped = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        var shown = (SelfCheckFlow.ShowForm) flow().check(post(question(mistyped, "王小明"), FORM, SITE, "10.0.0.1"),
                Locale.SIMPLIFIED_CHINESE, HUANGZHUANG);
        assertThat(shown.status()).isEqualTo(400);
        assertThat(shown.name()).isEqualTo("王小明");
        assertThat(shown.problems()).containsOnlyKeys("idNumber");
        assertThat(shown.problems().get("idNumber")).contains("校验码").doesNotContain(mistyped);
        var empty = (SelfCheckFlow.ShowForm) flow().check(post(Map.of(), FORM, SITE, "10.0.0.1"), Locale.SIMPLIFIED_CHINESE, HUANGZHUANG);
        assertThat(empty.problems()).containsEntry("idNumber", "请输入身份证号码。").containsEntry("name", "请输入姓名。");
        verify(lists, never()).check(any(), any(), any());
    }

    @Test
    void a_post_from_another_sites_page_or_not_a_form_is_refused_unread() throws IOException {
        var crossSite = (RequestFlows.Refused) flow().check(post(question(ID, "王小明"), FORM, "https://evil.example", "10.0.0.1"),
                Locale.SIMPLIFIED_CHINESE, HUANGZHUANG);
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.message()).isEqualTo("只能从本网站的页面提交。");
        var json = (RequestFlows.Refused) flow().check(post(question(ID, "王小明"), "application/json", SITE, "10.0.0.1"),
                Locale.SIMPLIFIED_CHINESE, HUANGZHUANG);
        assertThat(json.status()).isEqualTo(415);
        var huge = (RequestFlows.Refused) flow().check(post(question(ID, "王".repeat(70_000)), FORM, SITE, "10.0.0.1"),
                Locale.SIMPLIFIED_CHINESE, HUANGZHUANG);
        assertThat(huge.status()).isEqualTo(413);
        verify(lists, never()).check(any(), any(), any());
    }

    @Test
    void the_sixth_question_in_ten_minutes_is_refused_with_when_to_try_again() throws IOException {
        when(lists.check(any(), any(), any())).thenReturn(List.of());
        SelfCheckFlow flow = flow();
        for (int i = 0; i < 5; i++) {
            assertThat(flow.check(post(question(ID, "王小明"), FORM, SITE, "10.0.0.9"), Locale.SIMPLIFIED_CHINESE, HUANGZHUANG))
                    .isInstanceOf(SelfCheckFlow.Result.class);
        }
        var limited = (RequestFlows.Refused) flow.check(post(question(ID, "王小明"), FORM, SITE, "10.0.0.9"), Locale.SIMPLIFIED_CHINESE,
                HUANGZHUANG);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfterSeconds()).isBetween(1L, 600L);
        assertThat(limited.message()).matches("查询次数过多，请\\d+分钟后再试。");
    }
}
