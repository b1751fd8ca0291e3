package org.songsong.web.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roaringbitmap.RoaringBitmap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * What every read under a filter shares within one request: one index of the collection, so a page's list,
 * counts and facets are all of one version, and each search's matches, looked up once (a page asks for them
 * five times, and the kept searches may have turned a new one away).
 */
@RequestScoped
class FilteredQueries {

    @Inject
    CollectionVersion versions;

    @Inject
    SearchMatches searches;

    private CollectionIndex index;
    private final Map<String, SearchMatches.Matches> matches = new HashMap<>();

    CollectionIndex index() {
        if (index == null) {
            index = versions.index();
        }
        return index;
    }

    private final Map<ArticleFilter, RoaringBitmap> selected = new HashMap<>();

    /** The ranks {@code filter} selects: one per event unless it asks for every report. */
    RoaringBitmap selected(ArticleFilter filter) {
        if (filter.allReports()) {
            return reports(filter);
        }
        RoaringBitmap folded = selected.get(filter);
        if (folded == null) {
            folded = index().folded(reports(filter));
            selected.put(filter, folded);
        }
        return folded;
    }

    /** The ranks of every report {@code filter} selects, copies included. */
    RoaringBitmap reports(ArticleFilter filter) {
        ArticleFilter all = filter.withAllReports(true);
        RoaringBitmap reports = selected.get(all);
        if (reports == null) {
            reports = index().select(all, all.searching() ? matches(all).set() : null);
            selected.put(all, reports);
        }
        return reports;
    }

    SearchMatches.Matches matches(ArticleFilter filter) {
        return matches.computeIfAbsent(filter.foldedQuery(), words -> searches.of(index(), words));
    }

    /** The ids of a page of {@code filter}'s articles, in its order (a search's best first, else newest first). */
    List<Long> page(ArticleFilter filter, int from, int size) {
        CollectionIndex index = index();
        if (!filter.searching()) {
            return index.ids(selected(filter), from, size);
        }
        SearchMatches.Matches matches = matches(filter);
        RoaringBitmap kept = filter.onlyWords() && filter.allReports() ? null : selected(filter);
        List<Long> ids = new ArrayList<>(Math.min(size, 1024));
        int skipped = 0;
        for (int rank : matches.inOrder()) {
            if (kept == null || kept.contains(rank)) {
                if (skipped++ >= from) {
                    ids.add(index.id(rank));
                    if (ids.size() == size) {
                        break;
                    }
                }
            }
        }
        return ids;
    }

    /** How many events the filter finds: the events of the articles it selects. */
    long eventCount(ArticleFilter filter) {
        return index().grouped(selected(filter.withAllReports(false))).getLongCardinality();
    }

    /** The ids of a page of the filter's events, newest first (each at its first report's place). */
    List<Long> eventPage(ArticleFilter filter, int from, int size) {
        CollectionIndex index = index();
        List<Long> ids = new ArrayList<>();
        for (int rank : index.ranks(index.grouped(selected(filter.withAllReports(false))), from, size)) {
            ids.add(index.eventId(rank));
        }
        return ids;
    }
}
