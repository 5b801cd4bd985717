package org.gongshi.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.notice.BoardVersion;
import org.gongshi.notice.BoardVersions;
import org.gongshi.notice.PublicCatalog;
import org.gongshi.notice.SitemapEntry;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.web.http.PublicUrls;
import org.gongshi.web.http.RenderedCache;
import org.gongshi.web.http.Revalidation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sitemaps (sitemaps.org 0.9) of the public boards, for search engines:
 * <ul>
 *   <li>{@code /sitemap.xml} — an index of one sitemap per county;</li>
 *   <li>{@code /sitemaps/{county}.xml} — the board of the county and of every town and village
 *       beneath it, and every notice page on those boards, with when it last changed.</li>
 * </ul>
 * Revalidated and cached like the boards (the county's board version; the index: all of them).
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/sitemaps/*"})
public class SitemapServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SitemapServlet.class.getName());
    private static final String CONTENT_TYPE = "application/xml;charset=UTF-8";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    PublicCatalog catalog;

    @Inject
    BoardVersions versions;

    @Inject
    RenderedCache rendered;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if ("/sitemap.xml".equals(request.getServletPath())) {
                index(request, response);
            } else {
                String path = request.getPathInfo() == null ? "" : request.getPathInfo();
                if (!path.matches("/[0-9]{6}\\.xml")) {
                    throw new NotFound("error.request.not-found");
                }
                DivisionCode county = DivisionCode.of(path.substring(1, 7));
                if (DivisionDirectory.seed().find(county).filter(d -> d.level() == DivisionLevel.COUNTY).isEmpty()) {
                    throw new NotFound("error.division.not-found");
                }
                BoardVersion version = versions.current(county);
                answer(request, response, version, () -> countySitemap(request, county, version));
            }
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Sitemap failed", e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    private void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Division> counties = DivisionDirectory.seed().atLevel(DivisionLevel.COUNTY);
        StringBuilder tag = new StringBuilder();
        Instant last = Instant.EPOCH;
        Map<DivisionCode, BoardVersion> byCounty = new HashMap<>();
        for (Division county : counties) {
            BoardVersion v = versions.current(county.code());
            byCounty.put(county.code(), v);
            tag.append(v.tag()).append('.');
            last = v.lastModified().isAfter(last) ? v.lastModified() : last;
        }
        BoardVersion version = new BoardVersion(Integer.toHexString(tag.toString().hashCode()) + "-" + counties.size(), last);
        answer(request, response, version, () -> {
            String base = PublicUrls.base(request);
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NS + "\">\n");
            for (Division county : counties) {
                xml.append("<sitemap><loc>").append(escape(base + "/sitemaps/" + county.code().value() + ".xml"))
                        .append("</loc><lastmod>").append(date(byCounty.get(county.code()).lastModified())).append("</lastmod></sitemap>\n");
            }
            return xml.append("</sitemapindex>\n").toString();
        });
    }

    private String countySitemap(HttpServletRequest request, DivisionCode county, BoardVersion version) {
        String base = PublicUrls.base(request);
        List<SitemapEntry> notices = catalog.sitemap(county);
        Map<String, Instant> newestPerBoard = new HashMap<>();
        for (SitemapEntry e : notices) {
            newestPerBoard.merge(e.divisionCode(), e.lastModified(), (a, b) -> a.isAfter(b) ? a : b);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n");
        // The boards: the county first, then every town and village beneath it.
        Deque<Division> todo = new ArrayDeque<>(List.of(DivisionDirectory.seed().require(county)));
        while (!todo.isEmpty()) {
            Division d = todo.removeFirst();
            url(xml, base + "/board/" + d.code().value(), newestPerBoard.get(d.code().value()));
            todo.addAll(DivisionDirectory.seed().children(d.code()));
        }
        for (SitemapEntry e : notices) {
            url(xml, base + "/board/" + e.divisionCode() + "/notices/" + e.noticeId(), e.lastModified());
        }
        return xml.append("</urlset>\n").toString();
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, BoardVersion version,
                        java.util.function.Supplier<String> render) throws IOException {
        String key = "sitemap:" + request.getRequestURI() + "|" + version.tag();
        RenderedCache.Rendered answer = rendered.get(key,
                () -> new RenderedCache.Rendered(render.get().getBytes(StandardCharsets.UTF_8), CONTENT_TYPE));
        String etag = Revalidation.etag(version);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", Revalidation.CACHE_CONTROL);
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", Revalidation.httpDate(version.lastModified()));
        if (Revalidation.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), etag,
                version.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static void url(StringBuilder xml, String loc, Instant lastModified) {
        xml.append("<url><loc>").append(escape(loc)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(date(lastModified)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /** W3C datetime, in UTC. */
    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
