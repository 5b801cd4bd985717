package org.gongshi.web.site;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.integrity.ChainProblem;
import org.gongshi.integrity.NoticeVerification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class VerificationPanelTest {

    private static final String ID = "0190b5a4-1c2d-7e3f-8a4b-5c6d7e8f9a0b";
    private static final String HASH = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

    @Test
    void the_qr_code_decodes_to_the_public_check_of_the_notice() throws Exception {
        String url = "https://gongshi.example.org/api/public/notices/" + ID + "/verify";
        String svg = QrCode.svg(url, "核验<二维码>", 180);
        assertThat(QrCodes.decode(svg)).isEqualTo(url);
        assertThat(svg).contains("aria-label=\"核验&lt;二维码&gt;\"").contains("<title>核验&lt;二维码&gt;</title>")
                .contains("width=\"180\"");
    }

    @Test
    void the_check_is_addressed_on_the_host_and_scheme_the_reader_used() {
        assertThat(VerificationPanel.verifyUrl(request("http", "127.0.0.1", 18080, ""), ID))
                .isEqualTo("http://127.0.0.1:18080/api/public/notices/" + ID + "/verify");
        assertThat(VerificationPanel.verifyUrl(request("https", "gongshi.example.org", 443, "/gs"), ID))
                .isEqualTo("https://gongshi.example.org/gs/api/public/notices/" + ID + "/verify");
    }

    @Test
    void the_panel_shows_the_short_and_the_full_hash_and_a_labelled_qr_image_and_no_script() throws Exception {
        String url = "http://127.0.0.1:18080/api/public/notices/" + ID + "/verify";
        String html = VerificationPanel.html(check(null), url, Locale.SIMPLIFIED_CHINESE);
        assertThat(html).contains("<p class=\"hash-short\">内容指纹（SHA-256）：3a7bd3e2</p>")
                .contains("<code class=\"content-hash\">" + HASH + "</code>")
                .contains("role=\"img\" aria-label=\"核验本公告的二维码\"")
                .contains("<a class=\"verify-link\" href=\"" + url + "\">")
                .contains("一致").doesNotContain("不一致")
                .doesNotContain("<script").doesNotContain("style=");
        Matcher qr = Pattern.compile("<p class=\"verify-qr\">(<svg .*?</svg>)</p>").matcher(html);
        assertThat(qr.find()).isTrue();
        assertThat(QrCodes.decode(qr.group(1))).isEqualTo(url);
    }

    @Test
    void a_notice_that_no_longer_fits_its_record_is_flagged_on_its_own_page() {
        String html = VerificationPanel.html(check(ChainProblem.CONTENT_CHANGED), "http://x/verify", Locale.ENGLISH);
        assertThat(html).contains("role=\"alert\"").contains("no longer matches");
    }

    private static NoticeVerification check(ChainProblem problem) {
        return new NoticeVerification(ID, "330328101200", problem == null, HASH, HASH, 3, problem, Instant.now());
    }

    private static HttpServletRequest request(String scheme, String host, int port, String contextPath) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getScheme()).thenReturn(scheme);
        when(request.getServerName()).thenReturn(host);
        when(request.getServerPort()).thenReturn(port);
        when(request.getContextPath()).thenReturn(contextPath);
        return request;
    }
}
