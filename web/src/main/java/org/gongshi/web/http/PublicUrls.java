package org.gongshi.web.http;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Absolute URLs of public pages (feeds and sitemaps need them): the configured
 * {@code gongshi.public-base-url} (env {@code GONGSHI_PUBLIC_BASE_URL}, e.g.
 * {@code https://gongshi.example.gov.cn}) or, when none is set, the scheme, host and port the
 * request came in on, with the context path.
 */
public final class PublicUrls {

    public static final String BASE_URL_PROPERTY = "gongshi.public-base-url";

    private PublicUrls() {
    }

    /** The base without a trailing slash. */
    public static String base(HttpServletRequest request) {
        String configured = ConfigProvider.getConfig().getOptionalValue(BASE_URL_PROPERTY, String.class)
                .map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (configured != null) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
