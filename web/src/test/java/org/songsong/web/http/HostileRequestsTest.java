package org.songsong.web.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests from the open internet: every route with bad, odd and hostile input answers a 4xx page or
 * JSON error in the reader's language, never a 500, a stack trace or an SQL error; every response
 * carries the security headers; article text with markup is shown as text on every page, feed and export.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final List<String> ROUTES = List.of("/", "/timeline", "/feed.atom", "/export.csv", "/export.json",
            "/api/articles");

    @Inject
    ArticleImporter importer;

    @BeforeEach
    void collection() {
        SeededCollection.fiveSeeds(importer);
    }

    private static void assertClean(Response response) {
        int status = response.statusCode();
        String body = response.asString();
        assertThat(status).as(body).isLessThan(500);
        assertThat(body).doesNotContain("Exception", "at org.", "at io.", "SQL", "syntax error", "PSQL", "hibernate");
    }

    /** An answer read off the wire: HTTP clients refuse to send an address that is not valid. */
    record RawAnswer(int status, java.util.Map<String, String> headers, String body) {
    }

    private static RawAnswer raw(String address, String language) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("GET " + address + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: "
                    + language + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] head = answer.substring(0, end).split("\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(), head[i].substring(colon + 1).trim());
            }
            return new RawAnswer(Integer.parseInt(head[0].split(" ")[1]), headers, answer.substring(end + 4));
        }
    }

    @Test
    void anAddressThatCannotBeDecodedGetsAPageInTheReadersLanguage() throws Exception {
        for (String address : List.of("/?q=%ZZ", "/?q=%", "/?q=%C3%28", "/%ZZ/x", "/articles/%E1%BB", "/timeline?official=%G0")) {
            RawAnswer page = raw(address, "vi");
            assertThat(page.status()).as(address).isEqualTo(400);
            assertThat(page.headers().get("content-type")).as(address).startsWith("text/html");
            assertThat(page.headers().get("content-security-policy")).as(address).contains("script-src 'self'");
            assertThat(page.body()).as(address).contains("<html lang=\"vi\">", "Địa chỉ này không hợp lệ.")
                    .doesNotContain("Exception");
        }
        RawAnswer api = raw("/api/articles?official=%ZZ", "en");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.headers().get("content-type")).startsWith("application/json");
        assertThat(api.body()).contains("\"message\":\"This address is malformed.\"");
    }

    @Test
    void everyRouteSurvivesHostileParameters() {
        String huge = "x".repeat(100_000);
        List<String> queries = List.of("official=", "official=to-lam&official=to-lam&official=", "category=%27%20OR%201%3D1--",
                "q=%27%3B%20drop%20table%20article%3B--", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "q=" + huge,
                "official=" + huge, "page=-1", "page=0", "page=99999999999999999999", "page=2.5", "yearFrom=1e9",
                "yearTo=-2000", "size=100000", "size=abc", "unknown=1&lang=xx", "q=%C3%28%A0", "q=%00", "lang=%00",
                "official=%E1%BB%A7y", "category=ma%20t%C3%BAy");
        for (String route : ROUTES) {
            for (String query : queries) {
                Response response = given().urlEncodingEnabled(false).get(route + "?" + query);
                assertClean(response);
            }
        }
    }

    @Test
    void badValuesAreNamedInTheReadersLanguage() {
        given().urlEncodingEnabled(false).header("Accept-Language", "vi").get("/?page=-1").then().statusCode(400)
                .contentType("text/html").body(containsString("Tham số page nằm ngoài phạm vi cho phép: -1"));
        given().urlEncodingEnabled(false).get("/?q=" + "x".repeat(100_000)).then().statusCode(400)
                .body(containsString("The parameter q is too long"));
        given().urlEncodingEnabled(false).get("/api/articles?page=abc").then().statusCode(400)
                .contentType("application/json").body(containsString("must be a whole number"));
    }

    @Test
    void wrongMethodsAreRefusedWithAPage() {
        given().post("/").then().statusCode(405).contentType("text/html")
                .body(containsString("does not accept that kind of request"));
        given().header("Accept-Language", "vi").delete("/api/articles").then().statusCode(405)
                .contentType("application/json").body(containsString("không nhận loại yêu cầu"));
        given().put("/articles/anything").then().statusCode(405);
    }

    @Test
    void pathsOutsideTheSiteAndOddSlugsAreNotFound() {
        for (String path : List.of("/css/../../../../etc/passwd", "/css/..%2f..%2f..%2fetc%2fpasswd", "/articles/%00",
                "/articles/..%2f..%2fetc", "/officials/%27%20or%201%3D1", "/categories/%3Cscript%3E", "/api/articles/%00",
                "/articles/" + "a".repeat(5000), "/q/../etc/passwd", "/nothing-here")) {
            Response response = given().urlEncodingEnabled(false).get(path);
            assertClean(response);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.asString()).doesNotContain("root:x:0:0");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndTheCookieIsGuarded() {
        for (String path : List.of("/", "/api/articles", "/css/songsong.css", "/articles/nothing")) {
            Response response = given().get(path);
            assertThat(response.header("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
        String cookie = given().queryParam("lang", "vi").get("/").header("Set-Cookie");
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        // no page needs inline script or style: the policy above would block it
        String html = given().get("/timeline").asString() + given().get("/").asString();
        assertThat(html).doesNotContain("<script", "style=\"", "onclick=");
    }

    @Test
    void markupInAnArticleIsTextOnEveryPageFeedAndExport() {
        String hostile = Seeds.text("004_6570346391cedc4e.txt")
                .replace("Bộ Công an Việt Nam và Trung Quốc hội đàm cấp cao\n",
                        "=HYPERLINK(\"x\") Bộ Công an <script>alert('x')</script> & \"hội đàm\"\n")
                .replace("Kết thúc hội nghị,", "Kết thúc <img src=x onerror=alert(1)> hội nghị,");
        importer.importFile("hostile.txt", hostile.getBytes(StandardCharsets.UTF_8), false);
        String slug = TestDatabase.string("select slug from article where source_file = 'hostile.txt'");

        for (String body : List.of(given().get("/").asString(), given().get("/articles/" + slug).asString(),
                given().get("/feed.atom").asString(), given().get("/timeline").asString())) {
            assertThat(body).doesNotContain("<script>alert", "<img src=x");
        }
        assertThat(given().get("/feed.atom").asString()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        given().get("/api/articles/" + slug).then().contentType("application/json")
                .body("titleVi", containsString("<script>alert('x')</script>"));
        String csv = new String(given().get("/export.csv").asByteArray(), StandardCharsets.UTF_8);
        // the title starts with "=": a spreadsheet would run it unless the cell is defused with a quote
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\") Bộ Công an <script>alert('x')</script> & \"\"hội đàm\"\"\"");
        assertThat(csv).doesNotContain("\"=HYPERLINK");
        given().get("/articles/" + slug).then().body(not(containsString("<img src=x")));
    }
}
