package org.songsong.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songsong.core.testing.TestDatabase;
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
                .body(containsString("Met at events"), containsString("href=\"/officials/" + people.get(1).get(0) + "\""));
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
