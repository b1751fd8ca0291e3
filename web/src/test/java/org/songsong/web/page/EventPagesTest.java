package org.songsong.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.testing.WrittenArticles;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The collection's variations of the seeds are republications of them (a sentence added, a date line
 * moved): grouped at import, each is a copy of its seed in the seed's event. The event page, the article
 * pages, the official pages and the API show it, in both languages.
 */
@QuarkusTest
class EventPagesTest {

    @Inject
    ArticleImporter importer;

    /** An event with a copy: its id, its original's slug and a copy's slug. */
    private record EventWithCopy(long id, String originalSlug, String copySlug) {
    }

    @BeforeEach
    void wholeCollection() {
        SeededCollection.ensureEverything(importer);
    }

    private static EventWithCopy eventWithCopy() {
        List<List<Object>> rows = TestDatabase.rows("""
                select e.event_id, o.slug, c.slug from article_event e
                join article c on c.id = e.article_id join article o on o.id = e.copy_of
                order by e.event_id, c.slug limit 1""");
        assertThat(rows).as("the variations of the seeds are found as copies").isNotEmpty();
        return new EventWithCopy(((Number) rows.get(0).get(0)).longValue(), (String) rows.get(0).get(1),
                (String) rows.get(0).get(2));
    }

    @Test
    void theListShowsOneEntryPerEventWithItsReportsCountedAndCanShowEveryReport() {
        EventWithCopy event = eventWithCopy();
        Set<String> entries = SeededCollection.oneEntryPerEvent(SeededCollection.slugs("select slug from article"));
        long articles = TestDatabase.count("select count(*) from article");
        int reports = (int) TestDatabase.count("select report_count from event where id = ?", event.id());
        assertThat(entries).hasSizeLessThan((int) articles);

        String folded = given().get("/?lang=en").then().statusCode(200).extract().asString();
        assertThat(new HashSet<>(SeededCollection.listed(folded))).isEqualTo(entries).doesNotContain(event.copySlug());
        assertThat(folded).contains("<a class=\"event-link\" href=\"/events/" + event.id() + "\">" + reports
                + " reports of this event</a>").contains("href=\"/?reports=all\" title=\"One entry per event")
                .contains(">Show every report</a>");
        String every = given().get("/?lang=en&reports=all").then().statusCode(200).extract().asString();
        assertThat(every).contains(articles + " articles").contains("<a class=\"list-reports\" href=\"/\"").contains(">One entry per event</a>")
                .contains("<input type=\"hidden\" name=\"reports\" value=\"all\">");

        given().get("/api/articles").then().statusCode(200).body("total", equalTo(entries.size()));
        given().get("/api/articles?reports=all").then().statusCode(200).body("total", equalTo((int) articles));
        given().header("Accept-Language", "vi").get("/?reports=some").then().statusCode(400)
                .body(containsString("lang=\"vi\""), containsString("reports"));
    }

    @Test
    void anArticlesPageSaysWhetherItIsTheOnlyReportOfItsEventOrOneOfSeveral() {
        EventWithCopy shared = eventWithCopy();
        int reports = (int) TestDatabase.count("select report_count from event where id = ?", shared.id());
        assertThat(given().get("/articles/" + shared.copySlug() + "?lang=en").then().statusCode(200).extract().asString())
                .contains("One of " + reports + " reports of this event</a>");
        List<List<Object>> alone = TestDatabase.rows("""
                select a.slug from article a join article_event ae on ae.article_id = a.id
                join event e on e.id = ae.event_id where e.report_count = 1 order by a.slug limit 1""");
        assertThat(alone).as("some seed stands alone in its event").isNotEmpty();
        String slug = (String) alone.get(0).get(0);
        assertThat(given().get("/articles/" + slug + "?lang=en").then().statusCode(200).extract().asString())
                .contains("The only report of this event so far</a>").doesNotContain("One of 1 reports");
        assertThat(given().get("/articles/" + slug + "?lang=vi").then().statusCode(200).extract().asString())
                .contains("Bài viết duy nhất về sự kiện này cho đến nay</a>");
    }

    @Test
    void theEventPageListsEveryReportAndMarksTheCopiesInBothLanguages() {
        EventWithCopy event = eventWithCopy();
        List<String> reports = TestDatabase.rows("select a.slug from article_event e join article a on a.id = e.article_id "
                + "where e.event_id = ?", event.id()).stream().map(r -> (String) r.get(0)).toList();

        String english = given().get("/events/" + event.id() + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(english).contains("Reports of this event").contains("copy of this report (")
                .contains(reports.size() + " reports from");
        reports.forEach(slug -> assertThat(english).contains("href=\"/articles/" + slug + "\""));
        given().get("/events/" + event.id() + "?lang=vi").then().statusCode(200)
                .body(containsString("Các bài viết về sự kiện này"), containsString("bản đăng lại của bài này ("));
    }

    @Test
    void theEventPageSaysWhereItHappenedInTheReadersLanguage() {
        List<List<Object>> placed = TestDatabase.rows("""
                select e.id, f.place_vi, f.place_en from event e join article_fingerprint f on f.article_id = e.lead_article_id
                where f.place_en is not null order by e.id limit 1""");
        assertThat(placed).as("a seed's lede says where it happened").isNotEmpty();
        long id = ((Number) placed.get(0).get(0)).longValue();

        given().get("/events/" + id + "?lang=en").then().statusCode(200)
                .body(containsString("<span class=\"event__place\">" + placed.get(0).get(2) + "</span>"));
        given().get("/events/" + id + "?lang=vi").then().statusCode(200)
                .body(containsString("<span class=\"event__place\">" + placed.get(0).get(1) + "</span>"));
        given().get("/api/events?size=100").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.placeEn", equalTo(placed.get(0).get(2)));
    }

    @Test
    void theEventPageShowsWhatEachReportAddsToTheOthers() {
        // v01 is seed 002 with one sentence added that names Tô Lâm: the only sentence no other report has
        long event = TestDatabase.count("select e.event_id from article_event e join article a on a.id = e.article_id "
                + "where a.source_file = 'v01-002-to-lam.txt'");
        String html = given().get("/events/" + event + "?lang=en").then().statusCode(200).extract().asString();
        String v01 = html.substring(html.indexOf(TestDatabase.string(
                "select slug from article where source_file = 'v01-002-to-lam.txt'")));
        String added = v01.substring(v01.indexOf("report__additions"), v01.indexOf("</details>"));
        assertThat(added).contains("Only in this report: 1").contains("Tô Lâm");
        assertThat(html).contains("Nothing that the other reports do not have");
    }

    @Test
    void aCopysArticlePageLeadsToItsOriginalAndToItsEvent() {
        EventWithCopy event = eventWithCopy();

        given().get("/articles/" + event.copySlug() + "?lang=en").then().statusCode(200)
                .body(containsString("href=\"/events/" + event.id() + "\""),
                        containsString("A copy of another report ("),
                        containsString("href=\"/articles/" + event.originalSlug() + "\""));
        given().get("/articles/" + event.originalSlug() + "?lang=vi").then().statusCode(200)
                .body(containsString("bài viết về sự kiện này"), containsString("href=\"/articles/" + event.copySlug() + "\""));
    }

    @Test
    void theApiGivesAnArticlesEventAndTheOriginalItCopies() {
        EventWithCopy event = eventWithCopy();

        given().get("/api/articles/" + event.copySlug()).then().statusCode(200)
                .body("copyOf", equalTo(event.originalSlug()))
                .body("event.id", equalTo((int) event.id()))
                .body("event.reports", hasItem(event.originalSlug()));
        given().get("/api/articles/" + event.originalSlug()).then().statusCode(200)
                .body("copyOf", equalTo(null))
                .body("event.reports", hasItem(event.copySlug()));
    }

    @Test
    void theEventsApiNarrowsByTheListsFilters() {
        String official = TestDatabase.string("""
                select o.slug from official o join article_official ao on ao.official_id = o.id
                where o.curated group by o.slug order by count(*) desc, o.slug limit 1""");
        long events = TestDatabase.count("select count(*) from event");
        long withOfficial = TestDatabase.count("""
                select count(distinct ae.event_id) from article_event ae join article_official ao on ao.article_id = ae.article_id
                join official o on o.id = ao.official_id where o.slug = ?""", official);

        given().get("/api/events?size=100").then().statusCode(200).body("total", equalTo((int) events));
        List<List<String>> officials = given().get("/api/events?size=100&official=" + official).then().statusCode(200)
                .body("total", equalTo((int) withOfficial)).extract().jsonPath().getList("items.officials");
        assertThat(officials).isNotEmpty().allSatisfy(o -> assertThat(o).contains(official));
        assertThat(withOfficial).isLessThan(events);
        given().get("/api/events?size=1000").then().statusCode(400);
    }

    @Test
    void anOfficialsPageListsThePeopleTheyMetAtEvents() {
        EventWithCopy event = eventWithCopy();
        List<List<Object>> people = TestDatabase.rows("""
                select distinct o.slug from article_event ae join article_official ao on ao.article_id = ae.article_id
                join official o on o.id = ao.official_id where ae.event_id = ? and o.curated order by o.slug""", event.id());
        assertThat(people).as("the event names two officials or more").hasSizeGreaterThan(1);

        given().get("/officials/" + people.get(0).get(0) + "?lang=en").then().statusCode(200)
                .body(containsString("Met at events"), containsString("href=\"/officials/" + people.get(1).get(0) + "\""),
                        containsString(">see the event</a>"));
    }

    @Test
    void theNetworkDrawsWhoMetWhomAcrossCountriesNarrowedByYearsAndCrimes() {
        // seed 001 reports the 7th ministerial conference: Tô Lâm and Zhao Kezhi in one event, in 2021
        String english = given().get("/network?lang=en").then().statusCode(200).extract().asString();
        assertThat(english).contains("<svg viewBox=", "role=\"group\"", "<title id=\"network-svg-title\">Who met whom</title>",
                "<title>To Lam – Zhao Kezhi: ", "href=\"/officials/to-lam\"", "href=\"/officials/trieu-khac-chi\"",
                "<table id=\"network-table\">");
        given().get("/network?lang=vi").then().statusCode(200)
                .body(containsString("Ai đã gặp ai"), containsString("<title>Tô Lâm – Triệu Khắc Chí: "));
        assertThat(given().get("/network?lang=en&yearFrom=2022").then().statusCode(200).extract().asString())
                .doesNotContain("To Lam – Zhao Kezhi");
        String category = TestDatabase.string("""
                select code from crime_category c where not exists (select 1 from article_category ac
                join article a on a.id = ac.article_id where a.source_file = '001_24bae8ffd6009766.txt'
                and ac.category_code = c.code) order by position limit 1""");
        assertThat(given().get("/network?lang=en&category=" + category).then().statusCode(200).extract().asString())
                .doesNotContain("To Lam – Zhao Kezhi");
        given().get("/network?yearFrom=abc").then().statusCode(400);
    }

    @Test
    void anEventOfAVisitLeadsToTheVisitsOtherEventsInBothLanguagesAndTheApiNamesTheVisit() throws Exception {
        SeededCollection.fiveSeedsAndTheNextDayOfAVisit();
        long conference = TestDatabase.count("""
                select e.event_id from article_event e join article a on a.id = e.article_id
                where a.source_file = '001_24bae8ffd6009766.txt'""");
        long province = TestDatabase.count("""
                select e.event_id from article_event e join article a on a.id = e.article_id
                where a.source_file = ?""", WrittenArticles.NEXT_DAY_OF_THE_VISIT_FILE);

        String english = given().get("/events/" + province + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(english).contains("<h2 id=\"visit-heading\">Part of a visit</h2>",
                "The visit of <a href=\"/officials/trieu-khac-chi\"><span lang=\"vi\">Triệu Khắc Chí</span></a>",
                "(China) to Vietnam, 19 February 2021 – 20 February 2021:",
                "<a href=\"/events/" + conference + "\" lang=\"vi\">", "<li aria-current=\"page\">");
        assertThat(english.indexOf("/events/" + conference + "\"")).as("the conference first, by day")
                .isLessThan(english.indexOf("aria-current"));
        String vietnamese = given().get("/events/" + conference + "?lang=vi").then().statusCode(200).extract().asString();
        assertThat(vietnamese).contains("Thuộc một chuyến thăm", "(Trung Quốc) tới Việt Nam,",
                "<a href=\"/events/" + province + "\" lang=\"vi\">");

        String slug = TestDatabase.string("select slug from article where source_file = '001_24bae8ffd6009766.txt'");
        given().get("/api/articles/" + slug).then().statusCode(200)
                .body("event.visit.visitor", equalTo("trieu-khac-chi"))
                .body("event.visit.visitorCountry", equalTo("CN"))
                .body("event.visit.host", equalTo("VN"))
                .body("event.visit.firstDay", equalTo("2021-02-19"))
                .body("event.visit.lastDay", equalTo("2021-02-20"))
                .body("event.visit.events", equalTo(List.of((int) conference, (int) province)));

        // the other seeds report events of no visit
        String other = TestDatabase.string("select slug from article where source_file = '003_1386dbd5f98cd0ee.txt'");
        given().get("/api/articles/" + other).then().statusCode(200).body("event.visit", nullValue());
        long otherEvent = TestDatabase.count("""
                select e.event_id from article_event e join article a on a.id = e.article_id
                where a.source_file = '003_1386dbd5f98cd0ee.txt'""");
        assertThat(given().get("/events/" + otherEvent).then().statusCode(200).extract().asString())
                .doesNotContain("visit-heading");
    }

    @Test
    void aMergedEventsOldAddressLeadsToTheEventAndAnUnknownOneIsNotFoundInTheReadersLanguage() {
        EventWithCopy event = eventWithCopy();
        long oldId = 9_000_000_000L + event.id();
        TestDatabase.execute("insert into event_redirect (old_id, event_id) values (" + oldId + ", " + event.id() + ")");
        try {
            given().redirects().follow(false).get("/events/" + oldId).then().statusCode(301)
                    .header("Location", endsWith("/events/" + event.id()));
        } finally {
            TestDatabase.execute("delete from event_redirect where old_id = " + oldId);
        }
        given().get("/events/" + (oldId + 1) + "?lang=vi").then().statusCode(404).body(containsString("lang=\"vi\""));
        given().get("/events/not-a-number?lang=en").then().statusCode(404).body(containsString("lang=\"en\""));
    }
}
