package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongshi.notice.BoardVersion;
import org.gongshi.notice.BoardVersions;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.RenderedCache;
import org.gongshi.web.http.Revalidation;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The public JSON answers about a division, revalidated and cached like the board pages: a weak
 * ETag and Last-Modified from the board version, {@code Cache-Control: no-cache}, 304 when the
 * client's copy is current, and the JSON bytes (written by the shared JSON-B) kept per URL and
 * version, so an unchanged board costs no database work and no serialisation.
 */
@ApplicationScoped
public class PublicAnswers {

    static final String JSON = "application/json;charset=UTF-8";

    @Inject
    BoardVersions versions;

    @Inject
    RenderedCache cache;

    /** The cache key of a JSON answer: the raw path and query as sent, and the version it was rendered from. */
    static String key(String rawPath, String rawQuery, BoardVersion version) {
        return RenderedCache.jsonKey(rawPath, rawQuery, version);
    }

    Response json(DivisionCode division, UriInfo uri, HttpHeaders headers, Supplier<Object> value) {
        BoardVersion version = versions.current(division);
        String query = uri.getRequestUri().getRawQuery();
        String key = key(uri.getRequestUri().getRawPath(), query, version);
        RenderedCache.Rendered answer = cache.get(key, () -> new RenderedCache.Rendered(
                JsonConfig.JSONB.toJson(value.get()).getBytes(StandardCharsets.UTF_8), JSON));
        String etag = Revalidation.etag(version);
        Response.ResponseBuilder builder;
        if (Revalidation.notModified(headers.getHeaderString("If-None-Match"), headers.getHeaderString("If-Modified-Since"),
                etag, version.lastModified())) {
            builder = Response.notModified();
        } else {
            builder = Response.ok(answer.body(), JSON);
        }
        return builder.header("ETag", etag)
                .header("Last-Modified", Revalidation.httpDate(version.lastModified()))
                .header("Cache-Control", Revalidation.CACHE_CONTROL)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
