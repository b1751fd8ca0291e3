package org.songsong.web.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.songsong.core.domain.CrimeCategory;
import org.songsong.core.domain.Official;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The filter panel's counts: for each official, crime category and outlet, how many articles it would
 * match given the other filters. The whole collection's are the importer's own count when it is current.
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
    EntityManager em;

    @Inject
    FilteredQueries queries;

    public Facets facets(ArticleFilter filter) {
        return queries.cached("facets", filter, (long version) -> (filter.isEmpty() ? summary().map(this::summarizedFacets)
                : Optional.<Facets>empty()).orElseGet(() -> computeFacets(filter)));
    }

    /** The importer's counts of the whole collection ({@code CollectionSummary}), with the names to show. */
    private record Summary(long articles, Integer firstYear, Integer lastYear, List<SummaryRow> facets) {
    }

    /**
     * The importer's counts, one row per facet value (a collection without any gives one row of nulls after
     * the totals): an official's names and country, or an outlet's name, beside its count.
     */
    @RegisterForReflection // made by Hibernate from a query's row, through its constructor
    private record SummaryRow(long articles, Integer firstYear, Integer lastYear, String kind, String code,
            Long facetArticles, String nameVi, String nameEn, String country, String outletName) {
    }

    /**
     * The importer's counts if they were taken at the collection's current version, read in one statement
     * so they are all of one count; empty if the collection changed since (or was never counted, or this
     * database predates them): the caller counts afresh.
     */
    /** The number of articles in the collection, when the importer's count of it is current. */
    Optional<Long> countedArticles() {
        return summary().map(Summary::articles);
    }

    private Optional<Summary> summary() {
        return queries.cached("summary", ArticleFilter.NONE, this::readSummary); // the count and the facets both ask
    }

    private Optional<Summary> readSummary(long version) {
        Object readable = em.createNativeQuery("select case when to_regclass('collection_facet') is null then false"
                + " else has_table_privilege('collection_facet', 'select') end").getSingleResult();
        if (!Boolean.TRUE.equals(readable)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<SummaryRow> rows = em.createNativeQuery("select s.summary_articles, s.summary_first_year,"
                + " s.summary_last_year, f.kind, f.code, f.articles, o.name_vi, o.name_en, o.country, ot.name"
                + " from collection_state s left join collection_facet f on true"
                + " left join official o on f.kind = 'official' and o.slug = f.code"
                + " left join outlet ot on f.kind = 'outlet' and ot.code = f.code"
                + " where s.id = 1 and s.summary_version = :version"
                + " order by f.kind, case when f.kind = 'official' then f.articles end desc, o.name_vi, ot.name",
                SummaryRow.class)
                .setParameter("version", version).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SummaryRow first = rows.get(0);
        return Optional.of(new Summary(first.articles(), first.firstYear(), first.lastYear(),
                rows.stream().filter(row -> row.kind() != null).toList()));
    }

    /** The unfiltered facets from the importer's counts, in the order {@link #computeFacets} gives them. */
    private Facets summarizedFacets(Summary summary) {
        List<FacetValue> officials = new ArrayList<>();
        Map<String, Long> categoryCounts = new HashMap<>();
        List<FacetValue> outlets = new ArrayList<>();
        for (SummaryRow row : summary.facets()) {
            String code = row.code();
            long articles = row.facetArticles();
            switch (row.kind()) {
                case "official" -> {
                    if (row.nameVi() != null) {
                        officials.add(new FacetValue(code, row.nameVi(), row.nameEn(), row.country(), articles, false));
                    }
                }
                case "outlet" -> {
                    if (row.outletName() != null) {
                        outlets.add(new FacetValue(code, row.outletName(), row.outletName(), null, articles, false));
                    }
                }
                default -> categoryCounts.put(code, articles);
            }
        }
        return new Facets(officials, categoryFacets(categoryCounts, ArticleFilter.NONE), outlets, summary.firstYear(),
                summary.lastYear());
    }

    /** Every crime category in its fixed order, with its count (0 when none) and whether the filter selects it. */
    private static List<FacetValue> categoryFacets(Map<String, Long> counts, ArticleFilter filter) {
        return CrimeCategory.listInOrder().stream()
                .map(c -> new FacetValue(c.code, c.labelVi, c.labelEn, null, counts.getOrDefault(c.code, 0L),
                        filter.categories().contains(c.code)))
                .toList();
    }

    /*
     * An article is linked to an official, or to a category, at most once (the link tables' unique keys),
     * so counting link rows counts articles: count(*) rather than count(distinct), which at 100,000
     * articles made the officials' counts three times slower.
     */
    @RegisterForReflection // made by Hibernate from a query's row, through its constructor
    record OfficialCount(String slug, String nameVi, String nameEn, String country, long articles) {
    }

    @RegisterForReflection // made by Hibernate from a query's row, through its constructor
    record CodeCount(String code, long articles) {
    }

    @RegisterForReflection // made by Hibernate from a query's row, through its constructor
    private record OutletCount(String code, String name, long articles) {
    }

    @RegisterForReflection // made by Hibernate from a query's row, through its constructor
    private record YearSpan(Integer first, Integer last) {
    }

    private Facets computeFacets(ArticleFilter filter) {
        ArticleFilter others = filter.without(ArticleFilter.Kind.OFFICIAL);
        List<FacetValue> officials = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OfficialCount row : queries.rows(others, OfficialCount.class, "select o.slug, o.name_vi, o.name_en, o.country,"
                + " count(*) as n from article_official ao join official o on o.id = ao.official_id"
                + " join article a on a.id = ao.article_id" + queries.where(others)
                + " group by o.slug, o.name_vi, o.name_en, o.country order by n desc, o.name_vi")) {
            seen.add(row.slug());
            officials.add(new FacetValue(row.slug(), row.nameVi(), row.nameEn(), row.country(), row.articles(),
                    filter.officials().contains(row.slug())));
        }
        for (String slug : filter.officials()) {
            if (!seen.contains(slug)) {
                Official.findBySlug(slug).ifPresent(o -> officials.add(
                        new FacetValue(o.slug, o.nameVi, o.nameEn, o.country, 0, true)));
            }
        }

        ArticleFilter otherThanCategory = filter.without(ArticleFilter.Kind.CATEGORY);
        Map<String, Long> categoryCounts = new LinkedHashMap<>();
        for (CodeCount row : queries.rows(otherThanCategory, CodeCount.class, "select ac.category_code, count(*)"
                + " from article_category ac join article a on a.id = ac.article_id" + queries.where(otherThanCategory)
                + " group by ac.category_code")) {
            categoryCounts.put(row.code(), row.articles());
        }
        List<FacetValue> categories = categoryFacets(categoryCounts, filter);

        ArticleFilter otherThanOutlet = filter.without(ArticleFilter.Kind.OUTLET);
        List<FacetValue> outlets = new ArrayList<>();
        for (OutletCount row : queries.rows(otherThanOutlet, OutletCount.class, "select ot.code, ot.name, count(*)"
                + " from article a join outlet ot on ot.id = a.outlet_id" + queries.where(otherThanOutlet)
                + " group by ot.code, ot.name order by ot.name")) {
            outlets.add(new FacetValue(row.code(), row.name(), row.name(), null, row.articles(),
                    filter.outlets().contains(row.code())));
        }
        YearSpan years = (YearSpan) em.createNativeQuery("select min(date_year), max(date_year) from article",
                YearSpan.class).getSingleResult();
        return new Facets(officials, categories, outlets, years.first(), years.last());
    }
}
