package org.songsong.web.catalog;

import java.util.List;
import java.util.function.LongFunction;

import org.songsong.web.config.ReaderConfig;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * What every read under a filter shares: the filter's condition bound into a query, a search's matching
 * ids found once per collection version, and values computed once per filter and version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class FilteredQueries {

    @Inject
    EntityManager em;

    @Inject
    CollectionVersion versions;

    /** The ids each search's words match, each search weighing its ids and 64 more for its key. */
    private VersionedCache<ArticleFilter, long[]> matchesByWords;

    /**
     * How many articles a filter matches, and its facet counts: computed once per distinct filter and
     * kept until the collection changes (the importer bumps its version), so browsing costs the page's
     * own queries only.
     */
    private VersionedCache<List<Object>, Object> counts;

    @Inject
    void keepInCaches(ReaderConfig config, MeterRegistry registry) {
        matchesByWords = VersionedCache.ofWeight("search-matches", config.searchMatches().maxIds(),
                (long[] ids) -> ids.length + 64L, registry);
        counts = VersionedCache.ofSize("counts", config.counts().maxEntries(), registry);
    }

    long collectionVersion() {
        CollectionVersion.Snapshot snapshot = versions.current();
        return snapshot == null ? -1 : snapshot.version();
    }

    /**
     * The articles a search's words match, best first: found (and ranked) once per search and collection
     * version. Its count, its facets and every page of it, alone or with other filters, then pick from
     * these ids instead of matching the text again: at 100,000 articles a match cost 0.5-1.6 s.
     */
    long[] matches(ArticleFilter filter) {
        ArticleFilter words = filter.wordsOnly();
        long version = collectionVersion();
        long[] kept = matchesByWords.get(words, version);
        if (kept == null) {
            @SuppressWarnings("unchecked")
            List<Number> ids = words.bind(em.createNativeQuery("select a.id from article a" + words.sqlWhere()
                    + words.sqlOrder())).getResultList();
            kept = ids.stream().mapToLong(Number::longValue).toArray();
            matchesByWords.put(words, version, kept);
        }
        return kept;
    }

    /** The condition for a filter's articles; a search's words as the ids they match. */
    String where(ArticleFilter filter) {
        return filter.sqlWhere(filter.searching());
    }

    Query bound(ArticleFilter filter, Query query) {
        return filter.bind(query, filter.searching() ? matches(filter) : null);
    }

    /** The rows of a query under {@code filter}, each made into a {@code row} by its constructor. */
    @SuppressWarnings("unchecked")
    <R> List<R> rows(ArticleFilter filter, Class<R> row, String sql) {
        return bound(filter, em.createNativeQuery(sql, row)).getResultList();
    }

    /**
     * The value of {@code kind} for {@code filter} at the collection's current version, computed once;
     * {@code compute} is given the version the value is kept under.
     */
    @SuppressWarnings("unchecked")
    <T> T cached(String kind, ArticleFilter filter, LongFunction<T> compute) {
        long version = collectionVersion();
        List<Object> key = List.of(kind, filter);
        Object hit = counts.get(key, version);
        if (hit != null) {
            return (T) hit;
        }
        T value = compute.apply(version);
        counts.put(key, version, value);
        return value;
    }
}
