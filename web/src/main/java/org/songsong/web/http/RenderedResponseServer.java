package org.songsong.web.http;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.songsong.web.catalog.CollectionVersion;
import org.songsong.web.i18n.ReaderLanguage;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Answers a request whose response is already kept ({@link RenderedResponses}) on the HTTP layer's own
 * thread, in one write, before the REST layer sees it. Through the REST layer the same kept bytes cost a
 * hand-over to a worker thread and back, the interceptors, and a write of 8 KB at a time: 17,600 answers a
 * second for an official's page (87 KB) where this path gives 48,000 (src-docs/performance.md). The
 * answer is the one {@link HttpCaching} would give, headers included; whatever this path cannot answer
 * without waiting or without deciding something the REST layer decides goes on to it unchanged: a page
 * not kept, a collection version due to be read again, a language chosen in the address (which sets the
 * cookie), a HEAD request, an Accept header that does not take the kept type.
 */
@ApplicationScoped
public class RenderedResponseServer {

    /**
     * After {@link MalformedAddressFilter} (10,000), which refuses addresses that cannot be read, and after
     * the filter that adds the configured security headers to every response.
     */
    private static final int PRIORITY = 9_000;

    @Inject
    CollectionVersion versions;

    @Inject
    RenderedResponses responses;

    void register(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        CollectionVersion.Snapshot state = request.method() == HttpMethod.GET && responses.enabled()
                && mayBeKept(request.path(), request.query()) ? versions.fresh() : null;
        String key = state == null ? null : HttpCaching.requestKey(context);
        RenderedResponses.Rendered kept = key == null ? null : responses.get(state.version(), key);
        if (kept == null || !accepts(context.parsedHeaders().accept(), kept.contentType())) {
            context.next();
            return;
        }
        String etag = HttpCaching.etag(state, key);
        Instant modified = HttpCaching.lastModified(state);
        HttpServerResponse response = context.response();
        nameRoute(kept.route());
        if (HttpCaching.unchangedFor(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), etag, modified)) {
            validators(response.setStatusCode(304).headers(), etag, modified);
            response.end();
            return;
        }
        boolean gzip = kept.gzipped() != null && HttpCaching.acceptsGzip(context.parsedHeaders().acceptEncoding());
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.CONTENT_TYPE, kept.contentType());
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        kept.headers().forEach(headers::add);
        validators(headers, etag, modified);
        // wrapped, not copied: the kept bytes are never changed, and each write reads them afresh
        response.end(Buffer.buffer(Unpooled.wrappedBuffer(gzip ? kept.gzipped() : kept.body())));
    }

    /** For the request metrics, as the REST layer names the route once it has matched one. */
    private static void nameRoute(String route) {
        if (route == null) {
            return;
        }
        try {
            ContextLocals.put(RenderedResponseCapture.ROUTE, route);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // not on the request's own context: the answer goes out, counted without its route
        }
    }

    /** As the REST layer answers: content negotiation's Vary, then the caching headers of {@link HttpCaching}. */
    private static void validators(MultiMap headers, String etag, Instant modified) {
        headers.add(HttpHeaders.VARY, "Accept");
        headers.set(HttpHeaders.ETAG, etag)
                .set(HttpHeaders.LAST_MODIFIED, HttpCaching.httpDate(modified))
                .set(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL)
                .add(HttpHeaders.VARY, HttpCaching.VARY);
    }

    /**
     * Not an address {@link HttpCaching} leaves alone, nor one that names the language ({@code lang=}, or
     * something ending so: such a request goes the long way, which sets the language cookie).
     */
    static boolean mayBeKept(String path, String query) {
        return HttpCaching.answersFromTheCollection(path)
                && (query == null || !query.contains(ReaderLanguage.PARAMETER + "="));
    }

    /**
     * True when the client's Accept, as the HTTP layer parsed it, takes {@code contentType}: absent, or its most
     * specific range that covers the type (the type itself, then its family such as {@code text/*}, then
     * {@code *}{@code /*}) has a quality above zero. Anything else goes to the REST layer, which refuses what it
     * cannot give.
     */
    static boolean accepts(List<MIMEHeader> accept, String contentType) {
        if (accept.isEmpty()) {
            return true;
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String[] parts = type.split("/", 2);
        int decidedBy = 0; // 3 the type, 2 its family, 1 any type
        float quality = 0;
        for (MIMEHeader range : accept) {
            float weight = range.weight(); // parses the range, whose type and subtype are read only then
            boolean family = range.component().equalsIgnoreCase(parts[0]);
            boolean exact = family && parts.length == 2 && range.subComponent().equalsIgnoreCase(parts[1]);
            int specificity = exact ? 3 : family && range.subComponent().equals("*") ? 2
                    : range.component().equals("*") && range.subComponent().equals("*") ? 1 : 0;
            if (specificity > decidedBy) {
                decidedBy = specificity;
                quality = weight;
            }
        }
        return quality > 0;
    }
}
