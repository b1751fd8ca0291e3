package org.songsong.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.TypedQuery;

/**
 * What the reader narrowed the collection to: officials, crime categories, outlets (OR inside each
 * kind, AND across kinds) and a year range. The same filter serves the pages, the API and the facet
 * counts, and writes itself back into a URL so any view can be bookmarked.
 */
public record ArticleFilter(Set<String> officials, Set<String> categories, Set<String> outlets, Integer yearFrom,
        Integer yearTo) {

    public static final ArticleFilter NONE = new ArticleFilter(Set.of(), Set.of(), Set.of(), null, null);

    public ArticleFilter {
        officials = Set.copyOf(new TreeSet<>(officials));
        categories = Set.copyOf(new TreeSet<>(categories));
        outlets = Set.copyOf(new TreeSet<>(outlets));
    }

    /** The kinds of filter, for facet counts that ignore their own kind. */
    public enum Kind {
        OFFICIAL, CATEGORY, OUTLET, YEAR
    }

    public boolean isEmpty() {
        return officials.isEmpty() && categories.isEmpty() && outlets.isEmpty() && yearFrom == null && yearTo == null;
    }

    public ArticleFilter without(Kind kind) {
        return new ArticleFilter(kind == Kind.OFFICIAL ? Set.of() : officials,
                kind == Kind.CATEGORY ? Set.of() : categories, kind == Kind.OUTLET ? Set.of() : outlets,
                kind == Kind.YEAR ? null : yearFrom, kind == Kind.YEAR ? null : yearTo);
    }

    /** The HQL condition on the article alias {@code a}, its parameters bound by {@link #bind(TypedQuery)}. */
    String where() {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!officials.isEmpty()) {
            where.append(" and exists (select 1 from ArticleOfficial ao where ao.article = a and ao.official.slug in :officials)");
        }
        if (!categories.isEmpty()) {
            where.append(" and exists (select 1 from ArticleCategory ac where ac.article = a and ac.category.code in :categories)");
        }
        if (!outlets.isEmpty()) {
            where.append(" and a.outlet.code in :outlets");
        }
        if (yearFrom != null) {
            where.append(" and a.dateYear >= :yearFrom");
        }
        if (yearTo != null) {
            where.append(" and a.dateYear <= :yearTo");
        }
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
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
        return query;
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
        return parameters;
    }

    /** "official=to-lam&category=drugs": the filter as a query string, without a leading "?". */
    public String queryString() {
        return parameters().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + Links.encode(v)))
                .collect(Collectors.joining("&"));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    public ArticleFilter withOfficial(String slug) {
        Set<String> more = new TreeSet<>(officials);
        more.add(slug);
        return new ArticleFilter(more, categories, outlets, yearFrom, yearTo);
    }

    public ArticleFilter withCategory(String code) {
        Set<String> more = new TreeSet<>(categories);
        more.add(code);
        return new ArticleFilter(officials, more, outlets, yearFrom, yearTo);
    }
}
