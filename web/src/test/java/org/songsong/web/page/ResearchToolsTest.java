package org.songsong.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.songsong.web.SeededCollection.listed;
import static org.songsong.web.SeededCollection.naming;
import static org.songsong.web.SeededCollection.oneEntryPerEvent;
import static org.songsong.web.SeededCollection.slugs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Search, timeline, feeds, exports, citations and related articles over the whole collection. */
@QuarkusTest
class ResearchToolsTest {


    @Inject
    ArticleImporter importer;

    @BeforeEach
    void wholeCollection() {
        SeededCollection.ensureEverything(importer);
    }


    private static List<String> search(String q) {
        return given().queryParam("q", q).queryParam("size", 100).queryParam("reports", "all").get("/api/articles").then()
                .statusCode(200).extract().jsonPath().getList("items.slug", String.class);
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndRanksThoseMentioningTheNameFirst() {
        List<String> plain = search("to lam");
        assertThat(search("Tô Lâm")).isEqualTo(plain);
        assertThat(search("TO LAM")).isEqualTo(plain);
        Set<String> mentioning = naming("to-lam");
        assertThat(new HashSet<>(plain.subList(0, mentioning.size()))).isEqualTo(mentioning);
        // the list shows one entry per event, in the search's order
        Set<String> entries = oneEntryPerEvent(new HashSet<>(plain));
        List<String> folded = plain.stream().filter(entries::contains).toList();
        assertThat(listed(given().queryParam("q", "tô lâm").get("/").then().statusCode(200).extract().asString()))
                .isEqualTo(folded.subList(0, Math.min(20, folded.size())));
    }

    @Test
    void wordsNextToEachOtherAsTypedRankAboveScatteredOnes() {
        List<String> results = search("luong tam quang");
        Set<String> phrase = naming("luong-tam-quang");
        assertThat(results.size()).isGreaterThan(phrase.size());
        assertThat(new HashSet<>(results.subList(0, phrase.size()))).isEqualTo(phrase);
    }

    @Test
    void searchFindsVietnameseWithoutDiacriticsAndVietnameseArticlesThroughTheirEnglish() {
        Set<String> drugs = slugs("select a.slug from article a where exists (select 1 from article_paragraph p where "
                + "p.article_id = a.id and (p.text_vi ilike '%ma túy%' or p.text_vi ilike '%ma tuý%'))");
        assertThat(new HashSet<>(search("ma tuy"))).containsAll(drugs);
        Set<String> gambling = slugs("select a.slug from article a join article_category c on c.article_id = a.id "
                + "where c.category_code = 'gambling'");
        assertThat(new HashSet<>(search("gambling"))).containsAll(gambling);
        assertThat(search("xyzzy plugh")).isEmpty();
    }

    @Test
    void searchCombinesWithEveryFilter() {
        // every article naming Trần Quốc Tỏ (002 and its variations) is about gambling; v04 is too, without him
        Set<String> gambling = new HashSet<>(search("gambling"));
        assertThat(gambling).containsAll(naming("tran-quoc-to")).hasSizeGreaterThan(naming("tran-quoc-to").size());
        List<String> results = given().queryParam("q", "gambling").queryParam("official", "tran-quoc-to")
                .queryParam("size", 100).queryParam("reports", "all").get("/api/articles").then().statusCode(200).extract().jsonPath()
                .getList("items.slug", String.class);
        assertThat(results).containsExactlyInAnyOrderElementsOf(naming("tran-quoc-to"));
        List<String> recent = given().queryParam("q", "gambling").queryParam("yearFrom", 2025).queryParam("reports", "all")
                .get("/api/articles")
                .then().extract().jsonPath().getList("items.date", String.class);
        assertThat(recent).isNotEmpty().allMatch(d -> d.startsWith("2025"))
                .hasSize((int) TestDatabase.count("select count(*) from article a join article_category c on "
                        + "c.article_id = a.id where c.category_code = 'gambling' and a.date_year >= 2025"));
    }

    @Test
    void aMisspeltWordIsReadAsTheCollectionsNearestWordAndTheReaderIsTold() {
        List<String> spelt = search("zhao kezhi");
        assertThat(spelt).isNotEmpty();

        var json = given().queryParam("q", "Zhao Kezi").queryParam("size", 100).queryParam("reports", "all")
                .get("/api/articles").then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("items.slug", String.class)).isEqualTo(spelt);
        assertThat(json.getString("query")).isEqualTo("zhao kezhi");
        assertThat(json.getString("correctedFrom")).isEqualTo("Zhao Kezi");

        String html = given().queryParam("q", "Zhao Kezi").header("Accept-Language", "en").get("/").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("No article has every word you typed: “<del>Zhao Kezi</del>”")
                .contains("“<strong>zhao kezhi</strong>”");
        Set<String> entries = oneEntryPerEvent(new HashSet<>(spelt));
        List<String> folded = spelt.stream().filter(entries::contains).toList();
        assertThat(listed(html)).isEqualTo(folded.subList(0, Math.min(20, folded.size())));
        assertThat(given().queryParam("q", "zhao kezhi").get("/").then().statusCode(200).extract().asString())
                .doesNotContain("class=\"correction\"");
        // typed text shown back is escaped like any other
        assertThat(given().queryParam("q", "<b>kezi</b>").get("/").then().statusCode(200).extract().asString())
                .contains("&lt;b&gt;kezi&lt;/b&gt;").doesNotContain("<b>kezi");
    }

    @Test
    void aSearchCountsAndPagesWhatItsWordsMatchUnderEveryOtherFilter() {
        String matching = "select a.slug from article a join article_search s on s.article_id = a.id"
                + " where s.search_vector @@ plainto_tsquery('simple', 'to lam')";
        Set<String> drugs = slugs(matching + " and exists (select 1 from article_category c where c.article_id = a.id"
                + " and c.category_code = 'drugs')");
        String html = given().queryParam("q", "to lam").get("/").then().statusCode(200).extract().asString();
        assertThat(html).contains("value=\"drugs\"> Drugs <span class=\"count\" data-count=\""
                + oneEntryPerEvent(drugs).size() + "\">");

        // the same search with a category, one article a page: every page holds the next of the same articles
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 1; page <= drugs.size() + 1; page++) {
            var json = given().queryParam("q", "to lam").queryParam("category", "drugs").queryParam("size", 1)
                    .queryParam("page", page).queryParam("reports", "all").get("/api/articles").then().statusCode(200).extract().jsonPath();
            assertThat(json.getLong("total")).isEqualTo(drugs.size());
            paged.addAll(json.getList("items.slug", String.class));
        }
        assertThat(paged).hasSize(drugs.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(paged)).isEqualTo(drugs);
        // in the order of the search alone
        List<String> alone = search("to lam");
        assertThat(paged).isEqualTo(alone.stream().filter(drugs::contains).toList());
    }

    @Test
    void matchesAreHighlightedInTheResultsAndOnTheArticlePage() {
        String list = given().queryParam("q", "tô lâm").get("/").then().statusCode(200).extract().asString();
        assertThat(list).contains("<mark>To</mark> <mark>Lam</mark>").contains("href=\"/articles/")
                .contains("?q=t%C3%B4+l%C3%A2m\"");
        String slug = TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'");
        String page = given().queryParam("q", "quach thanh con").get("/articles/" + slug).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<mark>Quách</mark> <mark>Thanh</mark> <mark>Côn</mark>")
                .contains("<mark>Quách</mark> <mark>Thành</mark> <mark>Côn</mark>");
        given().queryParam("q", "<script>").get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>")));
    }

    @Test
    void theTimelineCountsArticlesPerYearAndLinksEachBarToItsList() {
        String html = given().get("/timeline").then().statusCode(200).extract().asString();
        for (List<Object> row : TestDatabase.rows("select distinct date_year from article where date_year is not null")) {
            int year = ((Number) row.get(0)).intValue();
            long count = oneEntryPerEvent(slugs("select slug from article where date_year = ?", year)).size();
            assertThat(html).contains("data-year=\"" + year + "\" data-total=\"" + count + "\"");
            assertThat(html).contains("href=\"/?yearFrom=" + year + "&amp;yearTo=" + year + "\"");
        }
        long drugs2016 = oneEntryPerEvent(slugs("select a.slug from article a join article_category c on c.article_id = a.id "
                + "where a.date_year = 2016 and c.category_code = 'drugs'")).size();
        assertThat(html).contains("<title>2016 · Drugs: " + drugs2016 + "</title>");
        assertThat(html).contains("href=\"/?category=drugs&amp;yearFrom=2016&amp;yearTo=2016\"");
        assertThat(html).contains("role=\"group\" aria-labelledby=\"timeline-title\" aria-describedby=\"timeline-desc\"",
                "aria-label=\"2016: " + oneEntryPerEvent(slugs("select slug from article where date_year = 2016")).size()
                        + " articles: Drugs " + drugs2016 + ", ",
                "<a class=\"timeline__table-link\" href=\"#timeline-table\">", "<table id=\"timeline-table\">");
        String chart = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(chart.split("<a href=").length - 1).as("one link a bar, each segment titled")
                .isEqualTo(TestDatabase.count("select max(date_year) - min(date_year) + 1 from article"));

        String filtered = given().queryParam("official", "to-lam").queryParam("by", "official").get("/timeline").then()
                .statusCode(200).extract().asString();
        long toLam2016 = oneEntryPerEvent(slugs("select a.slug from article a join article_official l on l.article_id = a.id "
                + "join official o on o.id = l.official_id where a.date_year = 2016 and o.slug = 'to-lam'")).size();
        assertThat(filtered).contains("<title>2016 · To Lam: " + toLam2016 + "</title>");
        given().queryParam("by", "nothing").get("/timeline").then().statusCode(400);
    }

    @Test
    void theAtomFeedOfAFilteredViewIsValidAtomWithBothTitlesAndTheEnglishSummary() throws Exception {
        byte[] xml = given().queryParam("category", "gambling").get("/feed.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(root.getElementsByTagNameNS(atom, "id").item(0).getTextContent()).isNotBlank();
        Instant.parse(root.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
        NodeList entries = root.getElementsByTagNameNS(atom, "entry");
        Set<String> gambling = oneEntryPerEvent(slugs("select a.slug from article a join article_category c on "
                + "c.article_id = a.id where c.category_code = 'gambling'"));
        assertThat(entries.getLength()).isEqualTo(gambling.size());
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            ids.add(entry.getElementsByTagNameNS(atom, "id").item(0).getTextContent());
            String link = ((Element) entry.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href");
            String slug = link.substring(link.lastIndexOf('/') + 1);
            assertThat(gambling).contains(slug);
            String title = entry.getElementsByTagNameNS(atom, "title").item(0).getTextContent();
            assertThat(title).isEqualTo(TestDatabase.string("select title_vi || ' — ' || title_en from article where slug = ?", slug));
            assertThat(entry.getElementsByTagNameNS(atom, "summary").item(0).getTextContent())
                    .isEqualTo(TestDatabase.string("select summary_en from article where slug = ?", slug));
            Instant.parse(entry.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
        }
        assertThat(ids).hasSize(entries.getLength());
        assertThat(given().queryParam("category", "gambling").get("/").then().extract().asString())
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Song Song\" href=\"/feed.atom?category=gambling\">");
    }

    @Test
    void theCsvExportOpensInASpreadsheetWithVietnameseIntact() {
        byte[] body = given().queryParam("official", "to-lam").get("/export.csv").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asByteArray();
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        assertThat(body[1]).isEqualTo((byte) 0xBB);
        assertThat(body[2]).isEqualTo((byte) 0xBF);
        List<List<String>> rows = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).startsWith("slug", "date", "datePrecision", "outlet");
        assertThat(rows).hasSize(oneEntryPerEvent(naming("to-lam")).size() + 1);
        int titleVi = rows.get(0).indexOf("titleVi");
        int officials = rows.get(0).indexOf("officials");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row.get(titleVi)).isEqualTo(TestDatabase.string("select title_vi from article where slug = ?", row.get(0)));
            assertThat(row.get(officials)).contains("Tô Lâm");
        }
    }

    @Test
    void theJsonExportHasTheFieldsOfTheApi() {
        JsonPath json = given().queryParam("category", "fugitives").get("/export.json").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        Set<String> fugitives = oneEntryPerEvent(slugs("select a.slug from article a join article_category c on "
                + "c.article_id = a.id where c.category_code = 'fugitives'"));
        assertThat(new HashSet<>(json.getList("slug", String.class))).isEqualTo(fugitives);
        assertThat(json.getString("find { it.sourceFile == '003_1386dbd5f98cd0ee.txt' }.titleVi"))
                .isEqualTo("Tổng kết cao điểm truy nã tội phạm lần thứ hai giữa Bộ Công an Trung Quốc và Bộ Công an Việt Nam");
        assertThat(json.getList("[0].officials")).isNotNull();
    }

    @Test
    void everyArticleOffersACitationInChicagoStyleAndBibtex() {
        String slug = TestDatabase.string("select slug from article where source_file = '000_83b8647a2fd0dd5c.txt'");
        String html = given().get("/articles/" + slug).then().statusCode(200).extract().asString();
        // the note in English, with the outlet's name and the title marked as Vietnamese for a screen reader
        assertThat(html).contains("<p class=\"cite__text\" lang=\"en\"><span lang=\"vi\">VietnamPlus (TTXVN)</span>. "
                + "“<span lang=\"vi\">Việt Nam-Trung Quốc tăng cường hợp tác đấu tranh chống tội phạm</span>” "
                + "[Vietnam and China step up cooperation in fighting crime]. March 21, 2016. "
                + "http://www.vietnamplus.vn/viet-namtrung-quoc-tang-cuong-hop-tac-dau-tranh-chong-toi-pham/377223.vnp. Accessed ");
        assertThat(html).contains("@misc{songsong-2016-", "howpublished = {VietnamPlus (TTXVN)}", "year = {2016}",
                "month = {mar}", "urldate = {");
    }

    @Test
    void relatedArticlesShareTheMostOfficialsAndCategories() {
        // 004 names Tô Lâm and Quách Thanh Côn and six crimes: 000 shares both ministers and five of the crimes,
        // more than any other article (001 and v05 share Tô Lâm and five crimes, v01 Tô Lâm and cybercrime)
        String slug = TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'");
        String html = given().get("/articles/" + slug).then().statusCode(200).extract().asString();
        String related = html.substring(html.indexOf("id=\"related-heading\""));
        String expectedFirst = TestDatabase.string("select slug from article where source_file = '000_83b8647a2fd0dd5c.txt'");
        assertThat(listed(related).get(0)).isEqualTo(expectedFirst);
        assertThat(listed(related)).doesNotContain(slug).hasSize(5);
        assertThat(listed(related).subList(1, 3)).containsExactlyInAnyOrder(
                TestDatabase.string("select slug from article where source_file = '001_24bae8ffd6009766.txt'"),
                TestDatabase.string("select slug from article where source_file = 'v05-001-nguyen-phu-trong.txt'"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryParameter() {
        String openapi = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(openapi).contains("/api/articles", "/api/articles/{slug}", "/api/officials", "/api/categories")
                .contains("An official's slug", "A crime category's code", "Search words", "Items per page");
    }

    /** A small RFC 4180 reader, enough to check the export. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
