package org.songsong.web.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.songsong.core.domain.CrimeCategory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The timeline's counts: articles per year under a filter, split by official or crime category. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineCatalog {

    @Inject
    FilteredQueries queries;

    /** Articles of one year naming one official or crime category: the timeline's bars. */
    public record YearCount(int year, String key, String labelVi, String labelEn, long count) {
    }

    /**
     * Articles per year under a filter, split by crime category (in the knowledge base's order) or by official
     * (by slug), earliest year first.
     */
    public List<YearCount> perYear(ArticleFilter filter, boolean byOfficial) {
        CollectionIndex index = queries.index();
        Map<Integer, long[]> counts = new TreeMap<>(index.perYear(queries.reports(filter), byOfficial, !filter.allReports()));
        Map<String, CrimeCategory> categories = new TreeMap<>();
        if (!byOfficial) {
            CrimeCategory.listInOrder().forEach(c -> categories.put(c.code, c));
        }
        List<YearCount> bars = new ArrayList<>();
        counts.forEach((year, ofYear) -> {
            for (int key = 0; key < ofYear.length; key++) {
                if (ofYear[key] == 0) {
                    continue;
                }
                if (byOfficial) {
                    CollectionIndex.Official o = index.officials().get(key);
                    bars.add(new YearCount(year, o.slug(), o.nameVi(), o.nameEn(), ofYear[key]));
                } else {
                    CrimeCategory c = categories.get(index.categories().get(key));
                    bars.add(new YearCount(year, c.code, c.labelVi, c.labelEn, ofYear[key]));
                }
            }
        });
        return bars;
    }

    /** Articles per year under a filter, whatever their officials or categories. */
    public Map<Integer, Long> totalsPerYear(ArticleFilter filter) {
        CollectionIndex index = queries.index();
        return new TreeMap<>(index.totalsPerYear(queries.selected(filter)));
    }
}
