package org.songsong.web.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.songsong.web.catalog.CollectionVersion;
import org.songsong.web.i18n.ReaderLanguage;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.ParsedHeaderValue;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching for pages, feeds, exports and the API: every answer depends only on the request and on
 * the collection, whose version the importer bumps with each batch it writes. So the ETag is that
 * version plus a digest of the request (URL and interface language), Last-Modified is the collection's
 * last change, and a repeat request is answered 304 without touching the articles — a CDN or reverse
 * proxy in front of several replicas can serve repeats itself.
 */
public class HttpCaching {

    private static final String ETAG = "songsong.etag";
    private static final String MODIFIED = "songsong.modified";
    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
    static final String VARY = "Accept-Encoding, Accept-Language, Cookie";
    /**
     * How long a request waits for another's rendering before it looks again: a rendering that takes longer
     * (an overloaded database) hands over to a new one, never to every waiting request at once.
     */
    private static final long WAIT_FOR_RENDERING_SECONDS = 20;
    private static final int MAX_WAITS = 3;

    @Inject
    CollectionVersion versions;

    @Inject
    RenderedResponses responses;

    @ServerRequestFilter
    public Optional<Response> notModified(ContainerRequestContext request, RoutingContext routing) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (!("GET".equals(method) || "HEAD".equals(method)) || !answersFromTheCollection(path)) {
            return Optional.empty();
        }
        CollectionVersion.Snapshot state;
        try {
            state = versions.current();
        } catch (RuntimeException e) {
            // no database: let the resource answer (and fail) as it would without caching
            return Optional.empty();
        }
        if (state == null) {
            return Optional.empty();
        }
        String key = requestKey(routing);
        String etag = etag(state, key);
        Instant modified = lastModified(state);
        request.setProperty(ETAG, etag);
        request.setProperty(MODIFIED, modified);
        if (!unchangedFor(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, modified)) {
            return rendered(request, routing, state.version(), key, etag, modified);
        }
        return Optional.of(withValidators(Response.notModified(), request, etag, modified).build());
    }

    /**
     * Whether the answers at {@code path} follow the collection's version: not the operations endpoints
     * (health, metrics), the style sheets or the ceiling, which answer for themselves.
     */
    static boolean answersFromTheCollection(String path) {
        return path != null && !path.startsWith("/q/") && !path.startsWith("/css/") && !path.equals("/ping");
    }

    static String etag(CollectionVersion.Snapshot state, String key) {
        return "W/\"" + state.version() + "-" + digest(key) + "\"";
    }

    static Instant lastModified(CollectionVersion.Snapshot state) {
        return state.updatedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    /** True when the client's copy is current: If-None-Match decides where it is given, else If-Modified-Since. */
    static boolean unchangedFor(String ifNoneMatch, String ifModifiedSince, String etag, Instant modified) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                    .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
        }
        return notModifiedSince(ifModifiedSince, modified);
    }

    /** The headers by which caches revalidate and keep answers apart. */
    private static Response.ResponseBuilder withValidators(Response.ResponseBuilder response,
            ContainerRequestContext request, String etag, Instant modified) {
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, httpDate(modified))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl(request))
                .header(HttpHeaders.VARY, VARY);
    }

    /**
     * A response already rendered for this key and version is sent as it is; otherwise the request is marked
     * so that {@link RenderedResponseCapture} keeps what the resource renders. A request that chooses the
     * language (and so sets the cookie) is always rendered afresh. While one request renders a page, others
     * for the same page wait for its bytes instead of rendering it too.
     */
    private Optional<Response> rendered(ContainerRequestContext request, RoutingContext routing, long version,
            String key, String etag, Instant modified) {
        if (!responses.enabled() || !"GET".equals(request.getMethod())
                || request.getUriInfo().getQueryParameters().containsKey(ReaderLanguage.PARAMETER)) {
            return Optional.empty();
        }
        RenderedResponses.Rendered hit = responses.get(version, key);
        for (int wait = 0; hit == null; wait++) {
            RenderedResponses.Claim claim = wait < MAX_WAITS ? responses.claim(version, key) : null;
            if (claim == null || claim.renders()) {
                if (claim != null) {
                    request.setProperty(RenderedResponseCapture.CLAIMED, Boolean.TRUE);
                    // released when the bytes are kept, or not kept; this covers a failure on the way
                    routing.addEndHandler(ended -> responses.release(version, key));
                }
                request.setProperty(RenderedResponseCapture.KEY, key);
                request.setProperty(RenderedResponseCapture.VERSION, version);
                return Optional.empty();
            }
            try {
                hit = claim.rendering().get(WAIT_FOR_RENDERING_SECONDS, TimeUnit.SECONDS);
                if (hit == null) {
                    wait = MAX_WAITS; // that rendering kept nothing (an error, too large): render this one
                }
            } catch (TimeoutException e) {
                // look again: the slow rendering may have ended, or this request may start the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                wait = MAX_WAITS;
            } catch (ExecutionException e) {
                wait = MAX_WAITS;
            }
        }
        boolean gzip = hit.gzipped() != null && acceptsGzip(routing.parsedHeaders().acceptEncoding());
        Response.ResponseBuilder response = Response.ok(gzip ? hit.gzipped() : hit.body()).type(hit.contentType());
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        hit.headers().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        return Optional.of(withValidators(response, request, etag, modified).build());
    }

    /**
     * True when the client's Accept-Encoding, as the HTTP layer parsed it, lets gzip through ("gzip, deflate,
     * br"; not "gzip;q=0"); gzip named outright decides over "*".
     */
    static boolean acceptsGzip(List<ParsedHeaderValue> acceptEncoding) {
        ParsedHeaderValue gzip = null;
        ParsedHeaderValue any = null;
        for (ParsedHeaderValue coding : acceptEncoding) {
            if (coding.value().equalsIgnoreCase("gzip")) {
                gzip = coding;
            } else if (coding.value().equals("*")) {
                any = coding;
            }
        }
        ParsedHeaderValue decisive = gzip != null ? gzip : any;
        return decisive != null && decisive.weight() > 0;
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        Object etag = request.getProperty(ETAG);
        if (etag == null || response.getStatus() != 200) {
            RenderedResponseCapture.releaseWaiting(request::getProperty, responses);
            request.removeProperty(RenderedResponseCapture.KEY);
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, httpDate((Instant) request.getProperty(MODIFIED)));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request));
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
    }

    /** A response that sets the language cookie is for this reader only. */
    private static String cacheControl(ContainerRequestContext request) {
        boolean setsCookie = request.getUriInfo().getQueryParameters().containsKey(ReaderLanguage.PARAMETER);
        return setsCookie ? "private, max-age=60" : CACHE_CONTROL;
    }

    /**
     * What a response depends on besides the collection: the address, the interface language, the host
     * (feeds and citations carry absolute links) and the day (citations carry an access date). Read from the
     * HTTP request itself, so that {@link RenderedResponseServer} finds the same key before the REST layer.
     */
    static String requestKey(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        return request.scheme() + "://" + request.host() + "|" + request.path() + "?" + request.query() + "|"
                + ReaderLanguage.of(routing).code + "|" + LocalDate.now(ZoneOffset.UTC);
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean notModifiedSince(String header, Instant modified) {
        if (header == null) {
            return false;
        }
        try {
            Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(header, Instant::from);
            return !modified.isAfter(since);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
