package org.gongshi.web.http;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;

/**
 * Refuses a POST that a browser sent from another site's page. The public pages keep no session and
 * set no cookie, so there is nothing a forged request could ride on (CSRF in the classic sense is
 * moot); this only keeps other sites from making residents' browsers file requests or try codes.
 * A browser names the page's origin in {@code Origin} (every POST), else in {@code Referer}: when
 * either is present its host and port must be this site's — the {@code Host} the request came to,
 * or the host of {@code gongshi.public-base-url}. The scheme is not compared, so a site behind a
 * TLS-terminating proxy works. A request with neither header (a county system, curl, a browser told
 * to send no referrer) is let through: the filing limit and the one-time keys still apply to it.
 * {@code Origin: null} (a sandboxed or privacy-restricted page) counts as another site.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** True when the request names no origin, or names this site. */
    public static boolean allows(HttpServletRequest request) {
        return allows(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"), configuredHost());
    }

    /** The rule on its own: {@code origin} first, else {@code referer}; each must be {@code host} or {@code publicHost}. */
    static boolean allows(String origin, String referer, String host, String publicHost) {
        String named = origin != null && !origin.isBlank() ? origin.strip() : referer == null || referer.isBlank() ? null : referer.strip();
        if (named == null) {
            return true;
        }
        String authority = authority(named);
        if (authority == null) {
            return false;
        }
        return authority.equals(normalise(host)) || authority.equals(normalise(publicHost));
    }

    private static String configuredHost() {
        try {
            String base = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue(PublicUrls.BASE_URL_PROPERTY, String.class).orElse(null);
            return base == null || base.isBlank() ? null : authority(base.strip());
        } catch (IllegalStateException e) {
            return null;  // no configuration (a unit test)
        }
    }

    /** {@code host[:port]} of a URL, lower case, the port left out when it is the scheme's default; null if not a URL. */
    private static String authority(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort();
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normalise(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    }
}
