package org.songsong.web.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.impl.HeaderParser;
import io.vertx.ext.web.impl.ParsableMIMEValue;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page already kept is answered before the REST layer, as production runs it (the collection's version
 * trusted for a while): the same bytes and headers as the page rendered, sent whole with their length,
 * revalidated, compressed and counted in the request metrics as before. {@link RenderedResponsesTest}
 * holds the REST layer's own answers from memory, which take over when the version is due to be read.
 */
@QuarkusTest
@TestProfile(RenderedResponseServerTest.VersionTrusted.class)
class RenderedResponseServerTest {

    /** As in production, where the version is trusted for a second; here long enough for a whole test. */
    public static class VersionTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("songsong.collection-version.max-age", "PT10M");
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
    void aKeptPageIsSentWholeWithTheBytesAndHeadersItWasRenderedWith() {
        Response rendered = asItIs().get("/officials/to-lam");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        Response kept = asItIs().get("/officials/to-lam");

        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.asByteArray()).isEqualTo(rendered.asByteArray());
        assertThat(statistics.getPrepareStatementCount()).as("statements for a kept page").isZero();
        assertThat(kept.header("Content-Length")).isEqualTo(String.valueOf(rendered.asByteArray().length));
        assertThat(kept.header("Transfer-Encoding")).isNull();
        assertThat(headers(kept)).isEqualTo(headers(rendered));
        assertThat(kept.header("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void aReaderWhoseCopyIsCurrentIsToldSoWithoutTheBody() {
        Response kept = given().get("/categories/drugs");
        kept = given().get("/categories/drugs");

        Response revalidated = given().header("If-None-Match", kept.header("ETag")).get("/categories/drugs");

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.asByteArray()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(kept.header("ETag"));
        assertThat(revalidated.header("Cache-Control")).isEqualTo(kept.header("Cache-Control"));
        assertThat(given().header("If-None-Match", "W/\"0-older\"").get("/categories/drugs").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBrowserThatAcceptsGzipGetsTheKeptPageCompressed() throws Exception {
        byte[] plain = given().get("/?category=drugs").asByteArray();
        Response compressed = asItIs().header("Accept-Encoding", "gzip, deflate, br").get("/?category=drugs");

        assertThat(compressed.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.header("Content-Length")).isEqualTo(String.valueOf(compressed.asByteArray().length));
        try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.asByteArray()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void requestMetricsNameTheRouteOfAKeptPage() {
        given().get("/officials/tran-dai-quang").then().statusCode(200);
        double before = served("/officials/{slug}");

        given().get("/officials/tran-dai-quang").then().statusCode(200);
        given().get("/officials/tran-dai-quang").then().statusCode(200);

        assertThat(served("/officials/{slug}")).isEqualTo(before + 2);
    }

    @Test
    void whatTheKeptPageCannotAnswerGoesToThePagesThemselves() {
        given().get("/timeline").then().statusCode(200);

        // a client that takes no HTML is refused as before, not handed the kept page
        given().header("Accept", "application/json").get("/timeline").then().statusCode(406);
        // choosing the language still sets the cookie, every time
        for (int i = 0; i < 2; i++) {
            given().get("/timeline?lang=vi").then().statusCode(200).cookie(ReaderLanguage.COOKIE, "vi");
        }
        // a reader whose cookie says Vietnamese gets the Vietnamese page, kept apart from the English one
        String vietnamese = given().cookie(ReaderLanguage.COOKIE, "vi").get("/timeline").asString();
        String english = given().get("/timeline").asString();
        assertThat(vietnamese).contains("<html lang=\"vi\">");
        assertThat(english).contains("<html lang=\"en\">");
    }

    @Test
    void theAcceptHeadersOfBrowsersAndToolsTakeTheKeptType() {
        String html = "text/html;charset=UTF-8";
        assertThat(accepts(null, html)).isTrue();
        assertThat(accepts(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", html)).isTrue();
        assertThat(accepts("*/*", "text/csv;charset=UTF-8")).isTrue();
        assertThat(accepts("text/*", html)).isTrue();
        assertThat(accepts("application/json", html)).isFalse();
        assertThat(accepts("text/html;q=0, */*", html)).isFalse();
        assertThat(accepts("application/json", "application/json")).isTrue();
    }

    /** Whether the kept page answers a client sending {@code accept}, parsed as the HTTP layer parses it. */
    private static boolean accepts(String accept, String contentType) {
        List<MIMEHeader> parsed = HeaderParser.sort(HeaderParser.convertToParsedHeaderValues(accept, ParsableMIMEValue::new));
        return RenderedResponseServer.accepts(parsed, contentType);
    }

    /** A request that leaves the body as sent: the client neither asks for compression nor undoes it. */
    private static io.restassured.specification.RequestSpecification asItIs() {
        return given().config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    /** The number of requests the metrics have counted as served with status 200 under this route. */
    private static double served(String route) {
        String metrics = given().get("/q/metrics").asString();
        String prefix = "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\""
                + route + "\"}";
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()).trim())).sum();
    }

    /** Every header but the framing of the body, which differs: whole with its length, or in chunks. */
    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().forEach(header -> {
            String name = header.getName().toLowerCase(java.util.Locale.ROOT);
            if (!name.equals("content-length") && !name.equals("transfer-encoding")) {
                headers.merge(name, header.getValue(), (a, b) -> a + "\n" + b);
            }
        });
        return headers;
    }
}
