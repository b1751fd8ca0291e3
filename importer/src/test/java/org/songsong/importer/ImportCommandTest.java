package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

/**
 * The importer as its users run it: the command line over real files, into the real PostgreSQL
 * database, checked through the JSON report and the database itself.
 */
@QuarkusMainTest
class ImportCommandTest extends ImportTestSupport {

    @Test
    void importsTheFiveSeedsAndASecondRunFindsThemUnchanged(QuarkusMainLauncher launcher) throws IOException {
        Path first = work.resolve("first.json");
        LaunchResult result = launcher.launch("import", "--report", first.toString(), fiveSeeds.toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("imported 5, updated 0, unchanged 0, rejected 0 (5 files)");
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(5);
        JsonNode summary = report(first).get("summary");
        assertThat(summary.get("imported").asInt()).isEqualTo(5);
        assertThat(summary.get("rejected").asInt()).isZero();

        Path second = work.resolve("second.json");
        LaunchResult again = launcher.launch("import", "--report", second.toString(), fiveSeeds.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.getOutput()).contains("imported 0, updated 0, unchanged 5, rejected 0 (5 files)");
        assertThat(report(second).get("files")).allSatisfy(f -> assertThat(f.get("status").asText()).isEqualTo("unchanged"));
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(5);
    }

    @Test
    void thePublicationDayIsKeptBesideTheDayOfTheNews(QuarkusMainLauncher launcher) throws IOException {
        // the seed of 1 December 2023, as a page that published it three days later with a timestamp line
        Path folder = Files.createDirectories(work.resolve("published"));
        String seed = Files.readString(Seeds.path("002_319e9fbe4659c530.txt"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("later.txt"), "04/12/2023 08:15 GMT+7\n" + seed, StandardCharsets.UTF_8);
        Path file = work.resolve("published.json");

        LaunchResult result = launcher.launch("import", "--report", file.toString(), folder.toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        JsonNode article = entry(report(file), "later.txt").get("article");
        assertThat(article.get("date").asText()).isEqualTo("2023-12-01");
        assertThat(article.get("publishedOn").asText()).isEqualTo("2023-12-04");
        assertThat(TestDatabase.count("select count(*) from article where published_on = date '2023-12-04' "
                + "and date_year = 2023 and date_month = 12 and date_day = 1")).isEqualTo(1);
    }

    @Test
    void theReportDescribesEachArticleWithItsDatePrecision(QuarkusMainLauncher launcher) throws IOException {
        Path file = work.resolve("report.json");
        launcher.launch("import", "--report", file.toString(), fiveSeeds.toString());
        JsonNode report = report(file);

        JsonNode withMarker = entry(report, "002_319e9fbe4659c530.txt").get("article");
        assertThat(withMarker.get("date").asText()).isEqualTo("2023-12-01");
        assertThat(withMarker.get("datePrecision").asText()).isEqualTo("day");
        assertThat(withMarker.get("dateSources").get("year").asText()).isEqualTo("marker");
        assertThat(withMarker.get("dateSources").get("day").asText()).isEqualTo("text");
        assertThat(withMarker.get("dateAsWritten").asText()).isEqualTo("Chiều 1/12");

        JsonNode vov = entry(report, "004_6570346391cedc4e.txt");
        assertThat(vov.get("status").asText()).isEqualTo("imported");
        assertThat(vov.get("article").get("titleVi").asText()).isEqualTo("Bộ Công an Việt Nam và Trung Quốc hội đàm cấp cao");
        assertThat(vov.get("article").get("outlet").asText()).isEqualTo("vov");
        assertThat(vov.get("article").get("slug").asText()).isEqualTo("bo-cong-an-viet-nam-va-trung-quoc-hoi-dam-cap-cao");
        assertThat(vov.get("warnings").toString()).contains("Tin liên quan");

        JsonNode url = entry(report, "000_83b8647a2fd0dd5c.txt").get("article");
        assertThat(url.get("sourceUrl").asText()).startsWith("http://www.vietnamplus.vn/");
        assertThat(url.get("outlet").asText()).isEqualTo("vietnamplus");
        assertThat(url.get("captions").get(0).get("credit").asText()).isEqualTo("Doãn Tấn/TTXVN");
    }

    @Test
    void aBrokenFileIsRejectedWithItsReasonWhileTheOthersImport(QuarkusMainLauncher launcher) throws IOException {
        Path folder = work.resolve("articles");
        Seeds.copyFiveTo(folder);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("photo.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
        Files.write(folder.resolve("utf16-without-bom.txt"), "Bộ Công an hai nước".getBytes(StandardCharsets.UTF_16LE));
        Path file = work.resolve("report.json");

        LaunchResult result = launcher.launch("import", "--report", file.toString(), folder.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorOutput()).contains("empty.txt: the file is empty");
        JsonNode report = report(file);
        assertThat(entry(report, "empty.txt").get("status").asText()).isEqualTo("rejected");
        assertThat(entry(report, "photo.txt").get("reason").asText()).startsWith("binary file");
        assertThat(entry(report, "utf16-without-bom.txt").get("status").asText()).isEqualTo("rejected");
        assertThat(report.get("summary").get("imported").asInt()).isEqualTo(5);
        assertThat(report.get("summary").get("rejected").asInt()).isEqualTo(3);
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(5);
    }

    @Test
    void anEditedParagraphUpdatesItsArticleInPlace(QuarkusMainLauncher launcher) throws IOException {
        launcher.launch("import", fiveSeeds.toString());
        String slug = TestDatabase.string("select slug from article where source_file = ?", "003_1386dbd5f98cd0ee.txt");
        long id = TestDatabase.count("select id from article where source_file = ?", "003_1386dbd5f98cd0ee.txt");
        String importedAt = TestDatabase.string("select imported_at::text from article where source_file = ?",
                "003_1386dbd5f98cd0ee.txt");

        Path folder = work.resolve("edited");
        Seeds.copyFiveTo(folder);
        Path seed = folder.resolve("003_1386dbd5f98cd0ee.txt");
        Files.writeString(seed, Files.readString(seed).replace("phía Việt Nam đã bắt 20 ĐTTN Trung Quốc",
                "phía Việt Nam đã bắt 21 ĐTTN Trung Quốc"));
        // the editor corrects the translation of that paragraph too, so it still fits
        Path translation = folder.resolve("003_1386dbd5f98cd0ee.en.json");
        Files.writeString(translation, Files.readString(translation)
                .replace("phía Việt Nam đã bắt 20 ĐTTN Trung Quốc", "phía Việt Nam đã bắt 21 ĐTTN Trung Quốc")
                .replace("20 Chinese wanted fugitives", "21 Chinese wanted fugitives"));
        Path file = work.resolve("report.json");

        LaunchResult result = launcher.launch("import", "--report", file.toString(), folder.toString());

        assertThat(result.exitCode()).isZero();
        JsonNode report = report(file);
        assertThat(entry(report, "003_1386dbd5f98cd0ee.txt").get("status").asText()).isEqualTo("updated");
        assertThat(report.get("summary").get("unchanged").asInt()).isEqualTo(4);
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(5);
        assertThat(TestDatabase.string("select slug from article where source_file = ?", "003_1386dbd5f98cd0ee.txt"))
                .isEqualTo(slug);
        assertThat(TestDatabase.count("select id from article where source_file = ?", "003_1386dbd5f98cd0ee.txt"))
                .isEqualTo(id);
        assertThat(TestDatabase.string("select imported_at::text from article where source_file = ?",
                "003_1386dbd5f98cd0ee.txt")).as("first imported").isEqualTo(importedAt);
        assertThat(TestDatabase.count("select count(*) from article where source_file = ? and updated_at > imported_at",
                "003_1386dbd5f98cd0ee.txt")).as("updated since").isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = ? and p.text_vi like '%bắt 21 ĐTTN%'", "003_1386dbd5f98cd0ee.txt")).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = ? and p.text_vi like '%bắt 20 ĐTTN%'", "003_1386dbd5f98cd0ee.txt")).isZero();
        assertThat(TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = ? and p.text_en like '%arrested 21 Chinese wanted fugitives%'",
                "003_1386dbd5f98cd0ee.txt")).isEqualTo(1);
    }

    @Test
    void backslashesAndWhatLooksLikeNullAreStoredAsWritten(QuarkusMainLauncher launcher) throws IOException {
        // rows travel to PostgreSQL in COPY's text format, where a backslash starts an escape and \N is null
        Path folder = work.resolve("backslashes");
        Seeds.copyFiveTo(folder);
        Path seed = folder.resolve("003_1386dbd5f98cd0ee.txt");
        Files.delete(folder.resolve("003_1386dbd5f98cd0ee.en.json")); // its Vietnamese would no longer fit
        String oddity = " (hồ sơ \\N tại D:\\tài liệu\\new\\ và \\\\máy chủ)";
        Files.writeString(seed, Files.readString(seed).replace("phía Việt Nam đã bắt 20 ĐTTN Trung Quốc",
                "phía Việt Nam đã bắt 20 ĐTTN Trung Quốc" + oddity));

        assertThat(launcher.launch("import", folder.toString()).exitCode()).isZero();

        assertThat(TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = ? and strpos(p.text_vi, ?) > 0", "003_1386dbd5f98cd0ee.txt", oddity.trim()))
                .isEqualTo(1);
    }

    @Test
    void idsNeverFallInABlockAnotherWriterDrew(QuarkusMainLauncher launcher) throws IOException {
        // A block drawn from a sequence belongs to whoever drew it: Hibernate (pooled-lo, as Quarkus sets it)
        // reads a value v as the ids v to v + 49, and an older build of the importer wrote articles that way.
        Path first = work.resolve("first");
        Seeds.copyFiveTo(first);
        Files.delete(first.resolve("004_6570346391cedc4e.txt"));
        Files.delete(first.resolve("004_6570346391cedc4e.en.json"));
        assertThat(launcher.launch("import", first.toString()).exitCode()).isZero();
        long articles = TestDatabase.count("select nextval('article_seq')");
        long paragraphs = TestDatabase.count("select nextval('article_paragraph_seq')");

        assertThat(launcher.launch("import", fiveSeeds.toString()).exitCode()).isZero();

        assertThat(TestDatabase.count("select id from article where source_file = ?", "004_6570346391cedc4e.txt"))
                .isGreaterThanOrEqualTo(articles + 50);
        assertThat(TestDatabase.count("select count(*) from article_paragraph where id between ? and ?",
                paragraphs, paragraphs + 49)).isZero();
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing(QuarkusMainLauncher launcher) throws IOException {
        Path file = work.resolve("report.json");
        LaunchResult result = launcher.launch("import", "--dry-run", "--report", file.toString(), fiveSeeds.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("Dry run, nothing written: imported 5");
        assertThat(report(file).get("summary").get("dryRun").asBoolean()).isTrue();
        assertThat(TestDatabase.count("select count(*) from article")).isZero();
    }

    @Test
    void aMissingPathIsReportedAndTheRestStillImports(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("import", work.resolve("nowhere").toString(),
                Seeds.path("001_24bae8ffd6009766.txt").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorOutput()).contains("no such file or folder");
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(1);
    }

    @Test
    void aFolderWithoutArticleFilesIsAUsageError(QuarkusMainLauncher launcher) throws IOException {
        Files.createDirectories(work.resolve("empty-folder"));
        LaunchResult result = launcher.launch("import", work.resolve("empty-folder").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("No article files found");
    }
}
