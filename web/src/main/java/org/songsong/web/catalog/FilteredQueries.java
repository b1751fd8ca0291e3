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

    /** The ranks {@code filter} selects. */
    RoaringBitmap selected(ArticleFilter filter) {
        return index().select(filter, filter.searching() ? matches(filter).set() : null);
    }

    SearchMatches.Matches matches(ArticleFilter filter) {
        return matches.computeIfAbsent(filter.foldedQuery(), words -> searches.of(index(), words));
    }

    /** The ids of a page of {@code filter}'s articles, in its order (a search's best first, else newest first). */
    List<Long> page(ArticleFilter filter, int from, int size) {
        CollectionIndex index = index();
        if (!filter.searching()) {
            return index.ids(index.select(filter, null), from, size);
        }
        SearchMatches.Matches matches = matches(filter);
        RoaringBitmap others = filter.onlyWords() ? null : index.select(filter.withoutWords(), null);
        List<Long> ids = new ArrayList<>(Math.min(size, 1024));
        int skipped = 0;
        for (int rank : matches.inOrder()) {
            if (others == null || others.contains(rank)) {
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
}
