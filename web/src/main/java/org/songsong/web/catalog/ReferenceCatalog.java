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

    @Inject
    FilteredQueries queries;

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
        CollectionIndex index = queries.index();
        return counts(index.officials().stream().map(CollectionIndex.Official::slug).toList(),
                index.officialCounts(index.select(ArticleFilter.NONE, null)));
    }

    public Map<String, Long> articleCountsByCategory() {
        CollectionIndex index = queries.index();
        return counts(index.categories(), index.categoryCounts(index.select(ArticleFilter.NONE, null)));
    }

    /** Each key with its count, those no article has left out. */
    private static Map<String, Long> counts(List<String> keys, long[] counts) {
        Map<String, Long> byKey = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                byKey.put(keys.get(i), counts[i]);
            }
        }
        return byKey;
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
        CollectionIndex index = queries.index();
        ArticleFilter naming = new ArticleFilter(Set.of(slug), Set.of(), Set.of(), null, null);
        return FacetCatalog.officials(index, index.select(naming, null), ArticleFilter.NONE).stream()
                .filter(o -> !o.value().equals(slug)).limit(limit).toList();
    }
}
