package org.gongshi.web.site;

import org.gongshi.notice.Genre;
import org.gongshi.notice.Validity;
import org.gongshi.tenancy.DivisionCode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every payload of the XSS corpus, in every field the board shows, renders as inert text. */
class NoticeArticleXssTest {

    private static final DivisionCode VILLAGE = DivisionCode.of("330328101200");

    @Test
    void the_corpus_has_at_least_a_hundred_payloads() {
        assertThat(XssCorpus.payloads()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void every_payload_in_every_field_of_the_board_article_stays_text() {
        List<String> payloads = XssCorpus.payloads();
        for (String payload : payloads) {
            NoticeArticle.Data data = new NoticeArticle.Data("0190f3a2-7b1c-7def-8000-000000000001", VILLAGE, payload,
                    payload + "\n\n" + payload, Genre.NORMATIVE_DOCUMENT, payload, payload, payload,
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), Validity.ABOLISHED,
                    null, null, null, Instant.parse("2026-11-20T02:00:00Z"));
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String article = NoticeArticle.html(data, locale, "");
                XssCorpus.assertInert(article, payload);
                String page = NoticeArticle.previewPage(data, locale);
                XssCorpus.assertInert(page, payload);
                // The payload is still there, as the text a resident reads.
                assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo(Jsoup.parse("<p>" + Html.text(payload) + "</p>").text());
            }
        }
    }
}
