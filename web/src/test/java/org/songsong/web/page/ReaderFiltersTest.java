package org.songsong.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.songsong.web.SeededCollection.naming;
import static org.songsong.web.SeededCollection.oneEntryPerEvent;
import static org.songsong.web.SeededCollection.slugs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Narrowing the whole collection (the five seeds and the sixteen variations the tests write of them, 21
 * articles) by official, crime category, outlet and years, on the page and in the API; every expectation
 * is computed from the database, not written down.
 */
@QuarkusTest
class ReaderFiltersTest {


    @Inject
    ArticleImporter importer;

    @BeforeEach
    void wholeCollection() {
        SeededCollection.ensureEverything(importer);
    }

    /** Filters narrow a set, so order is not what these tests check. */
    private static Set<String> listed(String html) {
        return new HashSet<>(SeededCollection.listed(html));
    }

    private static Set<String> about(String category) {
        return slugs("select a.slug from article a join article_category l on l.article_id = a.id where l.category_code = ?",
                category);
    }

    private static String page(String query) {
        return given().get("/" + query).then().statusCode(200).extract().asString();
    }

    @Test
    void anOfficialFilterListsExactlyTheArticlesNamingThem() {
        assertThat(naming("to-lam")).hasSizeGreaterThan(3);
        assertThat(listed(page("?official=to-lam"))).isEqualTo(oneEntryPerEvent(naming("to-lam")));
        // Zhao Kezhi is named by seed 001 and by its republication (v05), one event
        assertThat(listed(page("?official=trieu-khac-chi"))).isEqualTo(oneEntryPerEvent(naming("trieu-khac-chi"))).hasSize(1);
        assertThat(listed(page("?official=trieu-khac-chi&reports=all"))).isEqualTo(naming("trieu-khac-chi")).hasSize(2);
    }

    @Test
    void filtersOfDifferentKindsNarrowAndValuesOfOneKindWiden() {
        Set<String> both = new HashSet<>(naming("to-lam"));
        both.retainAll(about("drugs"));
        // some articles naming Tô Lâm name no drugs (v01), so the second filter has something to remove
        assertThat(listed(page("?official=to-lam&category=drugs&reports=all"))).isEqualTo(both).isNotEmpty()
                .isNotEqualTo(naming("to-lam"));
        assertThat(listed(page("?official=to-lam&category=drugs"))).isEqualTo(oneEntryPerEvent(both));

        Set<String> either = new HashSet<>(about("gambling"));
        either.addAll(about("terrorism"));
        assertThat(listed(page("?category=gambling&category=terrorism"))).isEqualTo(oneEntryPerEvent(either));

        Set<String> officials = new HashSet<>(naming("tran-dai-quang"));
        officials.addAll(naming("vuong-tieu-hong"));
        assertThat(listed(page("?official=tran-dai-quang&official=vuong-tieu-hong"))).isEqualTo(oneEntryPerEvent(officials));
    }

    @Test
    void eachFacetCountsWhatItWouldMatchGivenTheOtherFilters() {
        String html = page("?category=drugs");
        Set<String> drugsAndToLam = new HashSet<>(naming("to-lam"));
        drugsAndToLam.retainAll(about("drugs"));
        assertThat(html).contains("value=\"to-lam\"> <span lang=\"vi\">Tô Lâm</span> <span class=\"facet__alt\" lang=\"en\">To Lam</span> "
                + "<span class=\"count\" data-count=\"" + oneEntryPerEvent(drugsAndToLam).size() + "\">");
        // the category facet ignores the category filter itself, so other categories can be added
        assertThat(html).contains("value=\"gambling\"> Gambling <span class=\"count\" data-count=\""
                + oneEntryPerEvent(about("gambling")).size() + "\">");
        assertThat(html).contains("value=\"drugs\" checked> Drugs <span class=\"count\" data-count=\""
                + oneEntryPerEvent(about("drugs")).size() + "\">");
        // asked for every report, the counts count articles, copies included
        assertThat(page("?category=drugs&reports=all")).contains("value=\"gambling\"> Gambling <span class=\"count\" data-count=\""
                + about("gambling").size() + "\">");
    }

    @Test
    void yearsAndOutletsFilterToo() {
        Set<String> recent = slugs("select slug from article where date_year between 2024 and 2025");
        assertThat(listed(page("?yearFrom=2024&yearTo=2025"))).isEqualTo(oneEntryPerEvent(recent)).isNotEmpty();
        assertThat(listed(page("?outlet=vov"))).isEqualTo(slugs("select a.slug from article a join outlet o on "
                + "o.id = a.outlet_id where o.code = 'vov'")).hasSize(1);
    }

    @Test
    void theListIsPagedNewestFirstAndEveryViewCanBeBookmarked() {
        long events = TestDatabase.count("select count(*) from event");
        assertThat(listed(page(""))).hasSize((int) events).isEqualTo(oneEntryPerEvent(slugs("select slug from article")));
        String first = page("?reports=all");
        assertThat(listed(first)).hasSize(20);
        assertThat(first).contains("21 articles, newest first").contains("href=\"/?reports=all&amp;page=2\"");
        String second = page("?reports=all&page=2");
        assertThat(listed(second)).hasSize(1).doesNotContainAnyElementsOf(listed(first));
        assertThat(listed(second)).containsExactly(TestDatabase.string(
                "select slug from article order by date_year desc nulls last, date_month desc nulls last, "
                        + "date_day desc nulls last, id desc offset 20 limit 1"));
        assertThat(listed(page("?page=9"))).isEmpty();
        assertThat(page("?official=to-lam&category=drugs")).contains("href=\"/\">Clear the filters</a>")
                .contains("data-remove=\"official\"").contains("href=\"/?category=drugs\"");
    }

    @Test
    void switchingTheLanguageKeepsTheFiltersAndThePage() {
        String html = page("?category=gambling&page=1&lang=vi");
        assertThat(html).contains("<html lang=\"vi\">")
                .contains("href=\"/?category=gambling&amp;page=1&amp;lang=en\"")
                .contains("Đánh bạc");
    }

    @Test
    void badFilterValuesAreA400PageNamingTheValueInTheReadersLanguage() {
        given().get("/?official=khong-ai").then().statusCode(400).contentType("text/html")
                .body(containsString("Unknown official: khong-ai"));
        given().header("Accept-Language", "vi").get("/?category=ma-tuy").then().statusCode(400)
                .body(containsString("Không có loại tội phạm: ma-tuy")).body(containsString("<html lang=\"vi\">"));
        for (String bad : List.of("?yearFrom=abc", "?page=0", "?page=-3", "?page=99999999999", "?yearTo=1700",
                "?outlet=nowhere", "?official=" + "x".repeat(300))) {
            given().get("/" + bad).then().statusCode(400).body(not(containsString("Exception")))
                    .body(containsString("<h1>This request cannot be answered</h1>"));
        }
        given().get("/?page=abc").then().statusCode(400)
                .body(containsString("The parameter page must be a whole number, not abc"));
    }

    @Test
    void theApiAnswersTheSameFiltersAsThePage() {
        JsonPath json = given().queryParam("official", "to-lam").queryParam("category", "drugs").get("/api/articles")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        Set<String> both = new HashSet<>(naming("to-lam"));
        both.retainAll(about("drugs"));
        assertThat(new HashSet<>(json.getList("items.slug", String.class))).isEqualTo(oneEntryPerEvent(both));
        assertThat(json.getInt("total")).isEqualTo(oneEntryPerEvent(both).size());
        assertThat(json.getInt("page")).isEqualTo(1);
        assertThat(json.getInt("size")).isEqualTo(20);

        JsonPath all = given().queryParam("size", 100).queryParam("reports", "all").get("/api/articles").then()
                .statusCode(200).extract().jsonPath();
        assertThat(all.getInt("total")).isEqualTo(21);
        assertThat(all.getList("items")).hasSize(21);
        JsonPath paged = given().queryParam("size", 5).queryParam("page", 5).queryParam("reports", "all")
                .get("/api/articles").then().extract().jsonPath();
        assertThat(paged.getList("items")).hasSize(1);

        String slug = TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'");
        List<String> fields = new ArrayList<>(given().queryParam("official", "quach-thanh-con").get("/api/articles")
                .then().extract().jsonPath().getMap("items[0]").keySet().stream().map(Object::toString).toList());
        assertThat(fields).containsExactlyInAnyOrder("slug", "date", "datePrecision", "outlet", "sourceUrl", "sourceFile",
                "titleVi", "titleEn", "summaryVi", "summaryEn", "englishIsGenerated", "englishSource", "translation", "officials",
                "categories", "event");
        given().get("/api/articles/" + slug).then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("date", equalTo("2016-09-25"))
                .body("datePrecision", equalTo("day"))
                .body("outlet", equalTo("vov"))
                .body("englishIsGenerated", equalTo(false))
                .body("paragraphs", hasSize(10))
                .body("paragraphs[0].vi", containsString("Sau hội đàm"))
                .body("paragraphs[0].en", containsString("After the talks"))
                .body("captions", hasSize(2))
                .body("officials.find { it.slug == 'quach-thanh-con' }.nameZh", equalTo("郭声琨"))
                .body("officials.find { it.slug == 'quach-thanh-con' }.roleAsWritten", equalTo("Bộ trưởng Bộ Công an Trung Quốc"))
                .body("categories.code", org.hamcrest.Matchers.hasItems("drugs", "cybercrime"));
    }

    @Test
    void theApiRejectsBadParametersWithJsonInTheReadersLanguage() {
        given().queryParam("official", "khong-ai").get("/api/articles").then().statusCode(400)
                .contentType("application/json")
                .body("status", equalTo(400)).body("parameter", equalTo("official")).body("value", equalTo("khong-ai"))
                .body("message", equalTo("Unknown official: khong-ai"));
        given().header("Accept-Language", "vi").queryParam("size", 101).get("/api/articles").then().statusCode(400)
                .body("message", equalTo("Tham số size nằm ngoài phạm vi cho phép: 101"));
        given().get("/api/articles/khong-co").then().statusCode(404).contentType("application/json")
                .body("status", equalTo(404));
    }

    @Test
    void theApiListsOfficialsAndCategoriesWithTheirArticleCounts() {
        JsonPath officials = given().get("/api/officials").then().statusCode(200).extract().jsonPath();
        assertThat(officials.getInt("find { it.slug == 'to-lam' }.articles")).isEqualTo(naming("to-lam").size());
        assertThat(officials.getString("find { it.slug == 'trieu-khac-chi' }.nameEn")).isEqualTo("Zhao Kezhi");
        JsonPath categories = given().get("/api/categories").then().statusCode(200).extract().jsonPath();
        assertThat(categories.getList("code")).hasSize(15).startsWith("drugs");
        assertThat(categories.getInt("find { it.code == 'gambling' }.articles")).isEqualTo(about("gambling").size());
    }

    @Test
    void anOfficialsPageShowsTheirNamesRolesArticlesAndCompanions() {
        String html = given().get("/officials/trieu-khac-chi").then().statusCode(200).extract().asString();
        assertThat(html).contains("<span lang=\"vi\">Triệu Khắc Chí</span>", "<span class=\"profile__alt\" lang=\"en\">Zhao Kezhi</span>",
                "Minister of Public Security");
        assertThat(listed(html)).isEqualTo(oneEntryPerEvent(naming("trieu-khac-chi")));
        assertThat(html).contains("href=\"/officials/to-lam\"", "href=\"/officials/nguyen-phu-trong\"");
        given().get("/officials/khong-ai").then().statusCode(404);
    }

    @Test
    void aProfileShowsTheNewestTenOfTheListItLinksToAndHowManyThereAre() throws java.io.IOException {
        // more articles than a profile shows, derived from the five seeds as the benchmark derives them (the
        // next test's collection check finds them and loads the collection again)
        java.nio.file.Path generated = java.nio.file.Files.createTempDirectory("songsong-profile");
        // recombined from five articles, many are copies of one another: enough that the official has more events
        new org.songsong.core.bench.CorpusGenerator(org.songsong.core.testing.Seeds.fiveBytes(), 7).write(200, generated);
        try (var files = java.nio.file.Files.list(generated)) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                importer.importFile(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file), false);
                java.nio.file.Files.delete(file);
            }
        }
        java.nio.file.Files.delete(generated);
        SeededCollection.groupIntoEvents();
        // the most-covered official of the collection, so that the preview is shorter than the list
        String slug = TestDatabase.string("select o.slug from official o join article_official l on l.official_id = o.id "
                + "group by o.slug order by count(*) desc, o.slug limit 1");
        int naming = oneEntryPerEvent(naming(slug)).size();
        assertThat(naming).as("articles naming " + slug).isGreaterThan(OfficialPages.LIST_SIZE);
        String html = given().get("/officials/" + slug).then().statusCode(200).extract().asString();
        java.util.List<String> firstOfList = SeededCollection.listed(page("?official=" + slug))
                .subList(0, OfficialPages.LIST_SIZE);
        assertThat(SeededCollection.listed(html)).isEqualTo(firstOfList);
        assertThat(html).contains("href=\"/?official=" + slug + "\"", String.valueOf(naming));
    }

    @Test
    void aCategoryPageShowsBothLabelsWhatItCoversAndItsArticles() {
        String html = given().queryParam("lang", "vi").get("/categories/gambling").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Đánh bạc", "Gambling", "Gambling and running gambling operations, online included.");
        assertThat(listed(html)).isEqualTo(oneEntryPerEvent(about("gambling")));
        given().get("/categories/khong-co").then().statusCode(404);
    }

    @Test
    void anArticlesOfficialsAndCategoriesLinkToTheirListsAndToWhereTheyAppear() {
        String slug = TestDatabase.string("select slug from article where source_file = '000_83b8647a2fd0dd5c.txt'");
        String html = page("articles/" + slug);
        assertThat(html).contains("href=\"/?official=tran-dai-quang\"", "href=\"/?category=counterfeit-money\"",
                "href=\"/officials/manh-khanh-phong\"", "href=\"/categories/terrorism\"", "href=\"#p0\"", "id=\"p0\"");
    }
}
