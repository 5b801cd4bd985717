package org.gongshi.web.site;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.request.Application;
import org.gongshi.request.DueDate;
import org.gongshi.request.DuplicateFiling;
import org.gongshi.request.Intake;
import org.gongshi.request.PublicRequestStatus;
import org.gongshi.request.RequestChannel;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestState;
import org.gongshi.request.RequestView;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.rest.ResidentGuards;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A posted filing form: refused before anything happens when it must be, else filed once per token, or shown again with everything typed. */
class RequestFlowsTest {

    private static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    private static final String TOKEN = "tok_0123456789abcdefghij";

    private final List<Application> filed = new ArrayList<>();
    private final List<String> followed = new ArrayList<>();
    private RuntimeException refuse;

    private RequestFlows flows() {
        RequestService service = new RequestService() {
            @Override
            public PublicRequestStatus follow(String receipt, String accessCode) {
                followed.add(receipt);
                if (!"330328101-2026-0001".equals(receipt) || !"ABCDEFGHJKMN".equals(accessCode)) {
                    throw new NotFound("error.disclosure.not-found");
                }
                return RequestSamples.status(receipt, "330328101", LocalDate.of(2026, 9, 18), RequestState.RECEIVED,
                        new DueDate(LocalDate.of(2026, 10, 22), false, List.of()), null, null);
            }

            @Override
            public Intake fileByResident(DivisionCode division, RequestChannel channel, Application application) {
                if (refuse != null) {
                    throw refuse;
                }
                filed.add(application);
                RequestView view = mock(RequestView.class);
                when(view.state()).thenReturn(RequestState.RECEIVED);
                when(view.receivedOn()).thenReturn(LocalDate.of(2026, 9, 18));
                when(view.due()).thenReturn(new DueDate(LocalDate.of(2026, 10, 22), false, List.of()));
                return new Intake("330328101-2026-%04d".formatted(filed.size()), "ABCDEFGHJKM" + filed.size(), view);
            }
        };
        RequestFlows flows = new RequestFlows();
        flows.filings = ResidentGuards.residentFiling(service, 5);
        flows.following = ResidentGuards.requestFollowing(service);
        return flows;
    }

    private static Map<String, String> complete() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("formToken", TOKEN);
        fields.put("applicantType", "NATURAL_PERSON");
        fields.put("applicantName", "王小明");
        fields.put("applicantContact", "13800000000");
        fields.put("description", "2026年百丈漈镇道路硬化工程的招标文件");
        fields.put("preferredReply", "POST");
        return fields;
    }

    private static HttpServletRequest post(Map<String, String> fields, String contentType, String origin) throws IOException {
        return FormPosts.post(fields, contentType, origin, "10.0.0.1");
    }

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SITE = "http://127.0.0.1:18080";

    @Test
    void a_complete_form_files_once_and_its_repeat_shows_the_same_receipt_and_code() throws IOException {
        RequestFlows flows = flows();
        var first = (RequestFlows.Done) flows.file(post(complete(), FORM, SITE), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI, RequestChannel.ONLINE);
        var again = (RequestFlows.Done) flows.file(post(complete(), FORM + "; charset=UTF-8", SITE), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI,
                RequestChannel.ONLINE);
        assertThat(again.filed()).isEqualTo(first.filed());
        assertThat(again.replayed()).isTrue();
        assertThat(filed).hasSize(1);
        assertThat(filed.getFirst().preferredReply().name()).isEqualTo("POST");
    }

    @Test
    void a_form_with_problems_comes_back_with_everything_typed_and_nothing_filed() throws IOException {
        Map<String, String> fields = complete();
        fields.put("applicantName", "  ");
        fields.put("description", "x".repeat(4001));
        var shown = (RequestFlows.ShowForm) flows().file(post(fields, FORM, SITE), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI, RequestChannel.ONLINE);
        assertThat(shown.status()).isEqualTo(400);
        assertThat(shown.problems()).containsOnlyKeys("applicantName", "description");
        assertThat(shown.data().description()).hasSize(4001);
        assertThat(shown.data().applicantContact()).isEqualTo("13800000000");
        assertThat(shown.data().token()).isEqualTo(TOKEN);
        assertThat(filed).isEmpty();
    }

    @Test
    void a_form_without_its_token_is_shown_again_with_a_fresh_one_and_nothing_filed() throws IOException {
        Map<String, String> fields = complete();
        fields.remove("formToken");
        var shown = (RequestFlows.ShowForm) flows().file(post(fields, FORM, SITE), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI, RequestChannel.ONLINE);
        assertThat(shown.formProblem()).contains("已过期");
        assertThat(shown.data().token()).matches("[A-Za-z0-9_-]{22}");
        assertThat(shown.data().applicantName()).isEqualTo("王小明");
        assertThat(filed).isEmpty();
    }

    @Test
    void the_same_content_filed_moments_ago_is_refused_with_the_earlier_receipt_and_the_form_kept() throws IOException {
        refuse = new DuplicateFiling("330328101-2026-0042");
        var shown = (RequestFlows.ShowForm) flows().file(post(complete(), FORM, SITE), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI, RequestChannel.ONLINE);
        assertThat(shown.status()).isEqualTo(409);
        assertThat(shown.formProblem()).contains("330328101-2026-0042").doesNotContain("ABCDEFGHJKM");
        assertThat(shown.data().description()).isEqualTo(complete().get("description"));
    }

    @Test
    void posts_from_another_site_that_are_no_form_or_too_large_are_refused_before_anything_is_read() throws IOException {
        RequestFlows flows = flows();
        assertThat(((RequestFlows.Refused) flows.file(post(complete(), FORM, "https://evil.example"), Locale.SIMPLIFIED_CHINESE,
                BAIZHANGJI, RequestChannel.ONLINE)).status()).isEqualTo(403);
        assertThat(((RequestFlows.Refused) flows.file(post(complete(), "text/plain", SITE), Locale.SIMPLIFIED_CHINESE,
                BAIZHANGJI, RequestChannel.ONLINE)).status()).isEqualTo(415);
        Map<String, String> huge = complete();
        huge.put("description", "描".repeat(30_000));
        RequestFlows.Refused tooLarge = (RequestFlows.Refused) flows.file(post(huge, FORM, SITE), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI,
                RequestChannel.ONLINE);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.message()).isEqualTo("提交的内容过长。");
        assertThat(filed).isEmpty();
    }

    @Test
    void the_sixth_filing_from_one_address_in_ten_minutes_gets_429_in_chinese() throws IOException {
        RequestFlows flows = flows();
        for (int i = 0; i < 5; i++) {
            Map<String, String> fields = complete();
            fields.put("formToken", TOKEN + i);
            fields.put("description", "文件 " + i);
            assertThat(flows.file(post(fields, FORM, SITE), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI, RequestChannel.ONLINE))
                    .isInstanceOf(RequestFlows.Done.class);
        }
        RequestFlows.Refused limited = (RequestFlows.Refused) flows.file(post(complete(), FORM, SITE), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI,
                RequestChannel.ONLINE);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.message()).isEqualTo("提交申请过于频繁，请10分钟后再试。");
        assertThat(limited.retryAfterSeconds()).isBetween(590L, 600L);
    }

    private static Map<String, String> follow(String receipt, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("receipt", receipt);
        fields.put("accessCode", code);
        return fields;
    }

    @Test
    void the_follow_form_finds_a_request_of_its_division_with_the_code_and_nothing_else() throws IOException {
        RequestFlows flows = flows();
        var found = (RequestFlows.Found) flows.follow(post(follow(" 330328101-2026-0001 ", "ABCDEFGHJKMN"), FORM, SITE),
                Locale.SIMPLIFIED_CHINESE, BAIZHANGJI);
        assertThat(found.status().state()).isEqualTo(RequestState.RECEIVED);

        // Another division's page does not even ask: the receipt number names its division.
        var elsewhere = (RequestFlows.ShowFollowForm) flows.follow(post(follow("330328101-2026-0001", "ABCDEFGHJKMN"), FORM, SITE),
                Locale.SIMPLIFIED_CHINESE, DivisionCode.of("330328101202"));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.problem()).isEqualTo("未找到该申请，或查询码不正确。");
        assertThat(followed).containsExactly("330328101-2026-0001");

        var missing = (RequestFlows.ShowFollowForm) flows.follow(post(follow("330328101-2026-0001", " "), FORM, SITE),
                Locale.SIMPLIFIED_CHINESE, null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.receipt()).isEqualTo("330328101-2026-0001");
    }

    @Test
    void after_five_wrong_codes_for_a_receipt_even_the_right_one_waits_with_a_chinese_429() throws IOException {
        RequestFlows flows = flows();
        for (int i = 0; i < 5; i++) {
            var wrong = (RequestFlows.ShowFollowForm) flows.follow(post(follow("330328101-2026-0001", "WRONGCODE" + i), FORM, SITE),
                    Locale.SIMPLIFIED_CHINESE, null);
            assertThat(wrong.status()).isEqualTo(404);
            assertThat(wrong.problem()).as("a wrong code reads exactly like an unknown receipt").isEqualTo("未找到该申请，或查询码不正确。");
        }
        var limited = (RequestFlows.Refused) flows.follow(post(follow("330328101-2026-0001", "ABCDEFGHJKMN"), FORM, SITE),
                Locale.SIMPLIFIED_CHINESE, BAIZHANGJI);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.message()).isEqualTo("查询码错误次数过多，请15分钟后再试。");
        assertThat(limited.retryAfterSeconds()).isEqualTo(900);
    }
}
