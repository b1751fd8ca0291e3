package org.songsong.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.web.SeededCollection;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Three kinds of English, never confused: an editor's, an engine's and a generated digest, each stated by
 * the API and labelled on the pages in both languages. Machine English shows beside the Vietnamese and is
 * searched like the rest.
 */
@QuarkusTest
class EnglishKindsTest {

    private static boolean seeded;

    @BeforeEach
    void fiveSeedsWithEnglishOfEachKind() throws Exception {
        if (!seeded || TestDatabase.count("select count(*) from article where english_source = 'MACHINE'") != 1) {
            SeededCollection.fiveSeedsWithEnglishOfEachKind();
            seeded = true;
        }
    }

    private static String slug(String sourceFile) {
        return TestDatabase.string("select slug from article where source_file = ?", sourceFile);
    }

    @Test
    void theApiSaysWhereEachArticlesEnglishCameFromAndWhichEngineMadeIt() throws Exception {
        CuratedEnglish editors = CuratedEnglish.read(Seeds.bytes(Seeds.translationName(SeededCollection.MACHINE_SEED)));
        given().get("/api/articles/" + slug(SeededCollection.MACHINE_SEED)).then().statusCode(200)
                .body("englishSource", equalTo("machine"))
                .body("englishIsGenerated", equalTo(false))
                .body("translation.engine", equalTo("editors-reference"))
                .body("translation.model", equalTo("seed-translations"))
                .body("translation.translatedAt", equalTo("2026-11-30T09:15:00Z"))
                .body("titleEn", equalTo(editors.titleEn()))
                .body("paragraphs[0].en", equalTo(editors.paragraphs().get(0).en()))
                .body("captions[0].en", equalTo(editors.captions().get(0).en()));
        given().get("/api/articles/" + slug(SeededCollection.GENERATED_SEED)).then().statusCode(200)
                .body("englishSource", equalTo("generated"))
                .body("englishIsGenerated", equalTo(true))
                .body("translation", nullValue())
                .body("paragraphs[0].en", nullValue());
        given().get("/api/articles/" + slug("004_6570346391cedc4e.txt")).then().statusCode(200)
                .body("englishSource", equalTo("curated"))
                .body("translation", nullValue());

        List<String> kinds = given().get("/api/articles").then().statusCode(200).extract().jsonPath()
                .getList("items.englishSource", String.class);
        Map<String, Long> byKind = kinds.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of("curated", 3L, "machine", 1L, "generated", 1L));
    }

    @Test
    void eachKindOfEnglishIsLabelledInBothLanguages() {
        String machine = given().get("/articles/" + slug(SeededCollection.MACHINE_SEED) + "?lang=en").then().statusCode(200)
                .extract().asString();
        assertThat(machine).contains("data-english=\"machine\"")
                .contains("<span class=\"badge badge--machine\" lang=\"en\">machine translation</span>")
                .contains("Machine translation (editors-reference, seed-translations, 30 November 2026)")
                .doesNotContain("pairs--vi-only");
        String machineVi = given().get("/articles/" + slug(SeededCollection.MACHINE_SEED) + "?lang=vi").then()
                .statusCode(200).extract().asString();
        assertThat(machineVi).contains(">dịch máy</span>").contains("Bản dịch máy (editors-reference, seed-translations");

        String generated = given().get("/articles/" + slug(SeededCollection.GENERATED_SEED) + "?lang=en").then()
                .statusCode(200).extract().asString();
        assertThat(generated).contains("data-english=\"generated\"").contains(">generated</span>")
                .contains("pairs--vi-only");
        String curatedVi = given().get("/articles/" + slug("004_6570346391cedc4e.txt") + "?lang=vi").then()
                .statusCode(200).extract().asString();
        assertThat(curatedVi).contains("data-english=\"curated\"").contains(">biên tập viên dịch</span>");

        String list = given().get("/?lang=en").then().statusCode(200).extract().asString();
        assertThat(list).containsOnlyOnce("badge--machine").containsOnlyOnce("badge--generated");
    }

    @Test
    void machineEnglishIsFoundByItsEnglishWords() {
        // "perceptions" is in the engine's English of the machine-translated seed, not in its Vietnamese or digest
        assertThat(TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.english_source = 'MACHINE' and p.text_en like '%perceptions%'")).isPositive();
        List<String> found = given().get("/api/articles?q=perceptions").then().statusCode(200).extract().jsonPath()
                .getList("items.slug", String.class);
        assertThat(found).contains(slug(SeededCollection.MACHINE_SEED));
    }
}
