package org.gongshi.web.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void paragraphs_lists_emphasis_and_web_links_become_markup() {
        String html = Markdown.toHtml("第一段\n\n- 张某某，补助300元\n- 李某某，补助200元\n\n**监督电话**：[县民政局](https://mzj.example.gov.cn)");
        assertThat(html).contains("<p>第一段</p>").contains("<ul>").contains("<li>张某某，补助300元</li>")
                .contains("<strong>监督电话</strong>")
                .contains("<a rel=\"nofollow noopener noreferrer\" href=\"https://mzj.example.gov.cn\">县民政局</a>");
    }

    @Test
    void raw_html_in_the_text_is_shown_as_text() {
        assertThat(Markdown.toHtml("<script>alert(1)</script>\n\n正文<b onclick=\"x()\">粗</b>"))
                .doesNotContain("<script>").doesNotContain("<b onclick")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void links_to_anything_but_the_web_or_mail_keep_only_their_text() {
        assertThat(Markdown.toHtml("[点我](javascript:alert(1)) [x](data:text/html,hi) [y](vbscript:z)"))
                .doesNotContain("href").contains("点我").doesNotContain("javascript");
        assertThat(Markdown.toHtml("写信：[信箱](mailto:gk@example.gov.cn)")).contains("href=\"mailto:gk@example.gov.cn\"");
    }

    @Test
    void images_become_their_alt_text_so_the_board_loads_nothing_from_elsewhere() {
        assertThat(Markdown.toHtml("![公示现场照片](https://tracker.example/p.gif)"))
                .doesNotContain("<img").doesNotContain("tracker").contains("公示现场照片");
    }

    @Test
    void headings_in_the_body_come_below_the_pages_own_headings() {
        assertThat(Markdown.toHtml("# 一、基本情况\n\n## （一）资金来源")).contains("<h3>一、基本情况</h3>").contains("<h4>（一）资金来源</h4>");
    }

    @Test
    void single_line_breaks_are_kept_as_line_breaks() {
        assertThat(Markdown.toHtml("第一行\n第二行")).contains("第一行<br>");
    }
}
