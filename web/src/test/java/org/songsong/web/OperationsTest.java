package org.songsong.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What operators rely on: health, metrics, the read-only role, and HTTP caching. */
@QuarkusTest
class OperationsTest {

    @Inject
    ArticleImporter importer;

    @BeforeEach
    void collection() {
        SeededCollection.ensureEverything(importer);
    }

    @Test
    void healthAndPerRouteMetricsAreExposed() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        String slug = TestDatabase.string("select slug from article limit 1");
        given().get("/articles/" + slug).then().statusCode(200);
        given().get("/api/articles").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests_seconds_count{")
                .contains("uri=\"/articles/{slug}\"").contains("uri=\"/api/articles\"");
    }

    @Test
    void theReadersRoleCanReadButNeverWrite() throws SQLException {
        try (Connection reader = DriverManager.getConnection(TestDatabase.url(), "songsong_reader", "songsong_reader");
                Statement statement = reader.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select count(*) from article")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(21);
            }
            assertThatThrownBy(() -> statement.executeUpdate("update article set title_vi = 'x'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("insert into outlet (id, code, name) values (999999, 'x', 'x')"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("delete from article_paragraph"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aRepeatRequestIsAnsweredNotModifiedUntilTheCollectionChanges() {
        Response first = given().get("/?category=drugs");
        first.then().statusCode(200).header("Cache-Control", containsString("public"))
                .header("Vary", containsString("Accept-Language"));
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).startsWith("W/\"");

        given().header("If-None-Match", etag).get("/?category=drugs").then().statusCode(304)
                .header("ETag", etag);
        given().header("If-Modified-Since", lastModified).get("/?category=drugs").then().statusCode(304);
        // another view, another language: another representation
        assertThat(given().get("/?category=gambling").header("ETag")).isNotEqualTo(etag);
        given().header("If-None-Match", etag).header("Accept-Language", "vi").get("/?category=drugs").then()
                .statusCode(200);
        String apiTag = given().get("/api/articles").header("ETag");
        given().header("If-None-Match", apiTag).get("/api/articles").then().statusCode(304);

        // an import changes the collection: the old validator no longer holds
        String edited = Seeds.text("003_1386dbd5f98cd0ee.txt").replace("Ngày 28-11", "Ngày 28-11 ");
        importer.importFile("003_1386dbd5f98cd0ee.txt", (edited + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        given().header("If-None-Match", etag).get("/?category=drugs").then().statusCode(200);
        SeededCollection.everything(importer);
    }
}
