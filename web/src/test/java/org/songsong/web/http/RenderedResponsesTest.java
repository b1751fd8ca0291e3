package org.songsong.web.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.core.writeside.ImportStatus;
import org.songsong.web.SeededCollection;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages rendered once are served again from memory until the collection changes: the same bytes, no
 * query, each reader's language kept apart, and an import visible on the very next request.
 */
@QuarkusTest
class RenderedResponsesTest {

    private static final String SEED = "002_319e9fbe4659c530.txt";

    @Inject
    ArticleImporter importer;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void fiveSeeds() {
        SeededCollection.fiveSeeds(importer);
    }

    @AfterEach
    void restore() {
        SeededCollection.fiveSeeds(importer);
    }

    @Test
    void aPageAskedAgainIsTheSamePageAndReadsNoArticle() {
        String first = given().get("/?official=to-lam").then().statusCode(200).extract().asString();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        Response again = given().get("/?official=to-lam");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString()).isEqualTo(first);
        assertThat(again.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(again.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(again.header("ETag")).isNotBlank();
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void aBrowserThatAcceptsGzipGetsTheKeptPageCompressedAndOthersGetItAsItIs() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.URI page = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/?category=drugs");
        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<byte[]>> get = (name, value) -> {
            try {
                var request = java.net.http.HttpRequest.newBuilder(page);
                if (name != null) {
                    request.header(name, value);
                }
                return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        byte[] plain = get.apply(null, null).body(); // rendered, and kept
        assertThat(new String(plain, StandardCharsets.UTF_8)).contains("<html");

        var compressed = get.apply("Accept-Encoding", "gzip, deflate, br");
        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
        assertThat(compressed.body().length).isLessThan(plain.length / 3);
        try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain);
        }

        assertThat(get.apply("Accept-Encoding", "*;q=0, gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
        for (String refusal : new String[] { null, "identity", "gzip;q=0", "br", "gzip;q=0, *" }) {
            var asIs = refusal == null ? get.apply(null, null) : get.apply("Accept-Encoding", refusal);
            assertThat(asIs.headers().firstValue("Content-Encoding")).as(refusal).isEmpty();
            assertThat(asIs.body()).as(refusal).isEqualTo(plain);
        }
    }

    @Test
    void readersAskingForTheSameNewPageAtOnceShareOneRendering() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        given().get("/?q=hop+tac").then().statusCode(200); // the search's matches, count and facets are now kept
        // what rendering the same page under another address costs: the page's own queries
        statistics.clear();
        given().get("/?page=1&q=hop+tac").then().statusCode(200);
        long oneRendering = statistics.getPrepareStatementCount();
        assertThat(oneRendering).isPositive();

        // a third address for the same page, asked for by 8 readers at once
        int readers = 8;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(readers);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
        statistics.clear();
        try {
            java.util.List<java.util.concurrent.Future<String>> pages = new java.util.ArrayList<>();
            for (int i = 0; i < readers; i++) {
                pages.add(pool.submit(() -> {
                    together.await();
                    return given().get("/?q=hop+tac&page=1").then().statusCode(200).extract().asString();
                }));
            }
            String first = pages.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first).contains("class=\"article-item\"");
            for (java.util.concurrent.Future<String> page : pages) {
                assertThat(page.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statistics.getPrepareStatementCount()).as("statements for %d concurrent readers", readers)
                .isEqualTo(oneRendering);
    }

    @Test
    void anExportAskedAgainKeepsItsDownloadName() {
        Response first = given().get("/export.csv?official=to-lam");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Response again = given().get("/export.csv?official=to-lam");

        assertThat(statistics.getPrepareStatementCount()).as("sent again as kept, not rendered again").isZero();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(again.header("Content-Disposition")).isNotBlank().isEqualTo(first.header("Content-Disposition"));
        assertThat(again.contentType()).isEqualTo(first.contentType());
    }

    @Test
    void readersOfTheSameAddressEachGetTheirOwnLanguage() {
        String english = given().header("Accept-Language", "en").get("/?category=drugs").then().statusCode(200)
                .extract().asString();
        String vietnamese = given().header("Accept-Language", "vi").get("/?category=drugs").then().statusCode(200)
                .extract().asString();

        assertThat(english).contains("<html lang=\"en\">");
        assertThat(vietnamese).contains("<html lang=\"vi\">");
    }

    @Test
    void choosingALanguageSetsTheCookieEveryTime() {
        for (int i = 0; i < 2; i++) {
            given().get("/?lang=vi").then().statusCode(200).cookie(ReaderLanguage.COOKIE, "vi");
        }
    }

    @Test
    void anImportShowsOnTheNextRequest() throws Exception {
        String slug = TestDatabase.string("select slug from article where source_file = ?", SEED);
        String before = given().get("/articles/" + slug).then().statusCode(200).extract().asString();
        assertThat(before).doesNotContain("Bản sửa của biên tập viên");

        // the same file, corrected by its editor: one more paragraph at the end
        byte[] corrected = (Seeds.text(SEED)
                + "\n\nBản sửa của biên tập viên: bài viết được cập nhật thêm đoạn này.\n").getBytes(StandardCharsets.UTF_8);
        assertThat(importer.importFile(SEED, corrected, false).status()).isEqualTo(ImportStatus.UPDATED);

        String after = given().get("/articles/" + slug).then().statusCode(200).extract().asString();
        assertThat(after).contains("Bản sửa của biên tập viên");
    }
}
