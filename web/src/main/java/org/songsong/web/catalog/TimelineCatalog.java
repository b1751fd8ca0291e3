package org.songsong.web.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.runtime.annotations.RegisterForReflection;
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
    @RegisterForReflection // made by Hibernate from a query's row, through its constructor
    public record YearCount(int year, String key, String labelVi, String labelEn, long count) {
    }

    /** Articles per year under a filter, split by crime category or by official. */
    public List<YearCount> perYear(ArticleFilter filter, boolean byOfficial) {
        if (byOfficial) {
            return queries.rows(filter, YearCount.class, "select a.date_year, o.slug, o.name_vi, o.name_en, count(*)"
                    + " from article a join article_official ao on ao.article_id = a.id"
                    + " join official o on o.id = ao.official_id" + queries.where(filter) + " and a.date_year is not null"
                    + " group by a.date_year, o.slug, o.name_vi, o.name_en order by a.date_year, o.slug");
        }
        return queries.rows(filter, YearCount.class, "select a.date_year, c.code, c.label_vi, c.label_en, count(*)"
                + " from article a join article_category ac on ac.article_id = a.id"
                + " join crime_category c on c.code = ac.category_code" + queries.where(filter) + " and a.date_year is not null"
                + " group by a.date_year, c.code, c.label_vi, c.label_en, c.position order by a.date_year, c.position");
    }

    @RegisterForReflection // made by Hibernate from a query's row, through its constructor
    private record YearTotal(int year, long count) {
    }

    /** Articles per year under a filter, whatever their officials or categories. */
    public Map<Integer, Long> totalsPerYear(ArticleFilter filter) {
        Map<Integer, Long> totals = new TreeMap<>();
        queries.rows(filter, YearTotal.class, "select a.date_year, count(*) from article a" + queries.where(filter)
                + " and a.date_year is not null group by a.date_year")
                .forEach(total -> totals.put(total.year(), total.count()));
        return totals;
    }
}
