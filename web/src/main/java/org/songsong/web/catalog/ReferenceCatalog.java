package org.songsong.web.catalog;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.songsong.core.domain.CrimeCategory;
import org.songsong.core.domain.Official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Who and what the collection knows besides its articles: the officials with their offices, the crime
 * categories and the outlets, how many articles name each, and who is named beside whom. What the
 * filters are checked against before any query runs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceCatalog {

    @Inject
    EntityManager em;

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

    public List<OfficialProfile> officials() {
        return em.createQuery("select distinct o from Official o left join fetch o.roles order by o.country desc, o.nameVi",
                Official.class).getResultList().stream().map(o -> OfficialProfile.of(o, false)).toList();
    }

    public Map<String, Long> articleCountsByOfficial() {
        return counts("select ao.official.slug, count(ao) from ArticleOfficial ao group by ao.official.slug");
    }

    public Map<String, Long> articleCountsByCategory() {
        return counts("select ac.category.code, count(ac) from ArticleCategory ac group by ac.category.code");
    }

    private Map<String, Long> counts(String query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery(query, FacetCatalog.CodeCount.class).getResultList()
                .forEach(row -> counts.put(row.code(), row.articles()));
        return counts;
    }

    public Optional<OfficialProfile> official(String slug) {
        return em.createQuery("select o from Official o left join fetch o.roles where o.slug = :slug", Official.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(o -> OfficialProfile.of(o, true));
    }

    public Optional<CategoryProfile> category(String code) {
        return Optional.ofNullable(CrimeCategory.<CrimeCategory>findById(code)).map(CategoryProfile::of);
    }

    /** Every crime category, in the order the knowledge base lists them. */
    public List<CategoryProfile> categories() {
        return CrimeCategory.listInOrder().stream().map(CategoryProfile::of).toList();
    }

    /** The officials named most often in the same articles as this one. */
    public List<FacetCatalog.FacetValue> companions(String slug, int limit) {
        return em.createQuery("select o.slug, o.nameVi, o.nameEn, o.country, count(distinct other.article.id) "
                + "from ArticleOfficial self join ArticleOfficial other on other.article = self.article "
                + "join other.official o where self.official.slug = :slug and o.slug <> :slug "
                + "group by o.slug, o.nameVi, o.nameEn, o.country "
                + "order by count(distinct other.article.id) desc, o.nameVi", FacetCatalog.OfficialCount.class)
                .setParameter("slug", slug).setMaxResults(limit).getResultList().stream()
                .map(o -> new FacetCatalog.FacetValue(o.slug(), o.nameVi(), o.nameEn(), o.country(), o.articles(), false))
                .toList();
    }
}
