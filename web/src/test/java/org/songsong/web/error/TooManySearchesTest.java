package org.songsong.web.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Searches are matched a bounded number at a time: one search more than the reader takes is turned away at
 * once with a 503 in the reader's language, while articles and lists still open; a search the database
 * cannot answer in time is cancelled and answered 503, never left hanging. A search is held up here by
 * locking the table of search vectors, which only searches read.
 */
@QuarkusTest
@TestProfile(TooManySearchesTest.OneSearchAtATime.class)
class TooManySearchesTest {

    public static class OneSearchAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("songsong.search-matches.concurrent", "1", "songsong.search-matches.waiting", "0",
                    "songsong.search-matches.timeout", "PT3S");
        }
    }

    @Inject
    ArticleImporter importer;

    @BeforeEach
    void collection() {
        SeededCollection.ensureEverything(importer);
    }

    /** Holds every search up until the returned connection rolls back. */
    private static Connection searchesHeldUp() throws Exception {
        Connection connection = TestDatabase.connect();
        connection.setAutoCommit(false);
        try (Statement lock = connection.createStatement()) {
            lock.execute("lock table article_search in access exclusive mode");
        }
        return connection;
    }

    private static void untilASearchWaits() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (TestDatabase.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query like '%article_search%'") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aSearchBeyondThoseRunningIsTurnedAwayAtOnceWhileArticlesStillOpen() throws Exception {
        String article = TestDatabase.string("select slug from article order by id limit 1");
        Connection held = searchesHeldUp();
        CompletableFuture<Integer> first;
        try {
            first = CompletableFuture.supplyAsync(() -> given().queryParam("q", "interpol").get("/").statusCode());
            untilASearchWaits();

            long started = System.nanoTime();
            given().header("Accept-Language", "vi").queryParam("q", "quang tay").get("/").then().statusCode(503)
                    .contentType("text/html").header("Retry-After", "2")
                    .body(containsString("Quá nhiều lượt tìm kiếm cùng lúc")).body(not(containsString("Exception")));
            given().queryParam("q", "ma tuy").get("/api/articles").then().statusCode(503)
                    .contentType("application/json").header("Retry-After", "2")
                    .body("message", containsString("More searches are running"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("turned away without waiting")
                    .isLessThan(Duration.ofSeconds(2));
            given().get("/articles/" + article).then().statusCode(200);
            given().queryParam("category", "drugs").get("/").then().statusCode(200);
        } finally {
            held.rollback();
            held.close();
        }
        assertThat(first.get()).as("the search held up, answered once the vectors are free").isEqualTo(200);
        given().queryParam("q", "quang tay").get("/").then().statusCode(200);
    }

    @Test
    void aSearchTheDatabaseCannotAnswerInTimeIsCancelledAndAnswered503() throws Exception {
        Connection held = searchesHeldUp();
        try {
            long started = System.nanoTime();
            given().queryParam("q", "bo cong an").get("/").then().statusCode(503).header("Retry-After", "10")
                    .body(containsString("Temporarily unavailable"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        } finally {
            held.rollback();
            held.close();
        }
        given().queryParam("q", "bo cong an").get("/").then().statusCode(200);
    }
}
