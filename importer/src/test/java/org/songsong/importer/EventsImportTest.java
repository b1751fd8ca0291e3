package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.testing.WrittenArticles;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * Imports group the collection into events: a republished seed is marked as a copy of it, and an event
 * keeps its id (its address) when the collection is imported again with an article changed.
 */
@QuarkusMainTest
class EventsImportTest extends ImportTestSupport {

    private static final String SEED = "003_1386dbd5f98cd0ee.txt";
    private static final String REPUBLISHED = "v90-003-republished-without-its-last-paragraph.txt";

    /** Seed 003 as another site might republish it: its last paragraph cut, one sentence reworded. */
    private Path republishedSeed() throws IOException {
        List<String> lines = new ArrayList<>(Seeds.text(SEED).lines().toList());
        lines.remove(lines.size() - 1);
        lines.replaceAll(line -> line.replace("đánh giá cao kết quả hợp tác", "ghi nhận kết quả hợp tác"));
        Path file = fiveSeeds.resolve(REPUBLISHED);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, List<Object>> membership() {
        Map<String, List<Object>> byFile = new HashMap<>();
        TestDatabase.rows("""
                select a.source_file, e.event_id, (select c.source_file from article c where c.id = e.copy_of),
                       e.copy_similarity
                from article a join article_event e on e.article_id = a.id""")
                .forEach(row -> byFile.put((String) row.get(0), row.subList(1, row.size())));
        return byFile;
    }

    @Test
    void aRepublishedSeedIsACopyOfItInTheSameEventAndTheOtherSeedsAreEventsOfTheirOwn(QuarkusMainLauncher launcher)
            throws IOException {
        republishedSeed();

        LaunchResult result = launcher.launch("import", fiveSeeds.toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("Grouped 6 report(s) into 5 event(s): 1 with more than one report, 1 copy");
        Map<String, List<Object>> events = membership();
        assertThat(events).hasSize(6);
        assertThat(events.get(REPUBLISHED).get(0)).isEqualTo(events.get(SEED).get(0));
        assertThat(events.get(REPUBLISHED).get(1)).isEqualTo(SEED);
        assertThat(((Number) events.get(REPUBLISHED).get(2)).doubleValue()).isBetween(0.5, 0.99);
        assertThat(events.get(SEED).get(1)).isNull();
        assertThat(events.values().stream().map(e -> e.get(0)).distinct()).hasSize(5);
        assertThat(TestDatabase.count("select report_count from event where id = ?", events.get(SEED).get(0)))
                .isEqualTo(2);
        // each article's case facts are stored with it: seed 003 counts the fugitives handed over ("20 ĐTTN")
        assertThat(TestDatabase.count("""
                select count(*) from article_fingerprint f join article a on a.id = f.article_id
                where a.source_file = '003_1386dbd5f98cd0ee.txt' and 'n:20 dttn' = any (f.case_facts)""")).isOne();
    }

    @Test
    void importingAgainWithAnArticleChangedKeepsEveryEventsAddress(QuarkusMainLauncher launcher) throws IOException {
        republishedSeed();
        assertThat(launcher.launch("import", fiveSeeds.toString()).exitCode()).isZero();
        Map<String, List<Object>> before = membership();

        Path changed = fiveSeeds.resolve(Seeds.FIVE.get(0));
        Files.writeString(changed, Files.readString(changed).replaceFirst("hợp tác", "hợp tác chặt chẽ"));
        LaunchResult again = launcher.launch("import", fiveSeeds.toString());

        assertThat(again.exitCode()).as(again.getErrorOutput()).isZero();
        assertThat(again.getOutput()).contains("updated 1").contains("0 new event(s)");
        Map<String, List<Object>> after = membership();
        before.forEach((file, event) -> assertThat(after.get(file).get(0)).as(file).isEqualTo(event.get(0)));
    }

    @Test
    void theMeetingsOfOneTripAbroadOnNearbyDaysAreDifferentEventsOfOneVisit(QuarkusMainLauncher launcher)
            throws IOException {
        Files.writeString(fiveSeeds.resolve(WrittenArticles.NEXT_DAY_OF_THE_VISIT_FILE), WrittenArticles.NEXT_DAY_OF_THE_VISIT,
                StandardCharsets.UTF_8);

        LaunchResult result = launcher.launch("import", fiveSeeds.toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("into 6 event(s)").contains("1 visit(s) of several events");
        Map<String, List<Object>> events = membership();
        Object conference = events.get("001_24bae8ffd6009766.txt").get(0);
        Object province = events.get(WrittenArticles.NEXT_DAY_OF_THE_VISIT_FILE).get(0);
        assertThat(province).as("a different meeting: another event").isNotEqualTo(conference);
        assertThat(TestDatabase.rows("""
                select o.slug, v.visitor_country, v.host_country, v.first_day::text, v.last_day::text,
                       array_to_string(array(select event_id from visit_event where visit_id = v.id order by event_id), ',')
                from visit v join official o on o.id = v.visitor_id"""))
                .containsExactly(List.of("trieu-khac-chi", "CN", "VN", "2021-02-19", "2021-02-20",
                        Stream.of(conference, province).map(id -> ((Number) id).longValue()).sorted()
                                .map(String::valueOf).collect(Collectors.joining(","))));
    }

    @Test
    void anImportThatChangesNothingDoesNotGroupAgain(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("import", fiveSeeds.toString()).exitCode()).isZero();

        LaunchResult again = launcher.launch("import", fiveSeeds.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.getOutput()).contains("unchanged 5").doesNotContain("Grouped");
    }
}
