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

/**
 * What the reader narrowed the collection to: officials, crime categories, outlets (OR inside each
 * kind, AND across kinds) and a year range. The same filter serves the pages, the API and the facet
 * counts, and writes itself back into a URL so any view can be bookmarked. {@code allReports} lists every
 * report of an event, copies included, where the default is one entry per event (src-docs/events.md).
 */
public record ArticleFilter(Set<String> officials, Set<String> categories, Set<String> outlets, Integer yearFrom,
        Integer yearTo, String query, String correctedFrom, boolean allReports) {

    public ArticleFilter(Set<String> officials, Set<String> categories, Set<String> outlets, Integer yearFrom,
            Integer yearTo, String query, String correctedFrom) {
        this(officials, categories, outlets, yearFrom, yearTo, query, correctedFrom, false);
    }

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
        return new ArticleFilter(officials, categories, outlets, yearFrom, yearTo, words, query, allReports);
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
        return query == null ? null : foldWords(query);
    }

    /** Words typed, folded as a search folds them: "Tô Lâm" and "to  lam" are both "to lam". */
    public static String foldWords(String typed) {
        return VietnameseText.fold(typed).replaceAll("[^a-z0-9]+", " ").trim();
    }

    public boolean searching() {
        return foldedQuery() != null && !foldedQuery().isEmpty();
    }

    public ArticleFilter without(Kind kind) {
        return new ArticleFilter(kind == Kind.OFFICIAL ? Set.of() : officials,
                kind == Kind.CATEGORY ? Set.of() : categories, kind == Kind.OUTLET ? Set.of() : outlets,
                kind == Kind.YEAR ? null : yearFrom, kind == Kind.YEAR ? null : yearTo, query, correctedFrom, allReports);
    }

    /** The same filter with other years. */
    public ArticleFilter years(Integer from, Integer to) {
        return new ArticleFilter(officials, categories, outlets, from, to, query, correctedFrom, allReports);
    }

    /** The same filter without the search's words. */
    public ArticleFilter withoutWords() {
        return new ArticleFilter(officials, categories, outlets, yearFrom, yearTo, null, null, allReports);
    }

    /** The same filter listing every report ({@code true}) or one entry per event. */
    public ArticleFilter withAllReports(boolean all) {
        return new ArticleFilter(officials, categories, outlets, yearFrom, yearTo, query, correctedFrom, all);
    }

    /** True when nothing but the search's words narrows the collection. */
    public boolean onlyWords() {
        return officials.isEmpty() && categories.isEmpty() && outlets.isEmpty() && yearFrom == null && yearTo == null;
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
        if (allReports) {
            parameters.put("reports", List.of("all"));
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
        return new ArticleFilter(more, categories, outlets, yearFrom, yearTo, query, correctedFrom, allReports);
    }

    public ArticleFilter withCategory(String code) {
        Set<String> more = new TreeSet<>(categories);
        more.add(code);
        return new ArticleFilter(officials, more, outlets, yearFrom, yearTo, query, correctedFrom, allReports);
    }
}
