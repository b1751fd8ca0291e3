package org.songsong.web.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import io.smallrye.common.vertx.ContextLocals;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * Keeps the bytes of a successful GET response, as written, for {@link RenderedResponses}: whatever the
 * resource returned (a page, a feed, JSON, a CSV export), later requests with the same key get exactly
 * these bytes and these headers. {@link HttpCaching} decides which requests are kept.
 */
@Provider
public class RenderedResponseCapture implements WriterInterceptor {

    static final String KEY = "songsong.rendered.key";
    static final String VERSION = "songsong.rendered.version";
    /** Set on the one request that renders a key while others wait for it. */
    static final String CLAIMED = "songsong.rendered.claimed";

    /** Headers that are worked out again for every answer, or that would make it one reader's own. */
    private static final Set<String> NOT_KEPT = Set.of(HttpHeaders.ETAG.toLowerCase(),
            HttpHeaders.LAST_MODIFIED.toLowerCase(), HttpHeaders.CACHE_CONTROL.toLowerCase(),
            HttpHeaders.VARY.toLowerCase(), HttpHeaders.CONTENT_TYPE.toLowerCase(),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(), HttpHeaders.SET_COOKIE.toLowerCase());

    @Inject
    RenderedResponses responses;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(KEY);
        if (key == null) {
            context.proceed();
            return;
        }
        try {
            keep(context, (String) key);
        } finally {
            releaseWaiting(context::getProperty, responses); // kept by now, or never: the waiting requests go on
        }
    }

    /** Lets the requests waiting for this one's rendering go on (they render themselves if nothing was kept). */
    static void releaseWaiting(Function<String, Object> properties, RenderedResponses responses) {
        if (properties.apply(CLAIMED) != null && properties.apply(KEY) != null) {
            responses.release((Long) properties.apply(VERSION), (String) properties.apply(KEY));
        }
    }

    private void keep(WriterInterceptorContext context, String key) throws IOException {
        if (context.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        // a body too large to keep will not be kept: the requests waiting for it render their own at once
        KeptCopy copy = new KeptCopy(original, responses.largestBody(),
                () -> releaseWaiting(context::getProperty, responses));
        context.setOutputStream(copy);
        context.proceed();
        context.setOutputStream(original);
        if (copy.tooLarge) {
            return; // sent as it was written, and not kept
        }
        byte[] body = copy.kept().toByteArray();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        context.getHeaders().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name.toLowerCase())) {
                List<String> texts = new ArrayList<>();
                values.forEach(value -> texts.add(String.valueOf(value)));
                headers.put(name, List.copyOf(texts));
            }
        });
        String contentType = context.getMediaType() == null ? null : context.getMediaType().toString();
        responses.put((Long) context.getProperty(VERSION), key,
                new RenderedResponses.Rendered(body, contentType, Map.copyOf(headers), gzipped(body, headers), route()));
    }

    /**
     * The body goes to the client as it is written (an export of thousands of articles is never held whole)
     * while a copy is kept, up to the largest body the store keeps; a larger body is only sent.
     */
    private static final class KeptCopy extends FilterOutputStream {
        private ByteArrayOutputStream kept = new ByteArrayOutputStream(16 * 1024);
        private final long limit;
        private final Runnable onTooLarge;
        boolean tooLarge;

        KeptCopy(OutputStream client, long limit, Runnable onTooLarge) {
            super(client);
            this.limit = limit;
            this.onTooLarge = onTooLarge;
        }

        ByteArrayOutputStream kept() {
            return kept;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            keep(bytes, offset, length);
        }

        private void keep(byte[] bytes, int offset, int length) {
            if (tooLarge) {
                return;
            }
            if (kept.size() + (long) length > limit) {
                tooLarge = true;
                kept = null; // its memory goes now, not when a slow client has read the rest
                onTooLarge.run();
                return;
            }
            kept.write(bytes, offset, length);
        }

        /** The client's stream is the framework's to close; flushing it here would send the head early, chunked. */
        @Override
        public void close() {
        }
    }

    /** Where the request metrics find the route of a request: the REST layer puts it there once it has matched. */
    static final String ROUTE = "UrlPathTemplate";

    /** The matched route, read on the request's own context (the REST layer's worker thread runs on it). */
    private static String route() {
        try {
            return ContextLocals.<String>get(ROUTE).orElse(null);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            return null; // not on a request's context: the metrics of a kept response then go without
        }
    }

    /** Smaller bodies gain too little for the header, and a body the resource encoded itself is left alone. */
    private static final int COMPRESSED_FROM_BYTES = 1024;

    /**
     * The body compressed once, as it is kept: sent to every browser that accepts gzip (all of them), a page
     * of articles shrinks about tenfold, for the cost of compressing it once per collection version.
     */
    private static byte[] gzipped(byte[] body, Map<String, List<String>> headers) {
        boolean encoded = headers.keySet().stream().anyMatch(HttpHeaders.CONTENT_ENCODING::equalsIgnoreCase);
        if (body.length < COMPRESSED_FROM_BYTES || encoded) {
            return null;
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(body);
        } catch (IOException e) {
            return null; // in memory: cannot happen; the body is then sent as it is
        }
        return compressed.size() < body.length ? compressed.toByteArray() : null;
    }
}
