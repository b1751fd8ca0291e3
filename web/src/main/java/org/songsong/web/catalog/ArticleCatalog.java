package org.songsong.web.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.Official;
import org.songsong.core.parse.PublicationDate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;
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
            EnglishProvenance english, List<OfficialRef> officials, List<CategoryRef> categories, EventRef event) {
    }

    /** The event an article reports, how many reports it has, and whether the article copies another. */
    public record EventRef(long id, int reports, boolean copy) {
    }

    /** A page of results, and the filter that found them (a search with no exact match is retried fuzzily). */
    public record Page(List<ArticleRow> items, long total, int page, int size, ArticleFilter filter) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    FilteredQueries queries;

    @Inject
    ObjectMapper json;

    public Page search(ArticleFilter asked, int page, int size) {
        ArticleFilter filter = corrected(asked);
        return new Page(rows(load(queries.page(filter, (page - 1) * size, size))), count(filter), page, size, filter);
    }

    /** A search that matches nothing, with each word replaced by the collection's nearest, if that matches. */
    private ArticleFilter corrected(ArticleFilter filter) {
        if (filter.searching() && filter.correctedFrom() == null && count(filter) == 0) {
            String nearest = nearestWords(filter.foldedQuery());
            if (!nearest.equals(filter.foldedQuery())) {
                ArticleFilter corrected = filter.correctedTo(nearest);
                if (count(corrected) > 0) {
                    return corrected;
                }
            }
        }
        return filter;
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

    public long count(ArticleFilter filter) {
        return queries.selected(filter).getLongCardinality();
    }

    /**
     * The articles of a filter in its order from the {@code from}-th, {@code limit} at the most, handed over
     * {@code chunk} at a time:
     * an export of thousands never holds them all, as entities or as rows (10,000 at once overran the
     * reader's heap). The ids are read once, so an import running meanwhile neither repeats nor skips any.
     */
    public void forEachChunk(ArticleFilter asked, int from, int limit, int chunk, Consumer<List<ArticleRow>> action) {
        List<Long> ids = queries.page(corrected(asked), from, limit);
        int step = Math.max(1, chunk);
        for (int at = 0; at < ids.size(); at += step) {
            List<ArticleRow> rows = rows(load(ids.subList(at, Math.min(ids.size(), at + step))));
            em.clear(); // the rows are copies: the entities they came from can go
            action.accept(rows);
        }
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

    /** The officials, categories and event of each article of a page, in one statement (ArticleParts). */
    private static final String ROW_PARTS = "select a.id, " + ArticleParts.officialsJson("a.id") + ", "
            + ArticleParts.categoriesJson("a.id") + ", ae.event_id, e.report_count, ae.copy_of is not null "
            + "from article a left join article_event ae on ae.article_id = a.id left join event e on e.id = ae.event_id "
            + "where a.id in (:ids)";

    private record RowParts(List<OfficialRef> officials, List<CategoryRef> categories, EventRef event) {
    }

    private List<ArticleRow> rows(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = articles.stream().map(a -> a.id).toList();
        Map<Long, RowParts> parts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> partRows = em.createNativeQuery(ROW_PARTS).setParameter("ids", ids).getResultList();
        for (Object[] r : partRows) {
            parts.put(((Number) r[0]).longValue(), new RowParts(ArticleParts.officials(json, r[1]),
                    ArticleParts.categories(json, r[2]), r[3] == null ? null
                            : new EventRef(((Number) r[3]).longValue(), ((Number) r[4]).intValue(), (Boolean) r[5])));
        }
        RowParts none = new RowParts(List.of(), List.of(), null);
        return articles.stream().map(a -> {
            RowParts p = parts.getOrDefault(a.id, none);
            return new ArticleRow(a.id, a.slug, a.date(), a.outlet == null ? null : a.outlet.code,
                    a.outlet == null ? null : a.outlet.name, a.sourceUrl, a.sourceFile, a.titleVi, a.titleEn, a.summaryVi,
                    a.summaryEn, EnglishProvenance.of(a), p.officials(), p.categories(), p.event());
        }).toList();
    }

    public static List<OfficialRef> sortByFirstMention(List<OfficialRef> refs) {
        List<OfficialRef> sorted = new ArrayList<>(refs);
        sorted.sort((x, y) -> Integer.compare(first(x.paragraphs()), first(y.paragraphs())));
        return sorted;
    }

    private static int first(List<Integer> paragraphs) {
        return paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0);
    }

    /**
     * How many of the newest articles of each of an article's officials and categories are weighed as related
     * to it: at 100,000 articles, weighing every article that shares a common category took 0.4 s a page.
     */
    private static final int RELATED_CANDIDATES_PER_LINK = 200;

    /**
     * The articles sharing the most officials and categories with this one, newest first among equals,
     * drawn from the {@value #RELATED_CANDIDATES_PER_LINK} newest articles of each; none for an article
     * imported since the reader last read the collection.
     */
    public List<ArticleRow> related(long articleId, int limit) {
        CollectionIndex index = queries.index();
        int rank = index.rank(articleId);
        return rank < 0 ? List.of() : rows(load(index.related(rank, limit, RELATED_CANDIDATES_PER_LINK)));
    }

    @RegisterForReflection // made by Hibernate from a query's row, through its constructor
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
        Optional<Article> article = em.createQuery("select a from Article a left join fetch a.outlet where a.slug = :slug",
                Article.class).setParameter("slug", slug).getResultStream().findFirst();
        return article.map(a -> StoredArticle.of(a,
                (Object[]) em.createNativeQuery(StoredArticle.PARTS).setParameter("id", a.id).getSingleResult(), json));
    }
}
