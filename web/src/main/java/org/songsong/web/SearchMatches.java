package org.songsong.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids a search's words match, best first, for the current version of the collection. Bounded by the
 * number of ids kept (8 bytes each), least recently used first out, so that a few searches matching most
 * of a large collection cannot crowd the reader's heap.
 */
final class SearchMatches {

    private final long maxIds;
    private final LinkedHashMap<ArticleFilter, long[]> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long ids;
    private long version = Long.MIN_VALUE;

    SearchMatches(long maxIds) {
        this.maxIds = maxIds;
    }

    synchronized long[] get(ArticleFilter words, long collectionVersion) {
        return collectionVersion == version ? kept.get(words) : null;
    }

    synchronized void put(ArticleFilter words, long collectionVersion, long[] matches) {
        if (collectionVersion != version) {
            kept.clear();
            ids = 0;
            version = collectionVersion;
        }
        if (matches.length > maxIds) {
            return;
        }
        long[] previous = kept.put(words, matches);
        ids += matches.length - (previous == null ? 0 : previous.length);
        for (Iterator<Map.Entry<ArticleFilter, long[]>> eldest = kept.entrySet().iterator(); ids > maxIds
                && eldest.hasNext();) {
            ids -= eldest.next().getValue().length;
            eldest.remove();
        }
    }
}
