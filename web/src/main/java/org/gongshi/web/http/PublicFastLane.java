package org.gongshi.web.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.gongshi.notice.BoardVersion;
import org.gongshi.notice.BoardVersions;
import org.gongshi.tenancy.DivisionCode;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The hot path of the public boards, in front of the servlet container: a GET for a board page,
 * feed or public JSON whose bytes at the division's current board version are already in
 * {@link RenderedCache} is answered on the server's I/O thread, with the same headers, validators
 * and 304 rule as the servlet that rendered it ({@link Revalidation}, {@link PageHeaders}). Anything else — a first
 * request, a stale or unknown version, an error, another method — goes on to the servlets
 * unchanged. Only what an anonymous reader may see is ever in the cache, so skipping the security
 * chain here shows nobody anything new.
 *
 * <p>Registered with Undertow as a {@link ServletExtension}
 * ({@code META-INF/services/io.undertow.servlet.ServletExtension}); the CDI beans it reads are
 * handed over by {@link Wiring} when the application starts.
 */
public class PublicFastLane implements ServletExtension {

    private static volatile RenderedCache cache;
    private static volatile BoardVersions versions;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        String contextPath = deployment.getContextPath() == null || "/".equals(deployment.getContextPath())
                ? "" : deployment.getContextPath();
        deployment.addInitialHandlerChainWrapper(next -> new Lane(next, contextPath));
    }

    /** Hands the application's beans to the lane once CDI has started. */
    @ApplicationScoped
    public static class Wiring {

        @Inject
        RenderedCache renderedCache;

        @Inject
        BoardVersions boardVersions;

        void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
            cache = renderedCache;
            versions = boardVersions;
        }
    }

    static final class Lane implements HttpHandler {

        private static final HttpString ETAG = new HttpString("ETag");
        private static final Map<HttpString, String> PAGE_HEADERS = PageHeaders.HTML.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> new HttpString(e.getKey()), Map.Entry::getValue));
        /** The validators of recent versions, so that the hot path formats no date. */
        private final Map<BoardVersion, String[]> validators = new java.util.concurrent.ConcurrentHashMap<>();
        private final HttpHandler next;
        private final String boardPrefix;
        private final String jsonPrefix;

        Lane(HttpHandler next, String contextPath) {
            this.next = next;
            this.boardPrefix = contextPath + "/board/";
            this.jsonPrefix = contextPath + "/api/public/divisions/";
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (!Methods.GET.equals(exchange.getRequestMethod()) || !serveCached(exchange)) {
                next.handleRequest(exchange);
            }
        }

        private boolean serveCached(HttpServerExchange exchange) {
            RenderedCache renderedCache = cache;
            BoardVersions boardVersions = versions;
            if (renderedCache == null || boardVersions == null) {
                return false;
            }
            String path = exchange.getRequestURI();
            boolean json = path.startsWith(jsonPrefix);
            if (!json && !path.startsWith(boardPrefix)) {
                return false;
            }
            int start = json ? jsonPrefix.length() : boardPrefix.length();
            int end = path.indexOf('/', start);
            String code = path.substring(start, end < 0 ? path.length() : end);
            if (code.isEmpty() || code.length() > 12 || !code.chars().allMatch(Character::isDigit)) {
                return false;
            }
            BoardVersion version;
            try {
                version = boardVersions.peek(DivisionCode.of(code));
            } catch (RuntimeException notADivision) {
                return false;
            }
            if (version == null) {
                return false;
            }
            String query = exchange.getQueryString();
            query = query == null || query.isEmpty() ? null : query;
            RenderedCache.Rendered answer = renderedCache.peek(json
                    ? RenderedCache.jsonKey(path, query, version) : RenderedCache.pageKey(path, query, version));
            if (answer == null) {
                return false;
            }
            var headers = exchange.getResponseHeaders();
            headers.put(Headers.CONTENT_TYPE, answer.contentType());
            if (answer.contentType().startsWith("text/html")) {
                PAGE_HEADERS.forEach(headers::put);
            } else {
                headers.put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
                headers.put(Headers.CACHE_CONTROL, Revalidation.CACHE_CONTROL);
            }
            String[] tags = validators(version);
            String etag = tags[0];
            headers.put(ETAG, etag);
            headers.put(Headers.LAST_MODIFIED, tags[1]);
            if (Revalidation.notModified(exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH),
                    exchange.getRequestHeaders().getFirst(Headers.IF_MODIFIED_SINCE), etag, version.lastModified())) {
                exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
                headers.remove(Headers.CONTENT_TYPE);
                exchange.endExchange();
                return true;
            }
            headers.put(Headers.CONTENT_LENGTH, answer.body().length);
            exchange.getResponseSender().send(ByteBuffer.wrap(answer.body()));
            return true;
        }

        private String[] validators(BoardVersion version) {
            String[] known = validators.get(version);
            if (known == null) {
                if (validators.size() > 10_000) {
                    validators.clear();
                }
                known = new String[] {Revalidation.etag(version), Revalidation.httpDate(version.lastModified())};
                validators.put(version, known);
            }
            return known;
        }
    }
}
