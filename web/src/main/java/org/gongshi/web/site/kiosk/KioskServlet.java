package org.gongshi.web.site.kiosk;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongshi.attachment.AttachmentService;
import org.gongshi.integrity.ChainVerification;
import org.gongshi.notice.PublicBoard;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.search.NoticeSearch;
import org.gongshi.search.SearchQuery;
import org.gongshi.search.SearchResults;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.DefaultSections;
import org.gongshi.section.SectionView;
import org.gongshi.shared.Gone;
import org.gongshi.shared.GongshiException;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.site.VerificationPanel;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reading-point kiosk (查阅点) of one division's board, for a touch screen in the village
 * service centre: {@code /kiosk/{code}/} and below it only — home, {@code sections/{key}},
 * {@code notices}, {@code notices/{id}}, {@code search?q=}, the request forms, the relief
 * self-check ({@code self-check}), plus {@code kiosk.js}, the service
 * worker {@code sw.js} and {@code ping} for the offline banner. Server-rendered HTML like the board:
 * no login, no session (it never touches {@code HttpSession}), no cookies.
 */
@WebServlet(urlPatterns = "/kiosk/*")
public class KioskServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(KioskServlet.class.getName());
    static final int PAGE_SIZE = 10;
    /** The kiosk reads at most this many full pages of the board (for its sections and search words). */
    private static final int BOARD_PAGES = 10;

    @Inject
    PublicBoard board;

    @Inject
    BoardSectionService sections;

    @Inject
    ChainVerification chain;

    @Inject
    AttachmentService attachments;

    /** The search capability; absent until it is deployed, and then the kiosk says search is unavailable. */
    @Inject
    Instance<NoticeSearch> search;

    /** How long the kiosk waits without a touch before it goes back to its home screen. */
    @Inject
    @ConfigProperty(name = "gongshi.kiosk.idle-seconds", defaultValue = "90")
    int idleSeconds;

    @Inject
    Clock clock;

    @Inject
    KioskRequests requests;

    @Inject
    KioskSelfCheck selfCheck;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Messages.DEFAULT_LOCALE;
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String[] parts = path.substring(1).split("/", -1);
        KioskFrame frame = frame(request, response, parts[0], locale);
        if (frame == null) {
            return;
        }
        DivisionCode code = frame.division();
        if (parts.length == 1) {
            // The kiosk lives under /kiosk/{code}/, the service worker's scope.
            response.sendRedirect(frame.home());
            return;
        }
        String rest = path.substring(1 + parts[0].length() + 1);
        try {
            switch (rest) {
                case "" -> home(response, frame);
                case "kiosk.js" -> script(response, "kiosk.js", "script-src 'self'", false);
                case "sw.js" -> script(response, "sw.js", "default-src 'none'; connect-src 'self'", true);
                case "ping" -> {
                    response.setHeader("Cache-Control", "no-store");
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                }
                case "notices" -> {
                    List<PublishedNotice> all = boardOf(code);
                    int page = parsePage(request);
                    write(response, KioskPages.list(frame, frame.t("kiosk.all"), pageOf(all, page), page, hasNext(all, page), "notices"));
                }
                case "search" -> search(request, response, frame);
                case "request" -> writeNoStore(response, requests.fileForm(frame));
                case "follow" -> writeNoStore(response, requests.followForm(frame));
                case KioskSelfCheck.PAGE -> writeNoStore(response, selfCheck.form(frame));
                default -> other(request, response, frame, rest);
            }
        } catch (Gone gone) {
            gone(response, frame, gone);
        } catch (NotFound notFound) {
            notFound(response, frame, notFound);
        } catch (EJBException e) {
            if (e.getCausedByException() instanceof Gone gone) {
                gone(response, frame, gone);
            } else if (e.getCausedByException() instanceof NotFound notFound) {
                notFound(response, frame, notFound);
            } else {
                failure(response, frame, e);
            }
        } catch (RuntimeException e) {
            failure(response, frame, e);
        }
    }

    /**
     * Only the forms take a POST: {@code request} (filing, channel KIOSK), {@code follow} and
     * {@code self-check} (the relief lists).
     * The language comes from the address ({@code ?lang=en}), never from the posted body.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = org.gongshi.web.site.RequestSite.locale(request.getQueryString());
        String[] parts = (request.getPathInfo() == null ? "/" : request.getPathInfo()).substring(1).split("/", -1);
        KioskFrame frame = frame(request, response, parts[0], locale);
        if (frame == null) {
            return;
        }
        String rest = parts.length == 2 ? parts[1] : "";
        try {
            if (KioskSelfCheck.PAGE.equals(rest)) {
                writeNoStore(response, selfCheck.post(request, response, frame));
                return;
            }
            if (!"request".equals(rest) && !"follow".equals(rest)) {
                response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                response.setHeader("Allow", "GET");
                write(response, KioskPages.message(frame, frame.t("board.not-found.title"), frame.t("error.request.method-not-allowed")));
                return;
            }
            writeNoStore(response, requests.post(request, response, frame, rest));
        } catch (NotFound notFound) {
            notFound(response, frame, notFound);
        } catch (EJBException e) {
            if (e.getCausedByException() instanceof NotFound notFound) {
                notFound(response, frame, notFound);
            } else {
                failure(response, frame, e);
            }
        } catch (RuntimeException e) {
            failure(response, frame, e);
        }
    }

    /** The kiosk of division {@code code}, or {@code null} once a 404 is answered (no such division). */
    private KioskFrame frame(HttpServletRequest request, HttpServletResponse response, String code, Locale locale) throws IOException {
        DivisionCode division = division(code);
        if (division == null) {
            notFound(response, locale);
            return null;
        }
        return new KioskFrame(division, request.getContextPath(), idleSeconds, clock.instant(), locale);
    }

    /** A page that holds what a resident typed or their access code: kept in no cache, not even the service worker's. */
    private static void writeNoStore(HttpServletResponse response, String html) throws IOException {
        write(response, html, "no-store");
    }

    private void other(HttpServletRequest request, HttpServletResponse response, KioskFrame frame, String rest) throws IOException {
        String[] parts = rest.split("/", -1);
        DivisionCode code = frame.division();
        if (parts.length == 2 && "sections".equals(parts[0])) {
            Map<String, String> names = sectionNames(code, frame);
            String key = parts[1];
            if (!names.containsKey(key)) {
                throw new NotFound("error.section.not-found");
            }
            List<PublishedNotice> inSection = boardOf(code).stream().filter(n -> key.equals(sectionKey(n, names))).toList();
            int page = parsePage(request);
            write(response, KioskPages.list(frame, names.get(key), pageOf(inSection, page), page,
                    hasNext(inSection, page), "sections/" + key));
        } else if (parts.length == 2 && "notices".equals(parts[0])) {
            // Read within this kiosk's own division only: another division's notice id is simply not found.
            PublishedNotice notice = board.notice(code, parts[1]);
            String integrity;
            try {
                integrity = VerificationPanel.html(chain.verifyPublishedNotice(code, notice.id()),
                        VerificationPanel.verifyUrl(request, notice.id()), frame.locale());
            } catch (NotFound | EJBException notInChain) {
                // Published before the chain existed: there is no recorded hash to show.
                integrity = "";
            }
            String back = frame.url("sections/" + sectionKey(notice, sectionNames(code, frame)));
            write(response, KioskPages.notice(frame, notice, attachments.publicList(code, notice.id()), integrity, back));
        } else {
            throw new NotFound("error.request.not-found");
        }
    }

    private void home(HttpServletResponse response, KioskFrame frame) throws IOException {
        Map<String, String> names = sectionNames(frame.division(), frame);
        List<PublishedNotice> all = boardOf(frame.division());
        List<KioskPages.Tile> tiles = new ArrayList<>();
        names.forEach((key, name) -> {
            int count = (int) all.stream().filter(n -> key.equals(sectionKey(n, names))).count();
            // 其他 only when something is in it; the board's own sections always, even when empty.
            if (count > 0 || !DefaultSections.OTHER.equals(key)) {
                tiles.add(new KioskPages.Tile(key, name, count));
            }
        });
        write(response, KioskPages.home(frame, tiles, all.size()));
    }

    private void search(HttpServletRequest request, HttpServletResponse response, KioskFrame frame) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        if (q.codePointCount(0, q.length()) > KioskPages.MAX_QUERY) {
            q = q.substring(0, q.offsetByCodePoints(0, KioskPages.MAX_QUERY));
        }
        List<PublishedNotice> all = boardOf(frame.division());
        SearchWords words = SearchWords.of(all, sectionNames(frame.division(), frame).values());
        boolean available = search.isResolvable();
        SearchResults results = null;
        if (available && !q.isEmpty()) {
            results = search.get().search(new SearchQuery(frame.division(), false, q, null, 0, 20));
        }
        write(response, KioskPages.search(frame, q, words, results, available));
    }

    /** The board's visible sections in board order, then 其他 for notices in none of them. */
    private Map<String, String> sectionNames(DivisionCode code, KioskFrame frame) {
        Map<String, String> names = new LinkedHashMap<>();
        for (SectionView s : sections.visibleSections(code)) {
            names.put(s.key(), s.name());
        }
        names.putIfAbsent(DefaultSections.OTHER, frame.t("board.sections.other"));
        return names;
    }

    private static String sectionKey(PublishedNotice n, Map<String, String> names) {
        return n.section() != null && names.containsKey(n.section()) ? n.section() : DefaultSections.OTHER;
    }

    /** The division's notices on the board, newest first (at most {@link #BOARD_PAGES} full pages). */
    private List<PublishedNotice> boardOf(DivisionCode code) {
        List<PublishedNotice> all = new ArrayList<>();
        for (int p = 0; p < BOARD_PAGES; p++) {
            Page<PublishedNotice> part = board.published(code, p, Page.MAX_SIZE);
            all.addAll(part.items());
            if ((long) (p + 1) * Page.MAX_SIZE >= part.total()) {
                break;
            }
        }
        all.sort(Comparator.comparing(PublishedNotice::publishedAt).reversed());
        return all;
    }

    private static List<PublishedNotice> pageOf(List<PublishedNotice> all, int page) {
        int from = Math.min(all.size(), page * PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    private static boolean hasNext(List<PublishedNotice> all, int page) {
        return (long) (page + 1) * PAGE_SIZE < all.size();
    }

    private static int parsePage(HttpServletRequest request) {
        try {
            String value = request.getParameter("page");
            return value == null ? 0 : Math.max(0, Math.min(Integer.parseInt(value), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static DivisionCode division(String text) {
        try {
            DivisionCode code = DivisionCode.of(text);
            DivisionDirectory.seed().require(code);
            return code;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The kiosk's scripts, from the classpath. The service worker is served from inside
     * {@code /kiosk/{code}/}, so its default scope is exactly this kiosk; it is never cached by
     * HTTP, so that an updated worker is picked up at once.
     */
    private void script(HttpServletResponse response, String name, String policy, boolean worker) throws IOException {
        org.gongshi.web.http.ClasspathScript.write(response, KioskServlet.class, name, policy, worker ? "no-cache, no-store" : "no-cache");
    }

    /** A kiosk page with the same headers as the board, and a policy that lets only its own script and worker run. */
    static void write(HttpServletResponse response, String html) throws IOException {
        write(response, html, "no-cache");
    }

    private static void write(HttpServletResponse response, String html, String cacheControl) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; worker-src 'self';"
                + " style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", cacheControl);
        response.getWriter().write(html);
    }

    private static void gone(HttpServletResponse response, KioskFrame frame, Gone gone) throws IOException {
        response.setStatus(HttpServletResponse.SC_GONE);
        write(response, KioskPages.message(frame, frame.t("board.gone.title"), text(frame, gone)));
    }

    private static void notFound(HttpServletResponse response, KioskFrame frame, NotFound notFound) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        write(response, KioskPages.message(frame, frame.t("board.not-found.title"), text(frame, notFound)));
    }

    /** No such kiosk: a plain page in the board's style, with nowhere to go (there is no kiosk home to return to). */
    private static void notFound(HttpServletResponse response, Locale locale) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        org.gongshi.web.site.SiteLayout.write(response, locale, Messages.get(locale, "board.not-found.title"),
                "<h1>" + org.gongshi.web.site.Html.text(Messages.get(locale, "board.not-found.title")) + "</h1>\n<p>"
                        + org.gongshi.web.site.Html.text(Messages.get(locale, "error.division.not-found")) + "</p>\n");
    }

    private static void failure(HttpServletResponse response, KioskFrame frame, Exception e) throws IOException {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Kiosk page failed, reference " + reference, e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        write(response, KioskPages.message(frame, frame.t("board.error.title"), frame.t("error.internal", reference)));
    }

    private static String text(KioskFrame frame, GongshiException e) {
        return frame.t(e.messageKey(), e.arguments().toArray());
    }
}
