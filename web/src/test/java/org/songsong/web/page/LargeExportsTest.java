package org.songsong.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An export is read from the database a chunk at a time and sent as it is read, so that one of thousands of
 * articles never has to fit in the reader's memory: it still holds every article of the view once, in the
 * list's order, and one larger than the store of rendered responses keeps is sent whole, not kept.
 */
@QuarkusTest
@TestProfile(LargeExportsTest.SmallChunksAndStore.class)
class LargeExportsTest {

    /** Chunks of three articles and a store that keeps bodies of 2,000 bytes at most: small views act large. */
    public static class SmallChunksAndStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("songsong.exports.chunk-size", "3", "songsong.rendered-responses.max-bytes", "16000");
        }
    }

    @Inject
    ArticleImporter importer;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void collection() {
        SeededCollection.ensureEverything(importer);
    }

    @Test
    void anExportReadInChunksHoldsEveryArticleOfTheViewOnceInTheListsOrder() {
        List<String> listed = given().queryParam("official", "to-lam").queryParam("size", 100).queryParam("reports", "all")
                .get("/api/articles").then().statusCode(200).extract().jsonPath().getList("items.slug", String.class);
        assertThat(listed).as("a view of several chunks").hasSizeGreaterThan(4);

        List<String> json = given().queryParam("official", "to-lam").queryParam("reports", "all").get("/export.json")
                .then().statusCode(200).extract().jsonPath().getList("slug", String.class);
        byte[] csv = given().queryParam("official", "to-lam").queryParam("reports", "all").get("/export.csv").then()
                .statusCode(200)
                .extract().asByteArray();
        List<List<String>> rows = ResearchToolsTest.parseCsv(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));

        assertThat(json).isEqualTo(listed);
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList()).isEqualTo(listed);
    }

    @Test
    void anExportGivenAPageHoldsThatPageOfTheViewOnly() {
        // every report, copies included: more than a page of the collection
        List<String> listed = given().queryParam("size", 100).queryParam("reports", "all").get("/api/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.slug", String.class);
        assertThat(listed).as("more than a page of 20").hasSizeGreaterThan(20);

        List<String> json = given().queryParam("page", 2).queryParam("size", 3).queryParam("reports", "all")
                .get("/export.json").then().statusCode(200).extract().jsonPath().getList("slug", String.class);
        byte[] csv = given().queryParam("page", 2).queryParam("reports", "all").get("/export.csv").then()
                .statusCode(200).extract().asByteArray();
        List<List<String>> rows = ResearchToolsTest.parseCsv(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));

        assertThat(json).isEqualTo(listed.subList(3, 6));
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList())
                .as("the list's page size, 20, when none is given").isEqualTo(listed.subList(Math.min(20, listed.size()),
                        Math.min(40, listed.size())));
        given().queryParam("page", 2).queryParam("size", 101).get("/export.csv").then().statusCode(400);
    }

    @Test
    void anExportLargerThanTheStoreKeepsIsSentWholeAndReadAgainNextTime() {
        Response first = given().get("/export.json");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Response again = given().get("/export.json");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.asByteArray().length).as("larger than the store keeps").isGreaterThan(2000);
        assertThat(first.jsonPath().getList("slug")).as("one entry per event").hasSize(
                SeededCollection.oneEntryPerEvent(SeededCollection.slugs("select slug from article")).size());
        assertThat(statistics.getPrepareStatementCount()).as("read again, not kept").isPositive();
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
    }
}
