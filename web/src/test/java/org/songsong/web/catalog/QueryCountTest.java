package org.songsong.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.ArticleCategory;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of articles costs a fixed number of SQL statements, whatever its size: no N+1. An article's page
 * reads the article in two, and its event's reports in one.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    ArticleImporter importer;

    @Inject
    ArticleCatalog catalog;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    EntityManager em;

    @Inject
    EventCatalog events;

    @BeforeEach
    void collection() {
        SeededCollection.ensureEverything(importer);
    }

    private long statementsFor(ArticleFilter filter, int size) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        catalog.search(filter, 1, size); // warm the count cache, as a second visit would
        statistics.clear();
        ArticleCatalog.Page page = catalog.search(filter, 1, size);
        assertThat(page.items()).hasSize((int) Math.min(size, page.total()));
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aListPageCostsTheSameStatementsForFiveArticlesAsForTwenty() {
        long five = statementsFor(ArticleFilter.NONE, 5);
        long twenty = statementsFor(ArticleFilter.NONE, 20);
        assertThat(twenty).isEqualTo(five).isLessThanOrEqualTo(4);
        ArticleFilter filtered = ArticleFilter.NONE.withCategory("drugs").withOfficial("to-lam");
        assertThat(statementsFor(filtered, 2)).isEqualTo(statementsFor(filtered, 20));
    }

    @Test
    @Transactional
    void anArticleIsReadInTwoStatementsWithEveryPartOfIt() {
        Article entity = em.createQuery("select a from Article a where size(a.captions) > 0 and size(a.officials) > 1 "
                + "and size(a.categories) > 1 order by a.id", Article.class).setMaxResults(1).getSingleResult();
        List<String> paragraphs = entity.paragraphs.stream().map(p -> p.textVi).toList();
        List<String> captions = entity.captions.stream().map(c -> c.textVi).toList();
        List<String> officials = entity.officials.stream().map(o -> o.official.slug).toList();
        List<String> categories = entity.categories.stream()
                .sorted(Comparator.comparingInt((ArticleCategory c) -> c.category.position)).map(c -> c.category.code).toList();
        List<String> evidence = entity.categories.stream().flatMap(c -> c.evidence.stream()).toList();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        StoredArticle stored = catalog.article(entity.slug).orElseThrow();

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        assertThat(stored.paragraphs()).extracting(StoredArticle.Paragraph::textVi).containsExactlyElementsOf(paragraphs);
        assertThat(stored.captions()).extracting(StoredArticle.Caption::textVi).containsExactlyElementsOf(captions);
        assertThat(stored.officials()).extracting(ArticleCatalog.OfficialRef::slug)
                .containsExactlyInAnyOrderElementsOf(officials);
        assertThat(stored.officials()).allSatisfy(o -> assertThat(o.paragraphs()).isNotEmpty());
        assertThat(stored.categories()).extracting(ArticleCatalog.CategoryRef::code).containsExactlyElementsOf(categories);
        assertThat(stored.categories()).flatExtracting(ArticleCatalog.CategoryRef::evidence)
                .containsExactlyInAnyOrderElementsOf(evidence);

        statistics.clear();
        EventCatalog.ArticleEventReports event = events.reportsOfEventOf(entity.id).orElseThrow();
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        assertThat(event.reports()).extracting(EventCatalog.Report::articleId).contains(entity.id);
    }
}
