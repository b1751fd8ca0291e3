package org.songsong.web.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The reader as production runs it: while it reads a changed collection again (an import is writing), its
 * pages answer from the collection as it was, whole and consistent, and then follow the change; a search
 * with more matches than it ranks lists the best of its newest matches, then the others newest first.
 */
@QuarkusTest
@TestProfile(FollowingTheCollectionTest.AsInProduction.class)
class FollowingTheCollectionTest {

    /** Stale answers allowed for longer than a test takes; only the two newest matches of a search ranked. */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("songsong.collection-version.max-staleness", "PT10M", "songsong.search-matches.ranked", "2");
        }
    }

    @Inject
    ArticleImporter importer;

    /** A reader that waited for the held-up reading would never answer: the test fails after 10 s instead. */
    private static final RestAssuredConfig TEN_SECONDS = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 10_000));

    private static int total(String query) {
        return given().config(TEN_SECONDS).get("/api/articles" + query).then().statusCode(200).extract().path("total");
    }

    /**
     * The collection's size as the API counts it (every report), on a page past the last: the answer then reads nothing but
     * the collection's version and the reader's index, so a lock on the link tables holds up the reader's
     * reading of the collection and never the request.
     */
    private static int size() {
        return total("?page=1000&reports=all");
    }

    /** The collection's size once the reader shows {@code expected} articles, or after 30 s. */
    private static int sizeOnceFollowed(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (size() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return size();
    }

    @Test
    void whileAChangedCollectionIsReadAgainPagesAnswerFromTheOneBeforeAndThenFollowIt() throws Exception {
        SeededCollection.fiveSeeds(importer);
        assertThat(sizeOnceFollowed(5)).isEqualTo(5);
        int drugsBefore = total("?category=drugs&reports=all");

        SeededCollection.everything(importer);
        try (Connection reading = TestDatabase.connect()) {
            reading.setAutoCommit(false);
            try (Statement lock = reading.createStatement()) {
                lock.execute("lock table article_official in access exclusive mode"); // the reading waits here
            }
            assertThat(size()).as("the first request after the import, answered while the reader reads it").isEqualTo(5);
            assertThat(size()).as("and the next, the reading still under way").isEqualTo(5);
            reading.rollback();
        }
        assertThat(sizeOnceFollowed(21)).isEqualTo(21);
        assertThat(total("?category=drugs&reports=all")).isGreaterThan(drugsBefore)
                .isEqualTo(SeededCollection.slugs("select a.slug from article a join article_category c"
                        + " on c.article_id = a.id where c.category_code = 'drugs'").size());
    }

    @Test
    void aSearchWithMoreMatchesThanItRanksListsTheBestOfTheNewestThenTheRestNewestFirst() {
        SeededCollection.ensureEverything(importer);
        List<String> newestFirst = TestDatabase.rows("select a.slug from article a join article_search s"
                + " on s.article_id = a.id where s.search_vector @@ plainto_tsquery('simple', 'to lam') order by"
                + " a.date_year desc nulls last, a.date_month desc nulls last, a.date_day desc nulls last, a.id desc")
                .stream().map(row -> (String) row.get(0)).toList();
        assertThat(newestFirst).as("more matches than are ranked").hasSizeGreaterThan(4);

        List<String> listed = given().get("/api/articles?q=to+lam&size=100&reports=all").then().statusCode(200)
                .extract().path("items.slug");

        assertThat(listed).hasSameSizeAs(newestFirst);
        assertThat(listed.subList(0, 2)).containsExactlyInAnyOrderElementsOf(newestFirst.subList(0, 2));
        assertThat(listed.subList(2, listed.size())).containsExactlyElementsOf(newestFirst.subList(2, newestFirst.size()));
    }
}
