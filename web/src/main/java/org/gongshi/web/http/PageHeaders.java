package org.gongshi.web.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** The headers of every public HTML page besides its content type: the servlets and the fast lane send the same. */
public final class PageHeaders {

    /** Security policy, no sniffing, same-origin referrers, and revalidation on every use. */
    public static final Map<String, String> HTML;

    static {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cache-Control", Revalidation.CACHE_CONTROL);
        HTML = java.util.Collections.unmodifiableMap(headers);
    }

    private PageHeaders() {
    }
}
