package org.songsong.web.http;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @ConfigProperty(name = "songsong.rendered-responses.max-bytes", defaultValue = "16777216")
    long maxBytes;

    /** What a request that found nothing kept should do: render (and then {@link #release}), or wait. */
    public record Claim(boolean renders, CompletableFuture<Rendered> rendering) {
    }

    private final LinkedHashMap<String, Rendered> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, CompletableFuture<Rendered>> rendering = new HashMap<>();
    private long bytes;
    private long version = Long.MIN_VALUE;

    public boolean enabled() {
        return maxBytes > 0;
    }

    public synchronized Rendered get(long collectionVersion, String key) {
        if (collectionVersion != version) {
            return null;
        }
        return entries.get(key);
    }

    /**
     * For a request that found nothing kept: the first one for a key renders it, later ones get the
     * first one's rendering to wait for (completed with null if it kept nothing, an error page say).
     */
    public synchronized Claim claim(long collectionVersion, String key) {
        Rendered keptMeanwhile = collectionVersion == version ? entries.get(key) : null;
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
            kept = collectionVersion == version ? entries.get(key) : null;
        }
        if (running != null) {
            running.complete(kept);
        }
    }

    public synchronized void put(long collectionVersion, String key, Rendered rendered) {
        long size = rendered.size() + key.length() * 2L;
        if (!enabled() || size > maxBytes / 8) {
            return; // one huge export must not push out every page
        }
        if (collectionVersion != version) {
            // any other version (newer, or older after a restore from backup) replaces everything kept
            entries.clear();
            bytes = 0;
            version = collectionVersion;
        }
        Rendered previous = entries.put(key, rendered);
        if (previous != null) {
            bytes -= previous.size() + key.length() * 2L;
        }
        bytes += size;
        for (Iterator<Map.Entry<String, Rendered>> eldest = entries.entrySet().iterator(); bytes > maxBytes
                && eldest.hasNext();) {
            Map.Entry<String, Rendered> entry = eldest.next();
            bytes -= entry.getValue().size() + entry.getKey().length() * 2L;
            eldest.remove();
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }
}
