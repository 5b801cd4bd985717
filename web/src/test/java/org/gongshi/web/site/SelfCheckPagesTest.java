package org.gongshi.web.site;

import org.gongshi.relief.ReliefListType;
import org.gongshi.relief.SelfCheckMatch;
import org.gongshi.tenancy.DivisionCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-check's form and answer on the public site: posted, never echoing the ID number, saying plainly what the answer means. */
class SelfCheckPagesTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final String NAME = org.gongshi.tenancy.DivisionDirectory.seed().fullName(HUANGZHUANG);
    private static final SelfCheckPages.Where SITE = new SelfCheckPages.Where(Locale.SIMPLIFIED_CHINESE, HUANGZHUANG,
            "/board/330328101200/self-check", id -> "/board/330328101200/notices/" + id, false);

    @Test
    void the_form_posts_the_id_and_name_in_the_body_with_no_autofill() {
        Document page = Jsoup.parse(SelfCheckPages.form(SITE, "", Map.of()));
        assertThat(page.select("form").attr("method")).isEqualTo("post");
        assertThat(page.select("form").attr("action")).isEqualTo("/board/330328101200/self-check");
        assertThat(page.select("form").attr("autocomplete")).isEqualTo("off");
        assertThat(page.select("input[name=idNumber]").attr("value")).isEmpty();
        assertThat(page.select("input[name=idNumber]").attr("autocomplete")).isEqualTo("off");
        assertThat(page.select("label[for=self-check-id]").text()).startsWith("身份证号码");
        assertThat(page.select("input[name=name]")).hasSize(1);
        assertThat(page.select(".request-division").text()).contains(NAME);
        assertThat(page.select("#self-check-privacy").text()).contains("不会被保存");
    }

    @Test
    void a_form_shown_again_names_each_problem_and_keeps_the_name_only() {
        Document page = Jsoup.parse(SelfCheckPages.form(SITE, "王<小>明", Map.of("idNumber", "身份证号码有误。")));
        assertThat(page.select("#form-errors li a").attr("href")).isEqualTo("#self-check-id");
        assertThat(page.select("#self-check-id").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#self-check-id").attr("value")).isEmpty();
        assertThat(page.select("#self-check-id-error").text()).isEqualTo("身份证号码有误。");
        assertThat(page.select("#self-check-name").attr("value")).isEqualTo("王<小>明");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void on_a_list_the_answer_names_each_list_its_period_and_links_its_notice() {
        List<SelfCheckMatch> matches = List.of(
                new SelfCheckMatch("篁庄村<script>alert(1)</script>低保初审对象名单", ReliefListType.DIBAO_FIRST_REVIEW, "n-1",
                        LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 24)),
                new SelfCheckMatch("篁庄村特困人员名单", ReliefListType.TEKUN, "n-2", LocalDate.of(2026, 3, 1), null),
                new SelfCheckMatch("篁庄村低保对象名单", ReliefListType.DIBAO_APPROVED, "n-3", null, null));
        Document page = Jsoup.parse(SelfCheckPages.result(SITE, matches));
        assertThat(page.select("#self-check-result").attr("data-on-list")).isEqualTo("true");
        assertThat(page.select("#self-check-answer").text()).isEqualTo("您在以下3份正在公示的名单中：");
        assertThat(page.select("#self-check-lists li")).hasSize(3);
        assertThat(page.select("#self-check-lists li a").eachAttr("href")).containsExactly("/board/330328101200/notices/n-1",
                "/board/330328101200/notices/n-2", "/board/330328101200/notices/n-3");
        assertThat(page.select("#self-check-lists li").get(2).select(".list-period").text()).isEqualTo("长期公示");
        assertThat(page.select("#self-check-lists li").get(0).text()).contains("低保初审对象名单").contains("公示期：2026年11月16日至2026年11月24日");
        assertThat(page.select("#self-check-lists li").get(1).text()).contains("特困人员供养名单").contains("长期公示，自2026年3月1日起");
        assertThat(page.select("script")).as("titles are escaped").isEmpty();
        assertThat(page.select("#self-check-objection").text()).contains("监督电话");
        assertThat(page.select("#self-check-again").attr("href")).isEqualTo("/board/330328101200/self-check");
    }

    @Test
    void on_no_list_the_answer_says_so_and_what_it_does_not_mean() {
        Document page = Jsoup.parse(SelfCheckPages.result(SITE, List.of()));
        assertThat(page.select("#self-check-result").attr("data-on-list")).isEqualTo("false");
        assertThat(page.select("#self-check-answer").text())
                .isEqualTo("在" + NAME + "正在公示的名单中，没有查到与您输入的身份证号码和姓名相符的记录。");
        assertThat(page.select(".notes li")).hasSize(3);
        assertThat(page.select(".notes").text()).contains("公示期已结束的名单不在查询范围内");
        assertThat(page.select("#self-check-lists")).isEmpty();
    }

    @Test
    void the_english_pages_are_complete() {
        SelfCheckPages.Where en = new SelfCheckPages.Where(Locale.ENGLISH, HUANGZHUANG, "/board/330328101200/self-check?lang=en",
                id -> "/board/330328101200/notices/" + id + "?lang=en", false);
        String html = SelfCheckPages.form(en, "", Map.of()) + SelfCheckPages.result(en, List.of())
                + SelfCheckPages.result(en, List.of(new SelfCheckMatch("t", ReliefListType.TEKUN, "n", LocalDate.of(2026, 1, 2), null)));
        assertThat(html).doesNotContainPattern("self-check\\.[a-z]").doesNotContain("relief.type.").doesNotContain("intake.")
                .contains("Am I on a relief list now on notice?").contains("On notice long-term, since 2026-01-02");
    }
}
