package org.songsong.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Responses already rendered for the current version of the collection. Between two imports every page
 * is a pure function of its address, its interface language, the host it is served under and the day
 * (citations carry an access date), so the bytes rendered once serve every later request with the same
 * key; the key carries the collection's version, and a new version empties the store. Bounded in bytes,
 * least recently used first out; a maximum of zero turns it off.
 */
@ApplicationScoped
public class RenderedResponses {

    /** A response as it was sent: body, content type and the headers the resource set itself. */
    public record Rendered(byte[] body, String contentType, Map<String, List<String>> headers) {
    }

    @ConfigProperty(name = "songsong.rendered-responses.max-bytes", defaultValue = "16777216")
    long maxBytes;

    private final LinkedHashMap<String, Rendered> entries = new LinkedHashMap<>(256, 0.75f, true);
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

    public synchronized void put(long collectionVersion, String key, Rendered rendered) {
        long size = rendered.body().length + key.length() * 2L;
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
            bytes -= previous.body().length + key.length() * 2L;
        }
        bytes += size;
        for (Iterator<Map.Entry<String, Rendered>> eldest = entries.entrySet().iterator(); bytes > maxBytes
                && eldest.hasNext();) {
            Map.Entry<String, Rendered> entry = eldest.next();
            bytes -= entry.getValue().body().length + entry.getKey().length() * 2L;
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
