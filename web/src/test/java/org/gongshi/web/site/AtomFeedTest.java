package org.gongshi.web.site;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.gongshi.notice.Genre;
import org.gongshi.notice.PublishedNotice;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AtomFeedTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void entries_carry_title_link_dates_and_a_plain_text_summary() throws Exception {
        String body = "**低保**名单如下：\n\n- 张某\n- <script>alert(1)</script> [链接](https://example.org)";
        String xml = AtomFeed.render("篁庄村委会 公开栏", "https://gs.example", "https://gs.example/board/330328101200",
                "https://gs.example/board/330328101200/feed.atom", PUBLISHED, List.of(notice("n1", "低保名单公示", body)));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(1);
        var entry = feed.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo("低保名单公示");
        assertThat(entry.getLink()).isEqualTo("https://gs.example/board/330328101200/notices/n1");
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(PUBLISHED);
        assertThat(entry.getAuthors()).extracting(p -> p.getName()).containsExactly("篁庄村委会");
        assertThat(feed.getAuthors()).extracting(p -> p.getName()).containsExactly("篁庄村委会 公开栏");
        // The words as the board shows them: markup gone, text that looks like HTML kept as text.
        assertThat(entry.getDescription().getValue()).startsWith("低保名单如下：").doesNotContain("**").contains("张某");
        assertThat(xml).contains("<summary type=\"text\">").contains("&lt;script&gt;")
                .doesNotContain("<script").doesNotContain("<strong");
    }

    @Test
    void hostile_and_unrepresentable_text_comes_out_as_escaped_well_formed_xml() throws Exception {
        String title = "<script>alert('x')</script>\u0001\u0008 ]]> &amp; \uD800";
        String xml = AtomFeed.render("t", "https://gs.example", "https://gs.example/board/1", "https://gs.example/board/1/feed.atom",
                PUBLISHED, List.of(notice("n2", title, "<img src=x onerror=alert(1)>")));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getEntries().getFirst().getTitle()).contains("<script>alert('x')</script>").contains("]]>");
        assertThat(xml).doesNotContain("<script>").doesNotContain("<img");
    }

    @Test
    void long_bodies_are_cut_to_a_summary() {
        assertThat(AtomFeed.summary("字".repeat(500))).hasSize(AtomFeed.SUMMARY_LENGTH + 1).endsWith("…");
    }

    private static PublishedNotice notice(String id, String title, String body) {
        return new PublishedNotice(id, "330328101200", title, body, null, Genre.ANNOUNCEMENT, Set.of(), null, Set.of(), null,
                null, null, null, null, null, null, null, null, 1, null, null, PUBLISHED);
    }
}
