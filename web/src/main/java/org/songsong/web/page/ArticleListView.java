package org.songsong.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.songsong.core.text.VietnameseText;
import org.songsong.web.catalog.ArticleCatalog;
import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.FacetCatalog;
import org.songsong.web.i18n.ReaderLanguage;

/** The article list page: the results, the filter panel with its counts, and the paging links. */
public record ArticleListView(List<ArticleViews.Summary> items, long total, int page, int pages, String previousLink,
        String nextLink, List<FacetGroup> officialGroups, List<FacetOption> categories, List<FacetOption> outlets,
        List<Integer> years, Integer yearFrom, Integer yearTo, boolean filtered, List<ActiveFilter> active,
        String query, String correctedFrom, String queryString, boolean allReports, String reportsToggleLink) {

    /** A value of the filter panel. */
    public record FacetOption(String value, String label, String otherLabel, long count, boolean selected) {
    }

    /** Officials of one country. */
    public record FacetGroup(String country, List<FacetOption> options) {
    }

    /**
     * A filter in force, with the link that lifts it; {@code lang} is the label's language where it is not
     * the page's (an official's or an outlet's Vietnamese name, the words searched for).
     */
    public record ActiveFilter(String kind, String label, String lang, String removeLink) {
    }

    static ArticleListView of(ArticleCatalog.Page page, FacetCatalog.Facets facets, ArticleFilter filter,
            ReaderLanguage language) {
        boolean vi = language == ReaderLanguage.VI;
        Map<String, List<FacetOption>> byCountry = new LinkedHashMap<>();
        byCountry.put("VN", new ArrayList<>());
        byCountry.put("CN", new ArrayList<>());
        List<ActiveFilter> active = new ArrayList<>();
        for (FacetCatalog.FacetValue o : facets.officials()) {
            FacetOption option = new FacetOption(o.value(), o.labelVi(), o.labelEn(), o.count(), o.selected());
            byCountry.computeIfAbsent(o.group(), c -> new ArrayList<>()).add(option);
            if (o.selected()) {
                active.add(new ActiveFilter("official", option.label(), "vi", Links.list(remove(filter, "official", o.value()), 1)));
            }
        }
        List<FacetGroup> groups = byCountry.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new FacetGroup(e.getKey(), e.getValue())).toList();
        List<FacetOption> categories = new ArrayList<>();
        for (FacetCatalog.FacetValue c : facets.categories()) {
            FacetOption option = new FacetOption(c.value(), vi ? c.labelVi() : c.labelEn(), vi ? c.labelEn() : c.labelVi(),
                    c.count(), c.selected());
            categories.add(option);
            if (c.selected()) {
                active.add(new ActiveFilter("category", option.label(), null, Links.list(remove(filter, "category", c.value()), 1)));
            }
        }
        List<FacetOption> outlets = new ArrayList<>();
        for (FacetCatalog.FacetValue o : facets.outlets()) {
            FacetOption option = new FacetOption(o.value(), o.labelVi(), o.labelEn(), o.count(), o.selected());
            outlets.add(option);
            if (o.selected()) {
                active.add(new ActiveFilter("outlet", option.label(), "vi", Links.list(remove(filter, "outlet", o.value()), 1)));
            }
        }
        if (filter.query() != null) {
            active.add(new ActiveFilter("q", "“" + filter.query() + "”",
                    VietnameseText.hasVietnameseLetters(filter.query()) ? "vi" : null, Links.list(filter.withoutWords(), 1)));
        }
        if (filter.yearFrom() != null || filter.yearTo() != null) {
            String range = (filter.yearFrom() == null ? "…" : filter.yearFrom()) + "–"
                    + (filter.yearTo() == null ? "…" : filter.yearTo());
            active.add(new ActiveFilter("year", range, null, Links.list(filter.without(ArticleFilter.Kind.YEAR), 1)));
        }
        List<Integer> years = facets.firstYear() == null ? List.of()
                : IntStream.rangeClosed(facets.firstYear(), facets.lastYear()).boxed().toList();
        int pages = page.pages();
        return new ArticleListView(
                page.items().stream().map(r -> ArticleViews.summary(r, language, filter.searching() ? filter.query() : null))
                        .toList(),
                page.total(), page.page(), pages,
                page.page() > 1 ? Links.list(filter, Math.min(page.page() - 1, pages)) : null,
                page.page() < pages ? Links.list(filter, page.page() + 1) : null,
                groups, categories, outlets, years, filter.yearFrom(), filter.yearTo(), !filter.isEmpty(), active,
                filter.query(), filter.correctedFrom(), filter.queryString(), filter.allReports(),
                Links.list(filter.withAllReports(!filter.allReports()), 1));
    }

    private static ArticleFilter remove(ArticleFilter filter, String kind, String value) {
        Set<String> officials = new TreeSet<>(filter.officials());
        Set<String> categories = new TreeSet<>(filter.categories());
        Set<String> outlets = new TreeSet<>(filter.outlets());
        switch (kind) {
            case "official" -> officials.remove(value);
            case "category" -> categories.remove(value);
            default -> outlets.remove(value);
        }
        return new ArticleFilter(officials, categories, outlets, filter.yearFrom(), filter.yearTo(), filter.query())
                .withAllReports(filter.allReports());
    }
}
