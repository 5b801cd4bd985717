package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.notice.BoardVersion;
import org.gongshi.notice.BoardVersions;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.RenderedCache;
import org.gongshi.web.http.Revalidation;

import java.io.IOException;

/**
 * The hot path of the public JSON: a GET whose answer at the division's current version is
 * already in {@link RenderedCache} (put there by {@link PublicAnswers} on the first request) is
 * answered here, before JAX-RS, which costs several times more per request than the answer itself.
 * Everything else — a first request, an error, another method — goes on to the resources
 * unchanged, so the answers are the same either way.
 */
@WebFilter(urlPatterns = "/api/public/divisions/*")
public class PublicJsonFastPath extends HttpFilter {

    @Inject
    BoardVersions versions;

    @Inject
    RenderedCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && serveCached(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean serveCached(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + "/api/public/divisions/";
        if (!uri.startsWith(prefix)) {
            return false;
        }
        int end = uri.indexOf('/', prefix.length());
        if (end < 0) {
            return false;
        }
        BoardVersion version;
        try {
            version = versions.current(DivisionCode.of(uri.substring(prefix.length(), end)));
        } catch (RuntimeException notADivision) {
            return false;
        }
        RenderedCache.Rendered answer = cache.peek(PublicAnswers.key(uri, request.getQueryString(), version));
        if (answer == null) {
            return false;
        }
        String etag = Revalidation.etag(version);
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", Revalidation.httpDate(version.lastModified()));
        response.setHeader("Cache-Control", Revalidation.CACHE_CONTROL);
        if (Revalidation.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), etag,
                version.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
        return true;
    }
}
