package org.songsong.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.ArticleCategory;
import org.songsong.core.domain.ArticleOfficial;
import org.songsong.core.domain.CrimeCategory;
import org.songsong.core.domain.Official;
import org.songsong.core.parse.PublicationDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /** A page of results. */
    public record Page(List<ArticleRow> items, long total, int page, int size) {
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
        long total = filter.bind(em.createQuery("select count(a) from Article a" + filter.where(), Long.class))
                .getSingleResult();
        List<Article> articles = filter.bind(em.createQuery(
                "select a from Article a left join fetch a.outlet" + filter.where() + " " + Article.NEWEST_FIRST,
                Article.class)).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page(rows(articles), total, page, size);
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

    static OfficialRef ref(ArticleOfficial ao) {
        Official o = ao.official;
        return new OfficialRef(o.slug, o.nameVi, o.nameEn, o.nameZh, o.country, ao.roleAsWritten, o.curated,
                List.copyOf(ao.paragraphs));
    }

    static CategoryRef ref(ArticleCategory ac) {
        CrimeCategory c = ac.category;
        return new CategoryRef(c.code, c.labelVi, c.labelEn, List.copyOf(ac.evidence), List.copyOf(ac.paragraphs));
    }

    static List<OfficialRef> sortByFirstMention(List<OfficialRef> refs) {
        List<OfficialRef> sorted = new ArrayList<>(refs);
        sorted.sort((x, y) -> Integer.compare(first(x.paragraphs()), first(y.paragraphs())));
        return sorted;
    }

    private static int first(List<Integer> paragraphs) {
        return paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0);
    }

    public Facets facets(ArticleFilter filter) {
        ArticleFilter others = filter.without(ArticleFilter.Kind.OFFICIAL);
        List<FacetValue> officials = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] row : others.bind(em.createQuery("select o.slug, o.nameVi, o.nameEn, o.country, count(distinct a.id) "
                + "from ArticleOfficial ao join ao.official o join ao.article a" + others.where()
                + " group by o.slug, o.nameVi, o.nameEn, o.country order by count(distinct a.id) desc, o.nameVi",
                Object[].class)).getResultList()) {
            String slug = (String) row[0];
            seen.add(slug);
            officials.add(new FacetValue(slug, (String) row[1], (String) row[2], (String) row[3], (Long) row[4],
                    filter.officials().contains(slug)));
        }
        for (String slug : filter.officials()) {
            if (!seen.contains(slug)) {
                Official.findBySlug(slug).ifPresent(o -> officials.add(
                        new FacetValue(o.slug, o.nameVi, o.nameEn, o.country, 0, true)));
            }
        }

        ArticleFilter otherThanCategory = filter.without(ArticleFilter.Kind.CATEGORY);
        Map<String, Long> categoryCounts = new LinkedHashMap<>();
        for (Object[] row : otherThanCategory.bind(em.createQuery("select c.code, count(distinct a.id) "
                + "from ArticleCategory ac join ac.category c join ac.article a" + otherThanCategory.where()
                + " group by c.code", Object[].class)).getResultList()) {
            categoryCounts.put((String) row[0], (Long) row[1]);
        }
        List<FacetValue> categories = CrimeCategory.listInOrder().stream()
                .map(c -> new FacetValue(c.code, c.labelVi, c.labelEn, null, categoryCounts.getOrDefault(c.code, 0L),
                        filter.categories().contains(c.code)))
                .toList();

        ArticleFilter otherThanOutlet = filter.without(ArticleFilter.Kind.OUTLET);
        List<FacetValue> outlets = new ArrayList<>();
        for (Object[] row : otherThanOutlet.bind(em.createQuery("select o.code, o.name, count(a) from Article a join a.outlet o"
                + otherThanOutlet.where() + " group by o.code, o.name order by o.name", Object[].class)).getResultList()) {
            outlets.add(new FacetValue((String) row[0], (String) row[1], (String) row[1], null, (Long) row[2],
                    filter.outlets().contains((String) row[0])));
        }
        Object[] years = em.createQuery("select min(a.dateYear), max(a.dateYear) from Article a", Object[].class)
                .getSingleResult();
        return new Facets(officials, categories, outlets, (Integer) years[0], (Integer) years[1]);
    }

    public Set<String> knownOfficials(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select o.slug from Official o where o.slug in :slugs", String.class)
                .setParameter("slugs", slugs).getResultList());
    }

    public Set<String> categoryCodes() {
        return new HashSet<>(em.createQuery("select c.code from CrimeCategory c", String.class).getResultList());
    }

    public Set<String> outletCodes() {
        return new HashSet<>(em.createQuery("select o.code from Outlet o", String.class).getResultList());
    }

    public Optional<Article> article(String slug) {
        return em.createQuery("select a from Article a left join fetch a.outlet where a.slug = :slug", Article.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<Official> officials() {
        return em.createQuery("select distinct o from Official o left join fetch o.roles order by o.country desc, o.nameVi",
                Official.class).getResultList();
    }

    public Map<String, Long> articleCountsByOfficial() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select ao.official.slug, count(ao) from ArticleOfficial ao group by ao.official.slug",
                Object[].class).getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    public Map<String, Long> articleCountsByCategory() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select ac.category.code, count(ac) from ArticleCategory ac group by ac.category.code",
                Object[].class).getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    public Optional<Official> official(String slug) {
        return em.createQuery("select o from Official o left join fetch o.roles where o.slug = :slug", Official.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<CrimeCategory> category(String code) {
        return Optional.ofNullable(CrimeCategory.findById(code));
    }

    /** The officials named most often in the same articles as this one. */
    public List<FacetValue> companions(String slug, int limit) {
        return em.createQuery("select o.slug, o.nameVi, o.nameEn, o.country, count(distinct other.article.id) "
                + "from ArticleOfficial self join ArticleOfficial other on other.article = self.article "
                + "join other.official o where self.official.slug = :slug and o.slug <> :slug "
                + "group by o.slug, o.nameVi, o.nameEn, o.country "
                + "order by count(distinct other.article.id) desc, o.nameVi", Object[].class)
                .setParameter("slug", slug).setMaxResults(limit).getResultList().stream()
                .map(r -> new FacetValue((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4], false))
                .toList();
    }
}
