package org.songsong.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.core.writeside.CollectionSummary;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unfiltered pages read the whole collection's facet counts the importer keeps, while they are of
 * the collection's current version, and count for themselves otherwise.
 */
@QuarkusTest
class CollectionSummaryTest {

    @Inject
    ArticleImporter importer;

    @Inject
    CollectionSummary summary;

    @Inject
    ArticleCatalog catalog;

    @Inject
    FacetCatalog facets;

    @BeforeEach
    void collection() {
        SeededCollection.ensureEverything(importer);
    }

    private static void collectionChanges() {
        TestDatabase.execute("update collection_state set version = version + 1");
    }

    @Test
    void theKeptCountsAreTheCountedOnesAndAreReadOnlyWhileNothingWasWrittenSince() {
        collectionChanges();
        FacetCatalog.Facets counted = facets.facets(ArticleFilter.NONE);
        long total = catalog.count(ArticleFilter.NONE);
        assertThat(counted.officials()).isNotEmpty();
        assertThat(total).isEqualTo(21);

        collectionChanges();
        assertThat(summary.refresh()).isTrue();
        assertThat(summary.refresh()).as("nothing written since the counts were taken").isFalse();
        assertThat(facets.facets(ArticleFilter.NONE)).isEqualTo(counted);
        assertThat(catalog.count(ArticleFilter.NONE)).isEqualTo(total);

        // a kept count the reader shows proves it reads them; once the collection changes, it counts again
        TestDatabase.execute("update collection_facet set articles = articles + 1000 where kind = 'official' and code = 'to-lam'");
        TestDatabase.execute("update collection_state set version = version + 1, summary_version = version + 1");
        FacetCatalog.FacetValue toLam = facets.facets(ArticleFilter.NONE).officials().get(0);
        assertThat(toLam.value()).isEqualTo("to-lam");
        assertThat(toLam.count()).isEqualTo(counted.officials().stream().filter(o -> o.value().equals("to-lam"))
                .findFirst().orElseThrow().count() + 1000);

        collectionChanges();
        assertThat(facets.facets(ArticleFilter.NONE)).isEqualTo(counted);
        assertThat(catalog.count(ArticleFilter.NONE)).isEqualTo(total);
    }
}
