package org.songsong.web.catalog;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids a search's words match, best first, for the current version of the collection. Bounded by the
 * number of ids kept (8 bytes each, and 64 more counted per search for its key) and by the number of
 * searches, least recently used first out, so that neither a few searches matching most of a large
 * collection nor many searches matching little (a crawler trying words) can crowd the reader's heap.
 */
final class SearchMatches {

    private static final int COST_OF_A_SEARCH = 64;

    private final long maxIds;
    private final int maxSearches;
    private final LinkedHashMap<ArticleFilter, long[]> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long ids;
    private long version = Long.MIN_VALUE;

    SearchMatches(long maxIds, int maxSearches) {
        this.maxIds = maxIds;
        this.maxSearches = maxSearches;
    }

    private static long cost(long[] matches) {
        return matches.length + (long) COST_OF_A_SEARCH;
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
        if (cost(matches) > maxIds) {
            return;
        }
        long[] previous = kept.put(words, matches);
        ids += cost(matches) - (previous == null ? 0 : cost(previous));
        for (Iterator<Map.Entry<ArticleFilter, long[]>> eldest = kept.entrySet().iterator();
                (ids > maxIds || kept.size() > maxSearches) && eldest.hasNext();) {
            ids -= cost(eldest.next().getValue());
            eldest.remove();
        }
    }
}
