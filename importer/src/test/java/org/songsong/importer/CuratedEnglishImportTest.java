package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songsong.core.testing.SeedVariations;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.text.VietnameseText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** Curated English travels with its article; an article without it gets a generated digest. */
@QuarkusMainTest
class CuratedEnglishImportTest extends ImportTestSupport {

    @Test
    void eachSeedImportsWithItsCuratedEnglishParagraphByParagraph(QuarkusMainLauncher launcher) throws IOException {
        Path report = work.resolve("report.json");
        LaunchResult result = launcher.launch("import", "--report", report.toString(), fiveSeeds.toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        for (JsonNode file : JSON.readTree(report.toFile()).get("files")) {
            assertThat(file.get("article").get("englishIsGenerated").asBoolean()).as(file.get("file").asText()).isFalse();
            assertThat(file.get("article").get("translationFile").asText()).endsWith(".en.json");
        }
        assertThat(TestDatabase.count("select count(*) from article where english_source = 'GENERATED'")).isZero();
        assertThat(TestDatabase.count("select count(*) from article_paragraph where text_en is null or text_en = ''"))
                .isZero();
        assertThat(TestDatabase.count("select count(*) from article_caption where text_en is null")).isZero();
        // pairs line up: the English of 004's paragraph 7 is the translation of its Vietnamese
        assertThat(TestDatabase.string("select p.text_en from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = '004_6570346391cedc4e.txt' and p.position = 6"))
                .contains("5th Conference on Crime Prevention Cooperation").contains("Guo Shengkun");
        assertThat(TestDatabase.string("select title_en from article where source_file = '004_6570346391cedc4e.txt'"))
                .isEqualTo("Vietnamese and Chinese Ministries of Public Security Hold High-Level Talks");
    }

    @Test
    void aTranslationThatDoesNotFitIsRejectedWhileEverythingElseImports(QuarkusMainLauncher launcher)
            throws IOException {
        Path missing = fiveSeeds.resolve("003_1386dbd5f98cd0ee.en.json");
        ObjectNode shorter = (ObjectNode) JSON.readTree(missing.toFile());
        ((ArrayNode) shorter.get("paragraphs")).remove(5);
        JSON.writeValue(missing.toFile(), shorter);
        Path extra = fiveSeeds.resolve("004_6570346391cedc4e.en.json");
        ObjectNode longer = (ObjectNode) JSON.readTree(extra.toFile());
        ((ArrayNode) longer.get("paragraphs")).addObject().put("vi", "Đoạn thêm.").put("en", "An extra paragraph.");
        JSON.writeValue(extra.toFile(), longer);
        Files.writeString(fiveSeeds.resolve("999_no_such_article.en.json"), Files.readString(missing));
        Path report = work.resolve("report.json");

        LaunchResult result = launcher.launch("import", "--report", report.toString(), fiveSeeds.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode json = JSON.readTree(report.toFile());
        assertThat(entry(json, "003_1386dbd5f98cd0ee.en.json").get("status").asText()).isEqualTo("rejected");
        assertThat(entry(json, "003_1386dbd5f98cd0ee.en.json").get("reason").asText())
                .startsWith("does not fit 003_1386dbd5f98cd0ee.txt: it has 7 paragraphs but the article has 8");
        assertThat(entry(json, "004_6570346391cedc4e.en.json").get("reason").asText())
                .contains("it has 11 paragraphs but the article has 10");
        assertThat(entry(json, "999_no_such_article.en.json").get("reason").asText())
                .isEqualTo("belongs to no article: there is no 999_no_such_article.txt beside it in this import");
        // the articles themselves import, with generated English instead of a misaligned translation
        assertThat(entry(json, "003_1386dbd5f98cd0ee.txt").get("status").asText()).isEqualTo("imported");
        assertThat(entry(json, "003_1386dbd5f98cd0ee.txt").get("article").get("englishIsGenerated").asBoolean()).isTrue();
        assertThat(entry(json, "000_83b8647a2fd0dd5c.txt").get("article").get("englishIsGenerated").asBoolean()).isFalse();
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(5);
        assertThat(TestDatabase.count("select count(*) from article where english_source = 'GENERATED'")).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = '004_6570346391cedc4e.txt' and p.text_en is not null")).isZero();
        assertThat(result.getOutput()).contains("2 article(s) have no curated English yet");
    }

    @Test
    void anArticleWithoutCuratedEnglishGetsALabelledDigest(QuarkusMainLauncher launcher) throws IOException {
        // a handover written for the tests, with no translation beside it
        Path alone = work.resolve("alone");
        SeedVariations.Variation handover = SeedVariations.handover();
        handover.writeTo(alone);
        Path report = work.resolve("report.json");

        LaunchResult result = launcher.launch("import", "--report", report.toString(), alone.toString());

        assertThat(result.exitCode()).isZero();
        JsonNode article = entry(JSON.readTree(report.toFile()), handover.name()).get("article");
        assertThat(article.get("englishIsGenerated").asBoolean()).isTrue();
        assertThat(article.get("translationFile").isNull()).isTrue();
        String english = article.get("titleEn").asText() + " " + article.get("summaryEn").asText();
        assertThat(english).contains("14 June 2019", "Hoang Van Minh", "gambling", "high-tech crime", "23 Chinese nationals");
        assertThat(VietnameseText.hasVietnameseLetters(english)).as(english).isFalse();
        assertThat(article.get("summaryVi").asText()).startsWith("Sáng 14/6, tại Lạng Sơn, Công an tỉnh Lạng Sơn");
        assertThat(TestDatabase.count("select count(*) from article where english_source = 'GENERATED' and summary_en like "
                + "'%generated%'")).isEqualTo(1);
        assertThat(result.getOutput()).contains("1 article(s) have no curated English yet");
    }
}
