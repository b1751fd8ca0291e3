package org.songsong.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page of articles costs a fixed number of SQL statements, whatever its size: no N+1. */
@QuarkusTest
class QueryCountTest {

    @Inject
    ArticleImporter importer;

    @Inject
    ArticleCatalog catalog;

    @Inject
    EntityManagerFactory entityManagerFactory;

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
}
