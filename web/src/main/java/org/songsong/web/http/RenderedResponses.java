package org.songsong.web.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.songsong.web.config.ReaderConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Responses already rendered for the current version of the collection. Between two imports every page
 * is a pure function of its address, its interface language, the host it is served under and the day
 * (citations carry an access date), so the bytes rendered once serve every later request with the same
 * key; the key carries the collection's version, and a new version empties the store. Bounded in bytes,
 * least recently used first out; a maximum of zero turns it off.
 * <p>
 * A page nobody has asked for since an import is rendered once however many readers ask for it at the
 * same moment: the first request renders, the others wait for its bytes ({@link #claim}). Without this,
 * every concurrent request for a costly page (a search over the whole collection) ran the same queries,
 * and under load none of them finished.
 */
@ApplicationScoped
public class RenderedResponses {

    /**
     * A response as it was sent: body, content type and the headers the resource set itself, the body
     * compressed with gzip once for the browsers that accept it (null when not worth it), and the route it
     * came from as the request metrics name it ({@code /officials/{slug}}; null if unknown).
     */
    public record Rendered(byte[] body, String contentType, Map<String, List<String>> headers, byte[] gzipped,
            String route) {

        long size() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    /** What a request that found nothing kept should do: render (and then {@link #release}), or wait. */
    public record Claim(boolean renders, CompletableFuture<Rendered> rendering) {
    }

    private final long maxBytes;
    private final Cache<String, Rendered> entries;
    private final Map<String, CompletableFuture<Rendered>> rendering = new HashMap<>();
    private long version = Long.MIN_VALUE;

    @Inject
    public RenderedResponses(ReaderConfig config, MeterRegistry registry) {
        this.maxBytes = config.renderedResponses().maxBytes();
        // eviction runs on the caller's thread: a put returns with the store within its bound
        this.entries = Caffeine.newBuilder().maximumWeight(Math.max(0, maxBytes))
                .weigher((String key, Rendered rendered) -> (int) Math.min(Integer.MAX_VALUE, weight(key, rendered)))
                .executor(Runnable::run).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, entries, "rendered-responses");
    }

    private static long weight(String key, Rendered rendered) {
        return rendered.size() + key.length() * 2L;
    }

    public boolean enabled() {
        return maxBytes > 0;
    }

    public synchronized Rendered get(long collectionVersion, String key) {
        if (collectionVersion != version) {
            return null;
        }
        return entries.getIfPresent(key);
    }

    /**
     * For a request that found nothing kept: the first one for a key renders it, later ones get the
     * first one's rendering to wait for (completed with null if it kept nothing, an error page say).
     */
    public synchronized Claim claim(long collectionVersion, String key) {
        Rendered keptMeanwhile = collectionVersion == version ? entries.getIfPresent(key) : null;
        if (keptMeanwhile != null) { // the rendering ended between the caller's look and this claim
            return new Claim(false, CompletableFuture.completedFuture(keptMeanwhile));
        }
        String flight = collectionVersion + "|" + key;
        CompletableFuture<Rendered> running = rendering.get(flight);
        if (running != null) {
            return new Claim(false, running);
        }
        running = new CompletableFuture<>();
        rendering.put(flight, running);
        return new Claim(true, running);
    }

    /**
     * Ends the rendering a claim started, whether or not it kept anything; waiting requests go on. Called
     * once the bytes are kept (not when the response has reached its client, which a slow reader delays)
     * or the response turned out not to be kept, and again, harmlessly, when the response ends.
     */
    public void release(long collectionVersion, String key) {
        CompletableFuture<Rendered> running;
        Rendered kept;
        synchronized (this) {
            running = rendering.remove(collectionVersion + "|" + key);
            kept = collectionVersion == version ? entries.getIfPresent(key) : null;
        }
        if (running != null) {
            running.complete(kept);
        }
    }

    /** The largest body kept: one huge export must not push out every page. */
    public long largestBody() {
        return maxBytes / 8;
    }

    public synchronized void put(long collectionVersion, String key, Rendered rendered) {
        if (!enabled() || weight(key, rendered) > largestBody()) {
            return;
        }
        if (collectionVersion != version) {
            // any other version (newer, or older after a restore from backup) replaces everything kept
            entries.invalidateAll();
            version = collectionVersion;
        }
        entries.put(key, rendered);
        // the requests waiting for this rendering get its bytes even if the cache declined to keep them
        CompletableFuture<Rendered> waiting = rendering.remove(collectionVersion + "|" + key);
        if (waiting != null) {
            waiting.complete(rendered);
        }
    }

    public long size() {
        return entries.estimatedSize();
    }

    public long bytes() {
        return entries.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }
}
