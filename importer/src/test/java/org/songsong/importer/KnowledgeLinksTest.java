package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** Each seed, imported, links to the officials and crime categories its hand-made truth lists. */
@QuarkusMainTest
class KnowledgeLinksTest extends ImportTestSupport {

    private static Set<String> column(String sql, Object... params) {
        Set<String> values = new HashSet<>();
        TestDatabase.rows(sql, params).forEach(row -> values.add((String) row.get(0)));
        return values;
    }

    private static Set<String> linkedOfficials(String file) {
        return column("select o.name_vi from article_official l join official o on o.id = l.official_id "
                + "join article a on a.id = l.article_id where a.source_file = ?", file);
    }

    private static Set<String> linkedCategories(String file) {
        return column("select l.category_code from article_category l join article a on a.id = l.article_id "
                + "where a.source_file = ?", file);
    }

    @Test
    void eachSeedLinksToTheOfficialsAndCategoriesOfItsTruth(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("import", fiveSeeds.toString());
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();

        JsonNode truth;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("truth/seeds-truth.json")) {
            truth = JSON.readTree(in);
        }
        for (JsonNode article : truth.get("articles")) {
            String file = article.get("file").asText();
            Set<String> officials = new HashSet<>();
            article.get("officials").forEach(o -> officials.add(o.get("name").asText()));
            Set<String> categories = new HashSet<>();
            article.get("categories").forEach(c -> categories.add(c.asText()));
            assertThat(linkedOfficials(file)).as(file).isEqualTo(officials);
            assertThat(linkedCategories(file)).as(file).isEqualTo(categories);
            assertThat(TestDatabase.string("select coalesce(date_year || '-' || lpad(date_month::text, 2, '0') || '-' "
                    + "|| lpad(date_day::text, 2, '0'), '') from article where source_file = ?", file))
                    .as(file).isEqualTo(article.get("date").asText());
        }
        assertThat(linkedOfficials("004_6570346391cedc4e.txt")).doesNotContain("Hun Sen", "Lee Hyuk", "Ted Osius");
        assertThat(linkedOfficials("002_319e9fbe4659c530.txt")).doesNotContain("Trương Thị Mai");
        assertThat(TestDatabase.string("select role_as_written from article_official l join official o on "
                + "o.id = l.official_id join article a on a.id = l.article_id where o.slug = 'manh-khanh-phong'"))
                .isEqualTo("Thứ trưởng Bộ Công an Trung Quốc");
    }

    @Test
    void theReportNamesEachOfficialWithTheStandardSpelling(QuarkusMainLauncher launcher) throws IOException {
        Path file = work.resolve("report.json");
        launcher.launch("import", "--report", file.toString(), fiveSeeds.toString());

        JsonNode vov = null;
        for (JsonNode entry : JSON.readTree(file.toFile()).get("files")) {
            if (entry.get("file").asText().equals("004_6570346391cedc4e.txt")) {
                vov = entry.get("article");
            }
        }
        assertThat(vov).isNotNull();
        assertThat(vov.get("categories")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "fugitives", "organized-crime", "terrorism", "cybercrime", "human-trafficking", "drugs");
        JsonNode guo = null;
        for (JsonNode official : vov.get("officials")) {
            if (official.get("slug").asText().equals("quach-thanh-con")) {
                guo = official;
            }
        }
        assertThat(guo).isNotNull();
        assertThat(guo.get("nameVi").asText()).isEqualTo("Quách Thanh Côn");
        assertThat(guo.get("nameEn").asText()).isEqualTo("Guo Shengkun");
        assertThat(guo.get("country").asText()).isEqualTo("CN");
        assertThat(guo.get("roleAsWritten").asText()).isEqualTo("Bộ trưởng Bộ Công an Trung Quốc");
        assertThat(guo.get("curated").asBoolean()).isTrue();
        assertThat(vov.get("date").asText()).isEqualTo("2016-09-25");
        assertThat(vov.get("dateSources").get("year").asText()).isEqualTo("event");
    }

    @Test
    void articlesExtractedWithAnOlderKnowledgeBaseAreRelinkedOnTheNextRun(QuarkusMainLauncher launcher)
            throws IOException {
        launcher.launch("import", fiveSeeds.toString());
        // as if these rows had been extracted by an earlier parser and knowledge base, which knew nobody
        TestDatabase.execute("update article set extraction_version = 'parser-0+000000000000'");
        TestDatabase.execute("delete from article_official");
        TestDatabase.execute("delete from article_category");
        Path file = work.resolve("report.json");

        LaunchResult result = launcher.launch("import", "--report", file.toString(), fiveSeeds.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(JSON.readTree(file.toFile()).get("summary").get("updated").asInt()).isEqualTo(5);
        assertThat(linkedOfficials("004_6570346391cedc4e.txt")).containsExactlyInAnyOrder("Tô Lâm", "Quách Thanh Côn");
        assertThat(linkedCategories("003_1386dbd5f98cd0ee.txt")).containsExactly("fugitives");
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(5);
    }
}
