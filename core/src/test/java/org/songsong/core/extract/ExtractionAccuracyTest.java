package org.songsong.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.testing.Seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The accuracy bar on the five seeds, against their hand-made truth: officials and
 * crime categories by precision and recall, dates by day and year. scripts/accuracy reports the same
 * numbers from the importer's report.
 */
class ExtractionAccuracyTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(KnowledgeBase.load());

    private record Score(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    private static List<JsonNode> truth() throws Exception {
        List<JsonNode> articles = new ArrayList<>();
        for (String file : List.of("truth/seeds-truth.json")) {
            try (InputStream in = ExtractionAccuracyTest.class.getClassLoader().getResourceAsStream(file)) {
                new ObjectMapper().readTree(in).get("articles").forEach(articles::add);
            }
        }
        return articles;
    }

    private static Path file(String name) {
        return Seeds.path(name);
    }

    private static String norm(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static Score add(Score score, Set<String> got, Set<String> expected) {
        Set<String> tp = new HashSet<>(got);
        tp.retainAll(expected);
        return new Score(score.tp() + tp.size(), score.fp() + got.size() - tp.size(),
                score.fn() + expected.size() - tp.size());
    }

    @Test
    void officialsCategoriesAndDatesMeetTheBar() throws Exception {
        Score officials = new Score(0, 0, 0);
        Score categories = new Score(0, 0, 0);
        int days = 0;
        int daysRight = 0;
        List<String> wrongYears = new ArrayList<>();
        List<JsonNode> articles = truth();
        for (JsonNode truth : articles) {
            String name = truth.get("file").asText();
            ArticleExtractor.Extraction e = EXTRACTOR.extract(name, Files.readAllBytes(file(name)));
            Set<String> gotOfficials = new HashSet<>();
            e.officials().forEach(o -> gotOfficials.add(norm(o.nameVi())));
            Set<String> expOfficials = new HashSet<>();
            truth.get("officials").forEach(o -> expOfficials.add(norm(o.get("name").asText())));
            officials = add(officials, gotOfficials, expOfficials);
            Set<String> gotCategories = new HashSet<>();
            e.categories().forEach(c -> gotCategories.add(c.code()));
            Set<String> expCategories = new HashSet<>();
            truth.get("categories").forEach(c -> expCategories.add(c.asText()));
            categories = add(categories, gotCategories, expCategories);

            String date = e.date() == null ? "" : e.date().iso();
            String expected = truth.get("date").asText();
            if (truth.get("datePrecision").asText().equals("day")) {
                days++;
                daysRight += date.equals(expected) ? 1 : 0;
            }
            if (!date.startsWith(expected.substring(0, 4))) {
                wrongYears.add(name + ": " + date + " instead of " + expected);
            }
        }
        assertThat(articles).hasSize(5);
        assertThat(officials.precision()).as("officials precision %s", officials).isGreaterThanOrEqualTo(0.98);
        assertThat(officials.recall()).as("officials recall %s", officials).isGreaterThanOrEqualTo(0.98);
        assertThat(categories.precision()).as("categories precision %s", categories).isGreaterThanOrEqualTo(0.95);
        assertThat(categories.recall()).as("categories recall %s", categories).isGreaterThanOrEqualTo(0.95);
        assertThat(daysRight).as("right day where the article states one").isEqualTo(days);
        assertThat(wrongYears).as("articles with a wrong year").isEmpty();
    }
}
