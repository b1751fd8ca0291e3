package org.songsong.web.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.DatabaseProxyResource;
import org.songsong.web.SeededCollection;
import org.songsong.web.page.HeadlessChromium;
import org.songsong.web.page.PageChecks;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * PostgreSQL out of reach and back: readiness goes down and the reader answers a clear 503 (never a
 * stack trace, never a hang), then everything recovers by itself without restarting the application.
 */
@QuarkusTest
@QuarkusTestResource(value = DatabaseProxyResource.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    @Inject
    ArticleImporter importer;

    @TestHTTPResource("/")
    URL root;

    @Test
    void readinessFollowsTheDatabaseAndPagesRecoverWithoutARestart() throws Exception {
        SeededCollection.fiveSeeds(importer);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/").then().statusCode(200);

        DatabaseProxyResource.proxy.cut();
        try {
            long started = System.nanoTime();
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
            given().get("/").then().statusCode(503).contentType("text/html")
                    .header("Retry-After", "10")
                    .body(containsString("Temporarily unavailable"))
                    .body(org.hamcrest.Matchers.not(containsString("Exception")));
            given().header("Accept-Language", "vi").get("/api/articles").then().statusCode(503)
                    .contentType("application/json").body("status", equalTo(503))
                    .body("message", containsString("Hiện không kết nối được"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answers come without hanging")
                    .isLessThan(Duration.ofSeconds(30));
            theOutagePageIsAccessibleInBothLanguagesOnAPhoneAndADesktop();
        } finally {
            DatabaseProxyResource.proxy.restore();
        }

        long deadline = System.currentTimeMillis() + 20_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline && status != 200) {
            status = given().get("/q/health/ready").then().extract().statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertThat(status).as("readiness back up by itself").isEqualTo(200);
        given().get("/").then().statusCode(200).body(containsString("5 events, newest first"));
    }

    /** The page a reader meets during an outage passes the same browser checks as every other page. */
    private void theOutagePageIsAccessibleInBothLanguagesOnAPhoneAndADesktop() throws Exception {
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 1000))) {
                chromium.driver().manage().window().setSize(size);
                for (String language : List.of("vi", "en")) {
                    String address = "/?lang=" + language;
                    chromium.open(root, address);
                    assertThat(chromium.driver().getTitle()).isNotBlank();
                    PageChecks.Findings findings = PageChecks.check(chromium.driver(), address, size);
                    problems.addAll(findings.violations());
                    problems.addAll(findings.undecided());
                }
            }
        }
        assertThat(problems).as("the outage page in the browser").isEmpty();
    }
}
