package org.gongshi.web.site;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.integrity.NoticeVerification;
import org.gongshi.web.i18n.Messages;

import java.util.Locale;

/**
 * Tamper evidence under a notice on the board: the content hash its publication recorded in the
 * division's chain, whether the notice as shown still fits it, and a QR code (and link) to the
 * public check, so a reader can check it again later — or compare it with a printed copy.
 */
public final class VerificationPanel {

    /** Hex digits of the short form, enough to compare by eye. */
    private static final int SHORT_HASH = 8;
    /** Large enough for an old phone's camera at arm's length, small enough for a printed page. */
    private static final int QR_SIZE = 180;

    private VerificationPanel() {
    }

    /**
     * The absolute address of the public check of notice {@code id}, on the host and scheme the
     * reader used (behind a proxy, the server must be told the forwarded host and scheme).
     */
    public static String verifyUrl(HttpServletRequest request, String id) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + "/api/public/notices/" + id + "/verify";
    }

    public static String html(NoticeVerification check, String verifyUrl, Locale locale) {
        String hash = check.contentHash();
        StringBuilder html = new StringBuilder("<section class=\"integrity\">\n");
        html.append("<h2>").append(Html.text(t(locale, "board.integrity.title"))).append("</h2>\n");
        if (check.verified()) {
            html.append("<p class=\"integrity-status verified\">").append(Html.text(t(locale, "board.integrity.verified")));
        } else {
            html.append("<p class=\"integrity-status not-verified\" role=\"alert\">")
                    .append(Html.text(t(locale, "board.integrity.not-verified")));
        }
        html.append("</p>\n");
        html.append("<p class=\"hash-short\">")
                .append(Html.text(Messages.get(locale, "board.integrity.hash", hash.substring(0, SHORT_HASH)))).append("</p>\n");
        html.append("<p><code class=\"content-hash\">").append(Html.text(hash)).append("</code></p>\n");
        html.append("<p class=\"verify-qr\">").append(QrCode.svg(verifyUrl, t(locale, "board.integrity.qr-alt"), QR_SIZE))
                .append("</p>\n");
        html.append("<p>").append(Html.text(t(locale, "board.integrity.explain"))).append("<br><a class=\"verify-link\" href=\"")
                .append(Html.text(verifyUrl)).append("\">").append(Html.text(verifyUrl)).append("</a></p>\n");
        return html.append("</section>\n").toString();
    }

    private static String t(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
