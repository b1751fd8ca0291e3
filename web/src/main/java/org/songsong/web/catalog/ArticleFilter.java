package org.songsong.web.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.songsong.core.text.VietnameseText;

import jakarta.persistence.Query;

/**
 * What the reader narrowed the collection to: officials, crime categories, outlets (OR inside each
 * kind, AND across kinds) and a year range. The same filter serves the pages, the API and the facet
 * counts, and writes itself back into a URL so any view can be bookmarked.
 */
public record ArticleFilter(Set<String> officials, Set<String> categories, Set<String> outlets, Integer yearFrom,
        Integer yearTo, String query, String correctedFrom) {

    public static final ArticleFilter NONE = new ArticleFilter(Set.of(), Set.of(), Set.of(), null, null, null);

    public ArticleFilter(Set<String> officials, Set<String> categories, Set<String> outlets, Integer yearFrom,
            Integer yearTo, String query) {
        this(officials, categories, outlets, yearFrom, yearTo, query, null);
    }

    /**
     * The same filter searching for {@code words} instead: the collection's nearest words to those typed,
     * when no article had every word typed (a typo, say). {@link #correctedFrom()} keeps what was typed.
     */
    public ArticleFilter correctedTo(String words) {
        return new ArticleFilter(officials, categories, outlets, yearFrom, yearTo, words, query);
    }

    public ArticleFilter(Set<String> officials, Set<String> categories, Set<String> outlets, Integer yearFrom,
            Integer yearTo) {
        this(officials, categories, outlets, yearFrom, yearTo, null);
    }

    public ArticleFilter {
        query = query == null || query.isBlank() ? null : query.trim();
        officials = Set.copyOf(new TreeSet<>(officials));
        categories = Set.copyOf(new TreeSet<>(categories));
        outlets = Set.copyOf(new TreeSet<>(outlets));
    }

    /** The kinds of filter, for facet counts that ignore their own kind. */
    public enum Kind {
        OFFICIAL, CATEGORY, OUTLET, YEAR
    }

    public boolean isEmpty() {
        return officials.isEmpty() && categories.isEmpty() && outlets.isEmpty() && yearFrom == null && yearTo == null
                && query == null;
    }

    /** The search words folded as the search document is: lower case, no diacritics. */
    public String foldedQuery() {
        return query == null ? null : VietnameseText.fold(query).replaceAll("[^a-z0-9]+", " ").trim();
    }

    public boolean searching() {
        return foldedQuery() != null && !foldedQuery().isEmpty();
    }

    public ArticleFilter without(Kind kind) {
        return new ArticleFilter(kind == Kind.OFFICIAL ? Set.of() : officials,
                kind == Kind.CATEGORY ? Set.of() : categories, kind == Kind.OUTLET ? Set.of() : outlets,
                kind == Kind.YEAR ? null : yearFrom, kind == Kind.YEAR ? null : yearTo, query, correctedFrom);
    }

    /** The same filter with other years. */
    public ArticleFilter years(Integer from, Integer to) {
        return new ArticleFilter(officials, categories, outlets, from, to, query, correctedFrom);
    }

    /**
     * The SQL condition on the table alias {@code a}, its parameters bound by {@link #bind(jakarta.persistence.Query)}.
     * Native SQL, for PostgreSQL's full-text operators and for index-friendly EXISTS filters.
     */
    String sqlWhere() {
        return sqlWhere(false);
    }

    /**
     * Only the search's words, folded (so "Tô Lâm" and "to lam" are one search), without officials,
     * categories, outlets or years.
     */
    public ArticleFilter wordsOnly() {
        return new ArticleFilter(Set.of(), Set.of(), Set.of(), null, null, foldedQuery(), null);
    }

    /** The same filter without the search's words. */
    public ArticleFilter withoutWords() {
        return new ArticleFilter(officials, categories, outlets, yearFrom, yearTo, null, null);
    }

    /** True when nothing but the search's words narrows the collection. */
    public boolean onlyWords() {
        return officials.isEmpty() && categories.isEmpty() && outlets.isEmpty() && yearFrom == null && yearTo == null;
    }

    /**
     * With {@code byMatches}, the search's words are not matched again: the articles they match are given
     * as ids ({@code :matches}, bound by {@link #bind(jakarta.persistence.Query, long[])}).
     */
    String sqlWhere(boolean byMatches) {
        StringBuilder where = new StringBuilder(" where true");
        if (!officials.isEmpty()) {
            where.append(" and exists (select 1 from article_official ao join official o on o.id = ao.official_id"
                    + " where ao.article_id = a.id and o.slug in (:officials))");
        }
        if (!categories.isEmpty()) {
            where.append(" and exists (select 1 from article_category ac where ac.article_id = a.id"
                    + " and ac.category_code in (:categories))");
        }
        if (!outlets.isEmpty()) {
            where.append(" and a.outlet_id in (select ot.id from outlet ot where ot.code in (:outlets))");
        }
        if (yearFrom != null) {
            where.append(" and a.date_year >= :yearFrom");
        }
        if (yearTo != null) {
            where.append(" and a.date_year <= :yearTo");
        }
        if (searching() && byMatches) {
            // a semi-join on the unnested ids: a hash join whatever plan PostgreSQL caches for the statement
            where.append(" and a.id in (select unnest(cast(:matches as bigint[])))");
        } else if (searching()) {
            where.append(" and a.search_vector @@ plainto_tsquery('simple', :q)");
        }
        return where.toString();
    }

    /** Relevance first when searching (the words next to each other as typed above scattered ones), then newest. */
    String sqlOrder() {
        String newest = "a.date_year desc nulls last, a.date_month desc nulls last, a.date_day desc nulls last, a.id desc";
        if (!searching()) {
            return " order by " + newest;
        }
        return " order by (4 * ts_rank_cd(a.search_vector, phraseto_tsquery('simple', :q))"
                + " + ts_rank_cd(a.search_vector, plainto_tsquery('simple', :q))) desc, " + newest;
    }

    Query bind(Query query) {
        return bind(query, null);
    }

    /** Binds the parameters of {@link #sqlWhere(boolean)}; {@code matches} when the words are given as ids. */
    Query bind(Query query, long[] matches) {
        if (!officials.isEmpty()) {
            query.setParameter("officials", officials);
        }
        if (!categories.isEmpty()) {
            query.setParameter("categories", categories);
        }
        if (!outlets.isEmpty()) {
            query.setParameter("outlets", outlets);
        }
        if (yearFrom != null) {
            query.setParameter("yearFrom", yearFrom);
        }
        if (yearTo != null) {
            query.setParameter("yearTo", yearTo);
        }
        if (searching() && matches != null) {
            bindMatches(query, matches);
        } else if (searching()) {
            query.setParameter("q", foldedQuery());
        }
        return query;
    }

    /** Binds {@code :matches} as a PostgreSQL array literal, cast to {@code bigint[]} in the SQL. */
    static Query bindMatches(Query query, long[] matches) {
        StringBuilder ids = new StringBuilder(matches.length * 7 + 2).append('{');
        for (int i = 0; i < matches.length; i++) {
            ids.append(i == 0 ? "" : ",").append(matches[i]);
        }
        return query.setParameter("matches", ids.append('}').toString());
    }

    /** The query parameters of this filter, in a stable order. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!officials.isEmpty()) {
            parameters.put("official", sorted(officials));
        }
        if (!categories.isEmpty()) {
            parameters.put("category", sorted(categories));
        }
        if (!outlets.isEmpty()) {
            parameters.put("outlet", sorted(outlets));
        }
        if (yearFrom != null) {
            parameters.put("yearFrom", List.of(yearFrom.toString()));
        }
        if (yearTo != null) {
            parameters.put("yearTo", List.of(yearTo.toString()));
        }
        if (query != null) {
            parameters.put("q", List.of(query));
        }
        return parameters;
    }

    /** "official=to-lam&category=drugs": the filter as a query string, without a leading "?". */
    public String queryString() {
        return parameters().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    public ArticleFilter withOfficial(String slug) {
        Set<String> more = new TreeSet<>(officials);
        more.add(slug);
        return new ArticleFilter(more, categories, outlets, yearFrom, yearTo, query, correctedFrom);
    }

    public ArticleFilter withCategory(String code) {
        Set<String> more = new TreeSet<>(categories);
        more.add(code);
        return new ArticleFilter(officials, more, outlets, yearFrom, yearTo, query, correctedFrom);
    }
}
