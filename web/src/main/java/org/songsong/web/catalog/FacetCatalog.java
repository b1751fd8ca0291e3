package org.songsong.web.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roaringbitmap.RoaringBitmap;
import org.songsong.core.domain.CrimeCategory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The filter panel's counts: for each official, crime category and outlet, how many entries it would
 * list given the other filters (events, unless the reader asked for every report).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FacetCatalog {

    /** One value of a facet with the number of articles it would match given the other filters. */
    public record FacetValue(String value, String labelVi, String labelEn, String group, long count, boolean selected) {
    }

    /** The filter panel's counts. */
    public record Facets(List<FacetValue> officials, List<FacetValue> categories, List<FacetValue> outlets,
            Integer firstYear, Integer lastYear) {
    }

    @Inject
    FilteredQueries queries;

    public Facets facets(ArticleFilter filter) {
        CollectionIndex index = queries.index();
        boolean byEvent = !filter.allReports();
        List<FacetValue> officials = officials(index, byEvent
                ? index.officialEventCounts(queries.reports(filter.without(ArticleFilter.Kind.OFFICIAL)))
                : index.officialCounts(queries.reports(filter.without(ArticleFilter.Kind.OFFICIAL))), filter);
        RoaringBitmap forCategories = queries.reports(filter.without(ArticleFilter.Kind.CATEGORY));
        long[] categoryCounts = byEvent ? index.categoryEventCounts(forCategories) : index.categoryCounts(forCategories);
        Map<String, Long> byCode = new HashMap<>();
        for (int i = 0; i < categoryCounts.length; i++) {
            byCode.put(index.categories().get(i), categoryCounts[i]);
        }
        RoaringBitmap forOutlets = queries.reports(filter.without(ArticleFilter.Kind.OUTLET));
        long[] outletCounts = byEvent ? index.outletEventCounts(forOutlets) : index.outletCounts(forOutlets);
        List<FacetValue> outlets = new ArrayList<>();
        for (int i = 0; i < outletCounts.length; i++) {
            CollectionIndex.Outlet outlet = index.outlets().get(i);
            if (outletCounts[i] > 0) {
                outlets.add(new FacetValue(outlet.code(), outlet.name(), outlet.name(), null, outletCounts[i],
                        filter.outlets().contains(outlet.code())));
            }
        }
        return new Facets(officials, categoryFacets(byCode, filter), outlets, index.firstYear(), index.lastYear());
    }

    /** The officials the selected articles name, most named first, then any the filter selects that none names. */
    static List<FacetValue> officials(CollectionIndex index, RoaringBitmap selected, ArticleFilter filter) {
        return officials(index, index.officialCounts(selected), filter);
    }

    private static List<FacetValue> officials(CollectionIndex index, long[] counts, ArticleFilter filter) {
        List<FacetValue> officials = new ArrayList<>();
        List<FacetValue> selectedButUnnamed = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            CollectionIndex.Official o = index.officials().get(i);
            boolean chosen = filter.officials().contains(o.slug());
            if (counts[i] > 0 || chosen) {
                (counts[i] > 0 ? officials : selectedButUnnamed).add(
                        new FacetValue(o.slug(), o.nameVi(), o.nameEn(), o.country(), counts[i], chosen));
            }
        }
        officials.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::labelVi));
        officials.addAll(selectedButUnnamed);
        return officials;
    }

    /** Every crime category in its fixed order, with its count (0 when none) and whether the filter selects it. */
    private static List<FacetValue> categoryFacets(Map<String, Long> counts, ArticleFilter filter) {
        return CrimeCategory.listInOrder().stream()
                .map(c -> new FacetValue(c.code, c.labelVi, c.labelEn, null, counts.getOrDefault(c.code, 0L),
                        filter.categories().contains(c.code)))
                .toList();
    }
}
