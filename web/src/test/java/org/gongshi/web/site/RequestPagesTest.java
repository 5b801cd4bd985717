package org.gongshi.web.site;

import org.gongshi.request.DueDate;
import org.gongshi.request.PreferredReplyChannel;
import org.gongshi.request.PublicRequestStatus;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestState;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.rest.PublicRequestResource.Filed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residents' request pages of the public site: a form that works without JavaScript and keeps
 * every typed value with its problem next to it, a confirmation that shows the receipt number and
 * the code once, a follow form that never writes a code back, the status in plain words — and every
 * payload of the XSS corpus inert in every field of every one of them.
 */
class RequestPagesTest {

    static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    static final String FILE = "/board/330328101/requests/new";
    static final String FOLLOW = "/board/330328101/requests/follow";
    static final RequestPages.Where WHERE = new RequestPages.Where(Locale.SIMPLIFIED_CHINESE, BAIZHANGJI, FILE, FOLLOW, false);
    static final DueDate DUE = new DueDate(LocalDate.of(2026, 10, 22), false,
            List.of("自收到申请次日（2026年9月19日）起算20个工作日。", "跨越国庆节、中秋节假期（10月1日至10月8日）。"));

    /** What these pages add to the elements and attributes of the board's own templates. */
    static final Set<String> FORM_ELEMENTS = Set.of("form", "input", "label", "fieldset", "legend", "textarea", "button", "dl", "dt", "dd");
    static final Set<String> FORM_ATTRIBUTES = Set.of("method", "action", "accept-charset", "value", "for", "checked", "maxlength", "rows",
            "aria-required", "aria-invalid", "aria-describedby", "autocomplete", "spellcheck", "autocapitalize", "data-print", "hidden");

    private static RequestFormData typed(String type, String name, String contact, String description, String reply) {
        return new RequestFormData(type, name, contact, description, reply, "tok_0123456789abcdefghij");
    }

    private static Map<String, String> problems(RequestFormData data) {
        Map<String, String> problems = new LinkedHashMap<>();
        data.problems().forEach((field, p) -> problems.put(field, RequestPages.message(Locale.SIMPLIFIED_CHINESE, p)));
        return problems;
    }

    @Test
    void the_empty_form_posts_to_its_division_with_a_fresh_token_and_labels_every_control() {
        RequestFormData empty = RequestFormData.empty();
        Document page = Jsoup.parse(RequestPages.form(WHERE, empty, Map.of(), null));

        Element form = page.selectFirst("form.request-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(FILE);
        assertThat(form.select("input[type=hidden][name=formToken]").attr("value")).isEqualTo(empty.token()).matches("[A-Za-z0-9_-]{22}");
        assertThat(RequestFormData.empty().token()).isNotEqualTo(empty.token());
        for (Element control : form.select("input:not([type=hidden]), textarea")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as("label of %s", control.outerHtml()).hasSize(1);
        }
        // Applicant types as the annual report counts them: a natural person, or an organisation and its kind.
        assertThat(form.select("input[name=applicantType]").eachAttr("value")).containsExactly("NATURAL_PERSON",
                "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "SOCIAL_WELFARE_ORGANISATION", "LEGAL_SERVICE_ORGANISATION", "OTHER");
        assertThat(form.select("fieldset#request-applicant-type > legend").text()).contains("申请人类型");
        assertThat(form.select("fieldset.nested > legend").text()).isEqualTo("法人或其他组织");
        assertThat(form.select("label[for=request-type-research-institution]").text()).isEqualTo("科研机构");
        assertThat(form.select("input[name=preferredReply]").eachAttr("value")).containsExactly("", "ONLINE", "POST", "EMAIL", "IN_PERSON");
        assertThat(form.select("textarea#request-description").attr("maxlength")).isEqualTo("4000");
        assertThat(form.select("input#request-name").attr("maxlength")).isEqualTo("100");
        assertThat(form.select("input#request-contact").attr("maxlength")).isEqualTo("200");
        // What happens next, in plain words with the articles.
        assertThat(page.select(".next-steps").text()).contains("20个工作日").contains("第三十三条").contains("查询码只显示这一次")
                .contains("第三十条");
        assertThat(page.select("button[type=submit]").text()).isEqualTo("提交申请");
        assertThat(page.select("#request-follow-link").attr("href")).isEqualTo(FOLLOW);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("#form-errors")).isEmpty();
    }

    @Test
    void a_refused_form_shows_everything_typed_and_each_problem_next_to_its_field() {
        String longText = "描".repeat(4001);
        RequestFormData data = typed("RESEARCH_INSTITUTION", "", "电话 0577-1234567\n", "\n第一行\n第二行 <b>" + longText, "POST");
        Map<String, String> problems = problems(data);
        assertThat(problems).containsOnlyKeys("applicantName", "description");

        Document page = Jsoup.parse(RequestPages.form(WHERE, data, problems, null));
        assertThat(page.select("input[name=applicantType][checked]").attr("value")).isEqualTo("RESEARCH_INSTITUTION");
        assertThat(page.select("input[name=preferredReply][checked]").attr("value")).isEqualTo("POST");
        assertThat(page.select("#request-contact").attr("value")).isEqualTo("电话 0577-1234567\n");
        // A browser drops the first line break of a textarea: one more is written, so the resident's own stays.
        assertThat(page.select("#request-description").first().wholeText()).isEqualTo("\n\n第一行\n第二行 <b>" + longText);
        assertThat(page.select("input[name=formToken]").attr("value")).isEqualTo(data.token());

        Element name = page.selectFirst("#request-name");
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        assertThat(name.attr("aria-describedby")).contains("request-name-error");
        assertThat(page.select("#request-name-error").text()).isEqualTo("请填写申请人姓名或名称。");
        assertThat(page.select("#request-description-error").text()).contains("4000");
        assertThat(page.select("#request-contact").attr("aria-invalid")).isEmpty();
        // A summary at the top, with a link to each field, read out at once.
        Element summary = page.selectFirst("#form-errors");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#request-name", "#request-description");
    }

    @Test
    void a_repeat_refused_by_content_names_the_earlier_receipt_above_the_kept_form() {
        RequestFormData data = typed("NATURAL_PERSON", "王小明", "13800000000", "招标文件", "");
        String html = RequestPages.form(WHERE, data, Map.of(),
                org.gongshi.web.i18n.Messages.get(Locale.SIMPLIFIED_CHINESE, "error.disclosure.duplicate-filing", "330328101-2026-0042"));
        Document page = Jsoup.parse(html);
        assertThat(page.select("#form-problem").text()).contains("330328101-2026-0042").contains("10分钟内");
        assertThat(page.select("#request-name").attr("value")).isEqualTo("王小明");
        assertThat(page.select("input[name=preferredReply][checked]").attr("value")).isEmpty();
    }

    @Test
    void the_form_data_is_checked_like_the_domain_checks_it() {
        assertThat(typed("", "甲", "1", "文件", "").problems()).containsOnlyKeys("applicantType");
        assertThat(typed("ALIEN", "甲", "1", "文件", "").problems()).containsOnlyKeys("applicantType");
        assertThat(typed("OTHER", "甲".repeat(101), " ", "文件", "CARRIER_PIGEON").problems())
                .containsOnlyKeys("applicantName", "applicantContact", "preferredReply");
        RequestFormData fine = typed("LEGAL_SERVICE_ORGANISATION", " 某律师事务所 ", "021-12345678", "文件", "EMAIL");
        assertThat(fine.problems()).isEmpty();
        assertThat(fine.application().applicantType().name()).isEqualTo("LEGAL_SERVICE_ORGANISATION");
        assertThat(fine.application().preferredReply()).isEqualTo(PreferredReplyChannel.EMAIL);
        assertThat(RequestFormData.of(Map.of("applicantName", "王\u0000小明")).applicantName()).isEqualTo("王小明");
    }

    @Test
    void the_confirmation_shows_the_receipt_and_the_code_large_with_the_words_to_note_them_and_a_print_button() {
        Filed filed = new Filed("330328101-2026-0042", "ABCDEFGHJKMN", "RECEIVED", LocalDate.of(2026, 9, 18), DUE);
        Document page = Jsoup.parse(RequestPages.confirmation(WHERE, filed, filed.receivedOn()));

        assertThat(page.select("h1").text()).isEqualTo("申请已提交");
        assertThat(page.select(".remember").text()).isEqualTo("请记下受理编号和查询码");
        assertThat(page.select("#receipt-number.big").text()).isEqualTo("330328101-2026-0042");
        assertThat(page.select("#access-code.big").text()).isEqualTo("ABCD EFGH JKMN");
        assertThat(page.select("#receipt-slip").text()).contains("百丈漈镇")
                .contains("2026年9月18日").contains("2026年10月22日");
        assertThat(page.select("#due-explanation li").eachText()).containsExactlyElementsOf(DUE.explanation());
        Element print = page.selectFirst("button#print-receipt");
        assertThat(print.hasAttr("hidden")).as("shown by the script only").isTrue();
        assertThat(print.hasAttr("data-print")).isTrue();
        assertThat(print.text()).isEqualTo("打印本页");
        assertThat(page.select("#request-follow-link").attr("href")).isEqualTo(FOLLOW);
        assertThat(page.select(".code-once").text()).contains("只在这里显示一次");
        // The print styles keep the slip alone.
        assertThat(RequestPages.SITE_STYLE).contains("@media print{header,.skip,main>:not(.receipt-slip){display:none!important}");
    }

    @Test
    void the_follow_form_keeps_the_receipt_but_never_writes_a_code_back() {
        Document page = Jsoup.parse(RequestPages.followForm(WHERE, "330328101-2026-0042", "未找到该申请，或查询码不正确。"));
        Element form = page.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(FOLLOW);
        assertThat(page.select("#follow-receipt").attr("value")).isEqualTo("330328101-2026-0042");
        assertThat(page.select("#follow-code").attr("value")).isEmpty();
        assertThat(page.select("#follow-code").attr("autocomplete")).isEqualTo("off");
        assertThat(page.select("#form-problem").text()).isEqualTo("未找到该申请，或查询码不正确。");
        assertThat(page.select("label[for=follow-receipt]")).hasSize(1);
        assertThat(page.select("label[for=follow-code]")).hasSize(1);
        assertThat(page.select("#request-file-link").attr("href")).isEqualTo(FILE);

        // The site-wide follow page: no division, no filing form to link to.
        Document global = Jsoup.parse(RequestPages.followForm(new RequestPages.Where(Locale.SIMPLIFIED_CHINESE, null, null,
                "/board/requests/follow", false), null, null));
        assertThat(global.select("form").attr("action")).isEqualTo("/board/requests/follow");
        assertThat(global.select("#request-file-link")).isEmpty();
    }

    @Test
    void the_status_says_the_state_in_plain_words_with_the_due_date_and_how_it_was_counted() {
        PublicRequestStatus consulting = RequestSamples.status("330328101-2026-0042", "330328101", LocalDate.of(2026, 9, 18),
                RequestState.CONSULTING_THIRD_PARTY, new DueDate(LocalDate.of(2026, 11, 12), true, List.of("征求第三方意见期间暂停计算。")),
                null, null);
        Document page = Jsoup.parse(RequestPages.status(WHERE, consulting, null));
        assertThat(page.select("h1").text()).contains("330328101-2026-0042");
        assertThat(page.select("#request-state").text()).isEqualTo("征求第三方意见");
        assertThat(page.select("#request-state-words").text()).contains("不计入答复期限").contains("第三十二条");
        assertThat(page.select("#due-date").text()).isEqualTo("2026年11月12日（暂定，可能调整）");
        assertThat(page.select("#due-explanation li").eachText()).containsExactly("征求第三方意见期间暂停计算。");
        assertThat(page.select("#request-status").text()).contains("百丈漈镇").contains("2026年9月18日");
        assertThat(page.select("#reply-type")).isEmpty();

        PublicRequestStatus answered = RequestSamples.status("330328101-2026-0042", "330328101", LocalDate.of(2026, 9, 18),
                RequestState.ANSWERED, DUE, ReplyType.PARTLY_DISCLOSED, LocalDate.of(2026, 10, 9));
        Document done = Jsoup.parse(RequestPages.status(WHERE, answered, null));
        assertThat(done.select("#request-state").text()).isEqualTo("已答复");
        assertThat(done.select("#reply-type").text()).isEqualTo("部分公开");
        assertThat(done.select("#request-status").text()).contains("2026年10月9日");
        assertThat(done.select("#due-date")).as("no due date once answered").isEmpty();
    }

    @Test
    void the_fee_to_pay_and_the_letters_are_on_the_status_page_and_the_letters_post_the_code_never_in_a_url() {
        PublicRequestStatus s = RequestSamples.withLetters(RequestSamples.status("330328101-2026-0042", "330328101",
                LocalDate.of(2026, 9, 18), RequestState.AWAITING_FEE, DUE, null, null));
        Document page = Jsoup.parse(RequestPages.status(WHERE, s, "ABCDEFGHJKMN"));
        assertThat(page.select("#request-fee").text()).contains("1700").contains("2026年12月4日");
        assertThat(page.select("#request-letters button").eachText()).containsExactly("答复书（Word）", "答复书（PDF）");
        for (org.jsoup.nodes.Element form : page.select("#request-letters form")) {
            assertThat(form.attr("method")).isEqualTo("post");
            assertThat(form.attr("action")).doesNotContain("ABCDEFGHJKMN");
            assertThat(form.select("input[name=accessCode]").attr("value")).isEqualTo("ABCDEFGHJKMN");
        }
        assertThat(page.select("a[href*=ABCDEFGHJKMN]")).isEmpty();
        // Without the code (the kiosk), the letters are named, not handed out.
        Document kiosk = Jsoup.parse(RequestPages.status(WHERE, s, null));
        assertThat(kiosk.select("#request-letters form")).isEmpty();
        assertThat(kiosk.select("#request-letters li").eachText()).containsExactly("答复书");
    }

    @Test
    void every_state_and_reply_type_has_words_in_both_languages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (RequestState state : RequestState.values()) {
                assertThat(org.gongshi.web.i18n.Messages.get(locale, "intake.status.words." + state.name())).doesNotStartWith("intake.");
            }
            for (ReplyType type : ReplyType.values()) {
                assertThat(org.gongshi.web.i18n.Messages.get(locale, "intake.reply-type." + type.name())).doesNotStartWith("intake.");
            }
            for (PreferredReplyChannel channel : PreferredReplyChannel.values()) {
                assertThat(org.gongshi.web.i18n.Messages.get(locale, "intake.form.reply." + channel.name())).doesNotStartWith("intake.");
            }
        }
    }

    @Test
    void every_payload_of_the_xss_corpus_stays_text_in_every_field_of_every_request_page() {
        for (String payload : XssCorpus.payloads()) {
            RequestFormData hostile = new RequestFormData(payload, payload, payload, payload, payload, payload);
            Map<String, String> problems = new LinkedHashMap<>();
            for (String field : List.of("applicantType", "applicantName", "applicantContact", "description", "preferredReply")) {
                problems.put(field, payload);
            }
            DueDate due = new DueDate(LocalDate.of(2026, 10, 22), true, List.of(payload));
            RequestPages.Where where = new RequestPages.Where(Locale.SIMPLIFIED_CHINESE, BAIZHANGJI, FILE, FOLLOW, false);
            List<String> pages = List.of(
                    RequestPages.form(where, hostile, problems, payload),
                    RequestPages.confirmation(where, new Filed(payload, payload, payload, LocalDate.of(2026, 9, 18), due), LocalDate.of(2026, 9, 18)),
                    RequestPages.followForm(where, payload, payload),
                    RequestPages.status(where, RequestSamples.withLetters(RequestSamples.status(payload, payload,
                            LocalDate.of(2026, 9, 18), RequestState.RECEIVED, due, null, null)), payload),
                    RequestPages.notice(where, payload, payload, FOLLOW, payload));
            for (String html : pages) {
                XssCorpus.assertInert(html, payload, FORM_ELEMENTS, FORM_ATTRIBUTES);
            }
            // Each typed value comes back exactly as typed, as data.
            Document form = Jsoup.parse(pages.getFirst());
            assertThat(form.select("#request-name").attr("value")).isEqualTo(payload);
            assertThat(form.select("#request-description").first().wholeText()).isEqualTo(payload);
        }
    }

    @Test
    void the_request_pages_are_found_under_each_board_and_site_wide_and_the_language_never_comes_from_a_body() {
        assertThat(RequestSite.handles("/330328101/requests/new".split("/"))).isTrue();
        assertThat(RequestSite.handles("/330328101/requests/follow".split("/"))).isTrue();
        assertThat(RequestSite.handles("/requests/follow".split("/"))).isTrue();
        assertThat(RequestSite.handles("/330328101/notices/abc".split("/"))).isFalse();
        assertThat(RequestSite.handles("/330328101".split("/"))).isFalse();
        assertThat(RequestSite.locale("lang=en")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestSite.locale("x=1&lang=en")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestSite.locale(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
