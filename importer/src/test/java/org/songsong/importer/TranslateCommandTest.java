package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songsong.core.testing.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * {@code translate} and {@code import --translate} against an engine in the test that speaks
 * LibreTranslate's and the OpenAI chat API's wire formats. Seeds 000-002 are imported without their
 * curated English (a user's articles); 003 and 004 keep theirs, which no engine may replace.
 */
@QuarkusMainTest
class TranslateCommandTest extends ImportTestSupport {

    private static final List<String> UNTRANSLATED = List.of("000_83b8647a2fd0dd5c", "001_24bae8ffd6009766",
            "002_319e9fbe4659c530");

    private final Map<String, String> settings = new LinkedHashMap<>();
    private EngineServer engine;

    @BeforeEach
    void engineAndSeedsWithoutEnglish() throws IOException {
        engine = new EngineServer();
        for (String seed : UNTRANSLATED) {
            Files.delete(fiveSeeds.resolve(seed + ".en.json"));
        }
        configure("songsong.translation.engine", "libretranslate");
        configure("songsong.translation.url", engine.url());
        configure("songsong.translation.backoff", "PT0.01S");
    }

    @AfterEach
    void stopEngine() {
        engine.close();
        settings.keySet().forEach(System::clearProperty);
    }

    /** A setting the next launch reads, as an operator's environment variable would give it. */
    private void configure(String key, String value) {
        settings.put(key, value);
        System.setProperty(key, value);
    }

    private LaunchResult importSeeds(QuarkusMainLauncher launcher) {
        LaunchResult imported = launcher.launch("import", fiveSeeds.toString());
        assertThat(imported.exitCode()).as(imported.getErrorOutput()).isZero();
        return imported;
    }

    private static long count(String sql) {
        return TestDatabase.count(sql);
    }

    @Test
    void everyArticleWithoutCuratedEnglishGetsMachineEnglishWithTheGlossarysNames(QuarkusMainLauncher launcher) {
        configure("songsong.translation.api-key", "secret-key");
        importSeeds(launcher);

        LaunchResult result = launcher.launch("translate");

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("Translated 3 of 3 article(s) with libretranslate");
        assertThat(count("select count(*) from article where english_source = 'MACHINE' and translation_engine = "
                + "'libretranslate' and translated_at is not null")).isEqualTo(3);
        assertThat(count("select count(*) from article where english_source = 'CURATED'")).isEqualTo(2);
        assertThat(count("select count(*) from article a join article_paragraph p on p.article_id = a.id "
                + "where a.english_source = 'MACHINE' and (p.text_en is null or p.text_en = '')")).isZero();
        assertThat(count("select count(*) from article a join article_caption c on c.article_id = a.id "
                + "where a.english_source = 'MACHINE' and c.text_en is null")).isZero();
        assertThat(count("select count(*) from article where english_source = 'MACHINE' and (title_en is null "
                + "or summary_en is null or summary_en like '%digest was generated%')")).isZero();
        // names in their English form, never in Vietnamese or rendered literally
        String english = TestDatabase.string("select string_agg(p.text_en, ' ') from article_paragraph p "
                + "join article a on a.id = p.article_id where a.source_file like '001_%'");
        assertThat(english).contains("To Lam", "Ministry of Public Security").doesNotContain("Tô Lâm", "Bowl Forest",
                "Department of Police");
        // the engine saw tokens where the names are, in arrays, with the key
        assertThat(engine.textsSent()).noneMatch(text -> text.contains("Tô Lâm")).anyMatch(text -> text.contains("[X0X]"));
        assertThat(engine.requests()).allSatisfy(request -> {
            assertThat(request.body().get("source").asText()).isEqualTo("vi");
            assertThat(request.body().get("target").asText()).isEqualTo("en");
            assertThat(request.body().get("format").asText()).isEqualTo("text");
            assertThat(request.body().get("api_key").asText()).isEqualTo("secret-key");
        });
        assertThat(engine.requests()).anyMatch(request -> request.body().get("q").isArray());
        // the curated English is untouched
        assertThat(TestDatabase.string("select title_en from article where source_file = '004_6570346391cedc4e.txt'"))
                .isEqualTo("Vietnamese and Chinese Ministries of Public Security Hold High-Level Talks");

        int requestsBefore = engine.requests().size();
        LaunchResult again = launcher.launch("translate");
        assertThat(again.exitCode()).isZero();
        assertThat(again.getOutput()).contains("nothing to translate");
        assertThat(engine.requests()).hasSize(requestsBefore);
    }

    @Test
    void anArticleImportedAgainWithOneParagraphChangedCostsTheEngineThatParagraph(QuarkusMainLauncher launcher)
            throws IOException {
        importSeeds(launcher);
        assertThat(launcher.launch("translate").exitCode()).isZero();
        Path file = fiveSeeds.resolve("002_319e9fbe4659c530.txt");
        String text = Files.readString(file);
        String paragraph = "Hai bên thống nhất sẽ tăng cường trao đổi thông tin về tội phạm ma túy.";
        Files.writeString(file, text.stripTrailing() + "\n\n" + paragraph + "\n");
        importSeeds(launcher);
        assertThat(count("select count(*) from article where english_source = 'GENERATED'")).isEqualTo(1);
        int textsBefore = engine.textsSent().size();
        LaunchResult dryRun = launcher.launch("translate", "--dry-run");
        assertThat(dryRun.getOutput()).containsPattern("would send 1 text\\(s\\), \\d+ characters \\((\\d+) in the memory\\)")
                .containsPattern("would send 1 text\\(s\\) \\(\\d+ characters\\) to libretranslate at \\S+; ([1-9]\\d*) text\\(s\\) "
                        + "are in the translation memory already");

        LaunchResult result = launcher.launch("translate");

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(engine.textsSent().subList(textsBefore, engine.textsSent().size())).hasSize(1)
                .allSatisfy(sent -> assertThat(sent).contains("trao đổi thông tin về [X0X]"));
        assertThat(count("select count(*) from article where english_source = 'MACHINE'")).isEqualTo(3);
    }

    @Test
    void anArticleWrittenAgainKeepsItsMachineEnglishWithNoEngineRunningUnlessItsTextChanged(QuarkusMainLauncher launcher)
            throws IOException {
        importSeeds(launcher);
        assertThat(launcher.launch("translate").exitCode()).isZero();
        engine.close();
        configure("songsong.translation.engine", "none");
        // new bytes, the same text: the article is extracted again and its texts are all in the memory
        Path same = fiveSeeds.resolve("001_24bae8ffd6009766.txt");
        Files.writeString(same, Files.readString(same) + "\n\n\n");
        Path edited = fiveSeeds.resolve("002_319e9fbe4659c530.txt");
        Files.writeString(edited, Files.readString(edited).stripTrailing() + "\n\nHai bên nhất trí tăng cường trao đổi thông tin.\n");

        LaunchResult result = launcher.launch("import", fiveSeeds.toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("Kept the machine English of 1 article(s) written again, from the "
                + "translation memory; 1 whose text changed have a generated digest until translate runs.");
        assertThat(TestDatabase.string("select english_source || ' ' || translation_engine from article "
                + "where source_file = '001_24bae8ffd6009766.txt'")).isEqualTo("MACHINE libretranslate");
        assertThat(TestDatabase.string("select english_source from article where source_file = '002_319e9fbe4659c530.txt'"))
                .isEqualTo("GENERATED");
        assertThat(count("select count(*) from article a join article_paragraph p on p.article_id = a.id "
                + "where a.source_file = '001_24bae8ffd6009766.txt' and p.text_en is null")).isZero();
    }

    @Test
    void aBusyEngineIsAskedAgainAfterAWaitThatGrows(QuarkusMainLauncher launcher) {
        configure("songsong.translation.backoff", "PT0.3S");
        importSeeds(launcher);
        engine.then(429, "{\"error\":\"Too many requests\"}").then(503, "Service Unavailable");

        LaunchResult result = launcher.launch("translate", "--limit", "1");

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(count("select count(*) from article where english_source = 'MACHINE'")).isEqualTo(1);
        List<EngineServer.Request> requests = engine.requests();
        assertThat(requests.get(0).body()).isEqualTo(requests.get(2).body());
        Duration firstWait = Duration.ofNanos(requests.get(1).receivedAt() - requests.get(0).receivedAt());
        Duration secondWait = Duration.ofNanos(requests.get(2).receivedAt() - requests.get(1).receivedAt());
        assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void anEngineThatKeepsFailingStopsTheRunAndEveryArticleKeepsItsDigest(QuarkusMainLauncher launcher) {
        configure("songsong.translation.retries", "2");
        configure("songsong.translation.in-flight", "1");
        importSeeds(launcher);
        for (int i = 0; i < 3; i++) {
            engine.then(500, "{\"error\":\"Translation model not loaded\"}");
        }

        LaunchResult result = launcher.launch("translate");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.getErrorOutput()).contains("answered HTTP 500: {\"error\":\"Translation model not loaded\"} "
                + "(asked 3 times)").contains("Stopped:");
        assertThat(engine.requests()).hasSize(3);
        assertThat(count("select count(*) from article where english_source = 'GENERATED'")).isEqualTo(3);
    }

    @Test
    void anEngineThatDoesNotAnswerInTimeStopsTheRun(QuarkusMainLauncher launcher) {
        configure("songsong.translation.timeout", "PT0.5S");
        configure("songsong.translation.retries", "1");
        configure("songsong.translation.in-flight", "1");
        importSeeds(launcher);
        engine.thenSlowly(Duration.ofSeconds(2)).thenSlowly(Duration.ofSeconds(2));

        LaunchResult result = launcher.launch("translate");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.getErrorOutput()).contains("did not answer in time (asked 2 times)");
        assertThat(count("select count(*) from article where english_source = 'GENERATED'")).isEqualTo(3);
    }

    @Test
    void anEngineThatCannotBeReachedIsNamedWithItsAddress(QuarkusMainLauncher launcher) {
        importSeeds(launcher);
        String url = engine.url();
        engine.close();

        LaunchResult result = launcher.launch("translate");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.getErrorOutput()).contains("the translation engine (libretranslate at " + url + ") cannot be reached");
    }

    @Test
    void anAnswerThatIsNotJsonOrHasTheWrongNumberOfTranslationsFailsOnlyItsArticle(QuarkusMainLauncher launcher) {
        importSeeds(launcher);
        engine.mode(EngineServer.Mode.NOT_JSON);

        LaunchResult notJson = launcher.launch("translate", "--limit", "1");

        assertThat(notJson.exitCode()).isEqualTo(1);
        assertThat(notJson.getErrorOutput()).contains("answered something that is not JSON: <html><body>502 Bad Gateway");

        engine.mode(EngineServer.Mode.ONE_TRANSLATION_SHORT);
        LaunchResult shortAnswer = launcher.launch("translate", "--limit", "1");

        assertThat(shortAnswer.exitCode()).isEqualTo(1);
        assertThat(shortAnswer.getErrorOutput()).containsPattern("the engine answered (\\d+) translations for (\\d+) texts");
        assertThat(count("select count(*) from article where english_source = 'GENERATED'")).isEqualTo(3);
        assertThat(count("select count(*) from translation_memory")).isZero();
    }

    @Test
    void aDryRunSaysWhatWouldBeSentAndSendsNothing(QuarkusMainLauncher launcher) {
        importSeeds(launcher);

        LaunchResult result = launcher.launch("translate", "--dry-run");

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).containsPattern("would send \\d+ text\\(s\\), \\d+ characters \\(0 in the memory\\), for 000_")
                .contains("Dry run: 3 article(s)").contains("Nothing was sent or written");
        assertThat(engine.requests()).isEmpty();
        assertThat(count("select count(*) from article where english_source = 'MACHINE'")).isZero();
    }

    @Test
    void pathsAndALimitChooseTheArticles(QuarkusMainLauncher launcher) {
        importSeeds(launcher);

        LaunchResult one = launcher.launch("translate", fiveSeeds.resolve("001_24bae8ffd6009766.txt").toString());
        assertThat(one.exitCode()).as(one.getErrorOutput()).isZero();
        assertThat(TestDatabase.string("select string_agg(source_file, ',') from article where english_source = 'MACHINE'"))
                .isEqualTo("001_24bae8ffd6009766.txt");

        LaunchResult limited = launcher.launch("translate", "--limit", "1");
        assertThat(limited.exitCode()).isZero();
        assertThat(count("select count(*) from article where english_source = 'MACHINE'")).isEqualTo(2);
    }

    @Test
    void withoutAnEngineTranslateSaysWhatToSetAndImportStillImports(QuarkusMainLauncher launcher) throws IOException {
        configure("songsong.translation.engine", "none");

        LaunchResult translate = launcher.launch("translate");
        assertThat(translate.exitCode()).isEqualTo(2);
        assertThat(translate.getErrorOutput()).contains("no translation engine is configured: set SONGSONG_TRANSLATION_ENGINE");

        Path report = work.resolve("report.json");
        LaunchResult imported = launcher.launch("import", "--translate", "--report", report.toString(), fiveSeeds.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(report(report).get("translation").get("notTranslated").asText()).contains("no translation engine");
        assertThat(count("select count(*) from article where english_source = 'GENERATED'")).isEqualTo(3);
    }

    @Test
    void importTranslateTranslatesTheRunsArticlesAndAStoppedEngineNeverFailsTheImport(QuarkusMainLauncher launcher)
            throws IOException {
        Path report = work.resolve("report.json");
        LaunchResult translated = launcher.launch("import", "--translate", "--report", report.toString(),
                fiveSeeds.resolve("000_83b8647a2fd0dd5c.txt").toString());
        assertThat(translated.exitCode()).as(translated.getErrorOutput()).isZero();
        assertThat(report(report).get("translation").get("translated").asInt()).isEqualTo(1);
        assertThat(count("select count(*) from article where english_source = 'MACHINE'")).isEqualTo(1);

        engine.close();
        LaunchResult stopped = launcher.launch("import", "--translate", "--report", report.toString(), fiveSeeds.toString());

        assertThat(stopped.exitCode()).as(stopped.getErrorOutput()).isZero();
        assertThat(stopped.getErrorOutput()).contains("cannot be reached").contains("The import itself succeeded");
        JsonNode translation = report(report).get("translation");
        assertThat(translation.get("translated").asInt()).isZero();
        assertThat(translation.get("keptGeneratedDigest").asInt()).isEqualTo(2);
        assertThat(translation.get("stoppedBecause").asText()).contains("cannot be reached");
        assertThat(translation.get("failures").get(0).get("reason").asText()).contains("cannot be reached");
        assertThat(count("select count(*) from article")).isEqualTo(5);
    }

    @Test
    void aLanguageModelIsToldTheTaskTheModelAndTheTermsOfEachText(QuarkusMainLauncher launcher) {
        configure("songsong.translation.engine", "openai");
        configure("songsong.translation.model", "qwen2.5:7b-instruct");
        configure("songsong.translation.api-key", "sk-test");
        engine.mode(EngineServer.Mode.THINK_ALOUD);
        importSeeds(launcher);

        LaunchResult result = launcher.launch("translate", fiveSeeds.resolve("001_24bae8ffd6009766.txt").toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(engine.requests()).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.authorization()).isEqualTo("Bearer sk-test");
            assertThat(request.body().get("model").asText()).isEqualTo("qwen2.5:7b-instruct");
            assertThat(request.body().get("messages").get(0).get("content").asText()).startsWith("You translate Vietnamese");
        });
        assertThat(engine.requests()).anyMatch(request -> request.body().get("messages").get(0).get("content").asText()
                .contains("- Tô Lâm = To Lam"));
        assertThat(count("select count(*) from article where english_source = 'MACHINE' and translation_engine = 'openai' "
                + "and translation_model = 'qwen2.5:7b-instruct'")).isEqualTo(1);
        String english = TestDatabase.string("select string_agg(p.text_en, ' ') from article_paragraph p "
                + "join article a on a.id = p.article_id where a.source_file like '001_%'");
        assertThat(english).contains("To Lam").doesNotContain("Tô Lâm", "Bowl Forest", "<think>");
    }
}
