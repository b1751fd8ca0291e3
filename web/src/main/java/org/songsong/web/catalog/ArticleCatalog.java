package org.songsong.web.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.ArticleCategory;
import org.songsong.core.domain.ArticleOfficial;
import org.songsong.core.domain.CrimeCategory;
import org.songsong.core.domain.Official;
import org.songsong.core.parse.PublicationDate;
import org.songsong.web.config.ReaderConfig;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * The read side of the collection: what the pages and the API ask of the database. A page of articles
 * costs a fixed number of queries whatever its size (the page, its count, then the officials and the
 * categories of all its articles at once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleCatalog {

    /** An official as linked to an article. */
    public record OfficialRef(String slug, String nameVi, String nameEn, String nameZh, String country,
            String roleAsWritten, boolean curated, List<Integer> paragraphs) {
    }

    /** A crime category as linked to an article. */
    public record CategoryRef(String code, String labelVi, String labelEn, List<String> evidence,
            List<Integer> paragraphs) {
    }

    /** One article of a list, with everything the list and the API show. */
    public record ArticleRow(long id, String slug, PublicationDate date, String outletCode, String outletName,
            String sourceUrl, String sourceFile, String titleVi, String titleEn, String summaryVi, String summaryEn,
            boolean englishGenerated, List<OfficialRef> officials, List<CategoryRef> categories) {
    }

    /** A page of results, and the filter that found them (a search with no exact match is retried fuzzily). */
    public record Page(List<ArticleRow> items, long total, int page, int size, ArticleFilter filter) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** One value of a facet with the number of articles it would match given the other filters. */
    public record FacetValue(String value, String labelVi, String labelEn, String group, long count, boolean selected) {
    }

    /** The filter panel's counts. */
    public record Facets(List<FacetValue> officials, List<FacetValue> categories, List<FacetValue> outlets,
            Integer firstYear, Integer lastYear) {
    }

    @Inject
    EntityManager em;

    public Page search(ArticleFilter filter, int page, int size) {
        long total = count(filter);
        if (total == 0 && filter.searching() && filter.correctedFrom() == null) {
            String nearest = nearestWords(filter.foldedQuery());
            if (!nearest.equals(filter.foldedQuery())) {
                ArticleFilter corrected = filter.correctedTo(nearest);
                if (count(corrected) > 0) {
                    return search(corrected, page, size);
                }
            }
        }
        List<Long> ids = filter.searching() ? pageOfMatches(filter, page, size) : pageOfIds(filter, page, size);
        return new Page(rows(load(ids)), total, page, size, filter);
    }

    @SuppressWarnings("unchecked")
    private List<Long> pageOfIds(ArticleFilter filter, int page, int size) {
        List<Number> ids = filter.bind(em.createNativeQuery("select a.id from article a" + filter.sqlWhere()
                + filter.sqlOrder())).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * A page of a search, in the order of its matches (best first), kept to those the other filters let
     * through: a slice of the matches, or one query that walks them in order under the other filters.
     */
    private List<Long> pageOfMatches(ArticleFilter filter, int page, int size) {
        long[] matches = matches(filter);
        int from = (page - 1) * size;
        if (filter.onlyWords()) {
            return Arrays.stream(matches, Math.min(from, matches.length),
                    Math.min(from + size, matches.length)).boxed().toList();
        }
        ArticleFilter others = filter.withoutWords();
        @SuppressWarnings("unchecked")
        List<Number> ids = ArticleFilter.bindMatches(others.bind(em.createNativeQuery("select a.id from"
                + " unnest(cast(:matches as bigint[])) with ordinality as m(id, n) join article a on a.id = m.id"
                + others.sqlWhere() + " order by m.n")), matches)
                .setFirstResult(from).setMaxResults(size).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Each word replaced by the collection's most similar word (by trigrams; a word the collection has is
     * its own nearest), one statement for all of them: "trieu khac chj" becomes "trieu khac chi". A word
     * with nothing similar enough stays as it is.
     */
    String nearestWords(String foldedWords) {
        String[] words = foldedWords.split(" ");
        @SuppressWarnings("unchecked")
        List<String> nearest = em.createNativeQuery("select coalesce((select s.word from search_word s where s.word % q.word"
                + " order by similarity(s.word, q.word) desc, s.word limit 1), q.word) from unnest(cast(:words as text[]))"
                + " with ordinality as q(word, n) order by q.n").setParameter("words", "{\"" + String.join("\",\"", words) + "\"}")
                .getResultList();
        return String.join(" ", nearest);
    }

    /**
     * The articles a search's words match, best first: found (and ranked) once per search and collection
     * version. Its count, its facets and every page of it, alone or with other filters, then pick from
     * these ids instead of matching the text again: at 100,000 articles a match cost 0.5-1.6 s.
     */
    private long[] matches(ArticleFilter filter) {
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
    private String where(ArticleFilter filter) {
        return filter.sqlWhere(filter.searching());
    }

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

    private <T> T cached(String kind, ArticleFilter filter, Supplier<T> compute) {
        return cached(kind, filter, version -> compute.get());
    }

    /** {@code compute} is given the collection's version the value is kept under. */
    @SuppressWarnings("unchecked")
    private <T> T cached(String kind, ArticleFilter filter, LongFunction<T> compute) {
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

    @Inject
    CollectionVersion versions;

    long collectionVersion() {
        CollectionVersion.Snapshot snapshot = versions.current();
        return snapshot == null ? -1 : snapshot.version();
    }

    public long count(ArticleFilter filter) {
        if (filter.searching() && filter.onlyWords()) {
            return matches(filter).length;
        }
        return cached("count", filter, (long version) -> (filter.isEmpty() ? summary().map(Summary::articles)
                : Optional.<Long>empty()).orElseGet(() -> ((Number) bound(filter, em.createNativeQuery(
                        "select count(*) from article a" + where(filter))).getSingleResult()).longValue()));
    }

    private Query bound(ArticleFilter filter, Query query) {
        return filter.bind(query, filter.searching() ? matches(filter) : null);
    }

    /** The articles of these ids, in the order given. */
    private List<Article> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = new LinkedHashMap<>();
        em.createQuery("select a from Article a left join fetch a.outlet where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList().forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<ArticleRow> rows(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = articles.stream().map(a -> a.id).toList();
        Map<Long, List<OfficialRef>> officials = new LinkedHashMap<>();
        em.createQuery("select ao from ArticleOfficial ao join fetch ao.official where ao.article.id in :ids",
                ArticleOfficial.class).setParameter("ids", ids).getResultList()
                .forEach(ao -> officials.computeIfAbsent(ao.article.id, k -> new ArrayList<>()).add(ref(ao)));
        Map<Long, List<CategoryRef>> categories = new LinkedHashMap<>();
        em.createQuery("select ac from ArticleCategory ac join fetch ac.category c where ac.article.id in :ids "
                + "order by c.position", ArticleCategory.class).setParameter("ids", ids).getResultList()
                .forEach(ac -> categories.computeIfAbsent(ac.article.id, k -> new ArrayList<>()).add(ref(ac)));
        return articles.stream().map(a -> new ArticleRow(a.id, a.slug, a.date(),
                a.outlet == null ? null : a.outlet.code, a.outlet == null ? null : a.outlet.name, a.sourceUrl,
                a.sourceFile, a.titleVi, a.titleEn, a.summaryVi, a.summaryEn, a.englishGenerated,
                sortByFirstMention(officials.getOrDefault(a.id, List.of())),
                categories.getOrDefault(a.id, List.of()))).toList();
    }

    public static OfficialRef ref(ArticleOfficial ao) {
        Official o = ao.official;
        return new OfficialRef(o.slug, o.nameVi, o.nameEn, o.nameZh, o.country, ao.roleAsWritten, o.curated,
                List.copyOf(ao.paragraphs));
    }

    public static CategoryRef ref(ArticleCategory ac) {
        CrimeCategory c = ac.category;
        return new CategoryRef(c.code, c.labelVi, c.labelEn, List.copyOf(ac.evidence), List.copyOf(ac.paragraphs));
    }

    public static List<OfficialRef> sortByFirstMention(List<OfficialRef> refs) {
        List<OfficialRef> sorted = new ArrayList<>(refs);
        sorted.sort((x, y) -> Integer.compare(first(x.paragraphs()), first(y.paragraphs())));
        return sorted;
    }

    private static int first(List<Integer> paragraphs) {
        return paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0);
    }

    public Facets facets(ArticleFilter filter) {
        return cached("facets", filter, (long version) -> (filter.isEmpty() ? summary().map(this::summarizedFacets)
                : Optional.<Facets>empty()).orElseGet(() -> computeFacets(filter)));
    }

    /** The importer's counts of the whole collection ({@code CollectionSummary}), with the names to show. */
    private record Summary(long articles, Integer firstYear, Integer lastYear, List<SummaryRow> facets) {
    }

    /**
     * The importer's counts, one row per facet value (a collection without any gives one row of nulls after
     * the totals): an official's names and country, or an outlet's name, beside its count.
     */
    private record SummaryRow(long articles, Integer firstYear, Integer lastYear, String kind, String code,
            Long facetArticles, String nameVi, String nameEn, String country, String outletName) {
    }

    /**
     * The importer's counts if they were taken at the collection's current version, read in one statement
     * so they are all of one count; empty if the collection changed since (or was never counted, or this
     * database predates them): the caller counts afresh.
     */
    private Optional<Summary> summary() {
        return cached("summary", ArticleFilter.NONE, this::readSummary); // the count and the facets both ask
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
    private record OfficialCount(String slug, String nameVi, String nameEn, String country, long articles) {
    }

    private record CodeCount(String code, long articles) {
    }

    private record OutletCount(String code, String name, long articles) {
    }

    private record YearSpan(Integer first, Integer last) {
    }

    private Facets computeFacets(ArticleFilter filter) {
        ArticleFilter others = filter.without(ArticleFilter.Kind.OFFICIAL);
        List<FacetValue> officials = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OfficialCount row : rows(others, OfficialCount.class, "select o.slug, o.name_vi, o.name_en, o.country,"
                + " count(*) as n from article_official ao join official o on o.id = ao.official_id"
                + " join article a on a.id = ao.article_id" + where(others)
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
        for (CodeCount row : rows(otherThanCategory, CodeCount.class, "select ac.category_code, count(*)"
                + " from article_category ac join article a on a.id = ac.article_id" + where(otherThanCategory)
                + " group by ac.category_code")) {
            categoryCounts.put(row.code(), row.articles());
        }
        List<FacetValue> categories = categoryFacets(categoryCounts, filter);

        ArticleFilter otherThanOutlet = filter.without(ArticleFilter.Kind.OUTLET);
        List<FacetValue> outlets = new ArrayList<>();
        for (OutletCount row : rows(otherThanOutlet, OutletCount.class, "select ot.code, ot.name, count(*)"
                + " from article a join outlet ot on ot.id = a.outlet_id" + where(otherThanOutlet)
                + " group by ot.code, ot.name order by ot.name")) {
            outlets.add(new FacetValue(row.code(), row.name(), row.name(), null, row.articles(),
                    filter.outlets().contains(row.code())));
        }
        YearSpan years = (YearSpan) em.createNativeQuery("select min(date_year), max(date_year) from article",
                YearSpan.class).getSingleResult();
        return new Facets(officials, categories, outlets, years.first(), years.last());
    }

    /** Articles of one year naming one official or crime category: the timeline's bars. */
    public record YearCount(int year, String key, String labelVi, String labelEn, long count) {
    }

    /** Articles per year under a filter, split by crime category or by official. */
    public List<YearCount> perYear(ArticleFilter filter, boolean byOfficial) {
        if (byOfficial) {
            return rows(filter, YearCount.class, "select a.date_year, o.slug, o.name_vi, o.name_en, count(*)"
                    + " from article a join article_official ao on ao.article_id = a.id"
                    + " join official o on o.id = ao.official_id" + where(filter) + " and a.date_year is not null"
                    + " group by a.date_year, o.slug, o.name_vi, o.name_en order by a.date_year, o.slug");
        }
        return rows(filter, YearCount.class, "select a.date_year, c.code, c.label_vi, c.label_en, count(*)"
                + " from article a join article_category ac on ac.article_id = a.id"
                + " join crime_category c on c.code = ac.category_code" + where(filter) + " and a.date_year is not null"
                + " group by a.date_year, c.code, c.label_vi, c.label_en, c.position order by a.date_year, c.position");
    }

    private record YearTotal(int year, long count) {
    }

    /** Articles per year under a filter, whatever their officials or categories. */
    public Map<Integer, Long> totalsPerYear(ArticleFilter filter) {
        Map<Integer, Long> totals = new TreeMap<>();
        rows(filter, YearTotal.class, "select a.date_year, count(*) from article a" + where(filter)
                + " and a.date_year is not null group by a.date_year")
                .forEach(total -> totals.put(total.year(), total.count()));
        return totals;
    }

    /** The rows of a query under {@code filter}, each made into a {@code row} by its constructor. */
    @SuppressWarnings("unchecked")
    private <R> List<R> rows(ArticleFilter filter, Class<R> row, String sql) {
        return bound(filter, em.createNativeQuery(sql, row)).getResultList();
    }

    /** The articles sharing the most officials and categories with this one. */
    public List<ArticleRow> related(long articleId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select other.article_id from ("
                + " select o2.article_id from article_official o1 join article_official o2 on o2.official_id = o1.official_id"
                + " where o1.article_id = :id and o2.article_id <> :id"
                + " union all"
                + " select c2.article_id from article_category c1 join article_category c2 on c2.category_code = c1.category_code"
                + " where c1.article_id = :id and c2.article_id <> :id) other"
                + " join article a on a.id = other.article_id"
                + " group by other.article_id, a.date_year, a.date_month, a.date_day"
                + " order by count(*) desc, a.date_year desc nulls last, a.date_month desc nulls last, a.date_day desc nulls last,"
                + " other.article_id desc")
                .setParameter("id", articleId).setMaxResults(limit).getResultList();
        return rows(load(ids.stream().map(Number::longValue).toList()));
    }

    private record Updated(long id, Instant at) {
    }

    /** When each article was last imported or updated: the feed's entry dates. */
    public Map<Long, Instant> updatedAt(List<Long> ids) {
        Map<Long, Instant> updated = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.updatedAt from Article a where a.id in :ids", Updated.class)
                    .setParameter("ids", ids).getResultList().forEach(row -> updated.put(row.id(), row.at()));
        }
        return updated;
    }

    public Optional<StoredArticle> article(String slug) {
        return em.createQuery("select a from Article a left join fetch a.outlet where a.slug = :slug", Article.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(StoredArticle::of);
    }
}
