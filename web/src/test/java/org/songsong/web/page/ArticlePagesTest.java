package org.songsong.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.testing.SeedVariations;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reader's pages over the five imported seed articles, through real HTTP. */
@QuarkusTest
class ArticlePagesTest {

    private static final Pattern ARTICLE_LINK = Pattern.compile("<a href=\"/articles/([a-z0-9-]+)\">");

    @Inject
    ArticleImporter importer;

    @BeforeEach
    void fiveSeeds() {
        SeededCollection.fiveSeeds(importer);
    }

    private static List<String> linkedSlugs(String html) {
        Matcher m = ARTICLE_LINK.matcher(html);
        List<String> slugs = new java.util.ArrayList<>();
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    @Test
    void theListShowsTheFiveArticlesNewestFirstWithUnknownDatesLast() {
        String html = given().get("/").then().statusCode(200)
                .contentType("text/html")
                .extract().asString();

        List<String> slugs = linkedSlugs(html);
        assertThat(slugs).hasSize(5).doesNotHaveDuplicates();
        // the only seed dated by this stage is 002 (1 December 2023): it comes first
        assertThat(slugs.get(0)).isEqualTo(TestDatabase.string(
                "select slug from article where source_file = '002_319e9fbe4659c530.txt'"));
        assertThat(html).contains("<time datetime=\"2023-12-01\">1 December 2023</time>");
        assertThat(html).contains("5 events, newest first");
    }

    @Test
    void everyArticlePageAnswersWithItsTitleAndCleanParagraphs() {
        for (List<Object> row : TestDatabase.rows("select slug, title_vi from article")) {
            String slug = (String) row.get(0);
            String title = (String) row.get(1);
            given().get("/articles/" + slug).then()
                    .statusCode(200)
                    .body(containsString("<h1 class=\"article__title\" lang=\"vi\">" + title + "</h1>"))
                    .body(not(containsString("Tin liên quan")))
                    .body(not(containsString("Hun Sen")));
        }
    }

    @Test
    void anArticlePageShowsItsCaptionOnceAndApartFromTheText() {
        String slug = TestDatabase.string("select slug from article where source_file = '001_24bae8ffd6009766.txt'");
        String html = given().get("/articles/" + slug).then().statusCode(200).extract().asString();

        String caption = "Đại tướng Tô Lâm, Bộ trưởng Công an Việt Nam và Bộ trưởng Bộ Công an Trung Quốc Triệu Khắc Chí "
                + "ký kết Biên bản Hội nghị.";
        assertThat(html.split(Pattern.quote(caption), -1)).hasSize(2);
        assertThat(html.indexOf(caption)).isGreaterThan(html.indexOf("id=\"captions-heading\""));
        assertThat(html).contains("Doãn Tấn/TTXVN");
        assertThat(html).contains("Headline written by the editors: the source has none.");
    }

    @Test
    void anUnknownArticleIsA404PageInTheReadersLanguage() {
        given().get("/articles/khong-co-bai-nay").then()
                .statusCode(404)
                .contentType("text/html")
                .body(containsString("Page not found"))
                .body(containsString("/articles/khong-co-bai-nay"))
                .body(not(containsString("Exception")));
        given().header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").get("/articles/khong-co-bai-nay").then()
                .statusCode(404)
                .body(containsString("Không tìm thấy trang"))
                .body(containsString("<html lang=\"vi\">"));
    }

    @Test
    void theInterfaceLanguageFollowsTheChoiceAndRemembersIt() {
        String cookie = given().queryParam("lang", "vi").get("/").then()
                .statusCode(200)
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("5 sự kiện, mới nhất trước"))
                .body(containsString("<time datetime=\"2023-12-01\">1/12/2023</time>"))
                .extract().cookie(ReaderLanguage.COOKIE);
        assertThat(cookie).isEqualTo("vi");

        given().cookie(ReaderLanguage.COOKIE, "vi").get("/").then()
                .body(containsString("Bài viết"))
                .body(containsString("href=\"/?lang=en\""));
        given().header("Accept-Language", "en-GB").get("/").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void articleTextIsMarkedVietnamese() {
        String slug = TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'");
        given().get("/articles/" + slug).then()
                .statusCode(200)
                .body(containsString("<div class=\"pair lede\" id=\"p0\">\n        <p class=\"paragraph\" lang=\"vi\">Sau hội đàm,"))
                .body(containsString("VOV – Đài Tiếng nói Việt Nam"))
                .body(containsString("Kết thúc hội nghị, hai Bộ trưởng đã ký kết “Bản ghi nhớ kết quả hội nghị”"));
    }

    @Test
    void anArticlePageShowsWhoAndWhatItNamesInBothLanguages() {
        String slug = TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'");
        String html = given().get("/articles/" + slug).then().statusCode(200).extract().asString();

        assertThat(html).contains("data-official=\"to-lam\"", "data-official=\"quach-thanh-con\"")
                .contains("Quách Thanh Côn", "Guo Shengkun", "Bộ trưởng Bộ Công an Trung Quốc")
                .doesNotContain("Hun Sen", "Lee Hyuk", "Ted Osius");
        assertThat(html).contains("data-category=\"drugs\"", "data-category=\"cybercrime\"")
                .contains("<q lang=\"vi\">tội phạm trên không gian mạng</q>")
                .contains("Organised crime");
        given().queryParam("lang", "vi").get("/articles/" + slug).then()
                .body(containsString("Tội phạm có tổ chức"))
                .body(containsString("Trung Quốc</span>"));
    }

    @Test
    void anArticleReadsSideBySideInVietnameseAndEnglishParagraphByParagraph() {
        String slug = TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'");
        String html = given().get("/articles/" + slug).then().statusCode(200).extract().asString();

        assertThat(html).contains("<p class=\"article__title-en\" lang=\"en\">Vietnamese and Chinese Ministries of "
                + "Public Security Hold High-Level Talks</p>");
        assertThat(html).contains("<div class=\"summary\" lang=\"vi\">", "<div class=\"summary\" lang=\"en\">")
                .contains("data-english=\"curated\"").contains("badge--curated").doesNotContain("badge--generated").doesNotContain("badge--machine");
        long pairs = TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.slug = ?", slug);
        assertThat(html.split("<div class=\"pair\"|<div class=\"pair lede\"", -1)).hasSize((int) pairs + 1);
        assertThat(html.split("<p class=\"paragraph\" lang=\"en\">", -1)).hasSize((int) pairs + 1);
        int vi = html.indexOf("Chiều cùng ngày, Bộ trưởng Tô Lâm và Bộ trưởng Bộ Công an Trung Quốc Quách Thanh Côn");
        int en = html.indexOf("co-chaired the 5th Conference on Crime Prevention Cooperation between Vietnam", vi);
        assertThat(vi).isPositive();
        assertThat(en).isGreaterThan(vi).isLessThan(html.indexOf("<div class=\"pair", vi));
    }

    @Test
    void generatedEnglishIsLabelledAsSuch() {
        // a handover written for the tests, imported without curated English
        SeedVariations.Variation handover = SeedVariations.handover();
        importer.importFile(handover.name(), handover.text(), false);
        String slug = TestDatabase.string("select slug from article where source_file = ?", handover.name());

        String html = given().get("/articles/" + slug).then().statusCode(200).extract().asString();
        assertThat(html).contains("data-english=\"generated\"", "<span class=\"badge badge--generated\">generated</span>")
                .contains("No editor has translated this article yet")
                .contains("Handover: Hoang Van Minh (14 June 2019)")
                .doesNotContain("<p class=\"paragraph\" lang=\"en\">");
        given().get("/").then().body(containsString("Handover: Hoang Van Minh (14 June 2019) <span class=\"badge badge--generated\" lang=\"en\">generated</span>"));
        given().queryParam("lang", "vi").get("/articles/" + slug).then().body(containsString("tự động"));
    }

    @Test
    void markupInsideAnArticleIsShownAsTextNeverRun() {
        String hostile = Seeds.text("004_6570346391cedc4e.txt")
                .replace("Bộ Công an Việt Nam và Trung Quốc hội đàm cấp cao\n",
                        "Bộ Công an <script>alert('x')</script> hội đàm\n")
                .replace("Kết thúc hội nghị,", "Kết thúc <img src=x onerror=alert(1)> hội nghị,");
        importer.importFile("hostile.txt", hostile.getBytes(StandardCharsets.UTF_8), false);
        String slug = TestDatabase.string("select slug from article where source_file = 'hostile.txt'");

        String list = given().get("/").then().statusCode(200).extract().asString();
        String page = given().get("/articles/" + slug).then().statusCode(200).extract().asString();

        for (String html : List.of(list, page)) {
            assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>");
        }
        assertThat(page).contains("Kết thúc &lt;img src=x onerror=alert(1)&gt; hội nghị,").doesNotContain("<img");
    }

    @Test
    void anArticlePublishedDaysAfterTheNewsShowsBothDays() {
        // seed 002 (the news of 1 December 2023) as a page that published it on 4 December
        byte[] page = ("04/12/2023 08:15 GMT+7\n" + Seeds.text("002_319e9fbe4659c530.txt")).getBytes(StandardCharsets.UTF_8);
        importer.importFile("published-later.txt", page, false);
        String slug = TestDatabase.string("select slug from article where source_file = 'published-later.txt'");

        given().get("/articles/" + slug + "?lang=en").then().statusCode(200)
                .body(not(containsString("date 2023-12")))
                .body(containsString("<time datetime=\"2023-12-01\">1 December 2023</time>"))
                .body(containsString("published <time datetime=\"2023-12-04\">4 December 2023</time>"));
        given().get("/articles/" + slug + "?lang=vi").then().statusCode(200)
                .body(containsString("đăng ngày <time datetime=\"2023-12-04\">4/12/2023</time>"));
        String seedSlug = TestDatabase.string("select slug from article where source_file = '002_319e9fbe4659c530.txt'");
        given().get("/articles/" + seedSlug + "?lang=en").then().statusCode(200)
                .body(not(containsString("class=\"published\"")));
    }
}
