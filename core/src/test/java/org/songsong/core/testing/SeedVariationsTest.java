package org.songsong.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.extract.ArticleExtractor;
import org.songsong.core.extract.CategoryMatch;
import org.songsong.core.extract.OfficialMention;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.parse.ArticleParser;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.text.VietnameseText;

/** The articles the tests write are what they say they are: their English fits them, they name what they were written to name. */
class SeedVariationsTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(KnowledgeBase.load());
    private final ArticleParser parser = new ArticleParser();

    private record Found(List<String> officials, List<String> categories, String date) {
    }

    private static Map<String, Found> extracted() throws Exception {
        Map<String, Found> found = new HashMap<>();
        for (SeedVariations.Variation v : SeedVariations.collection()) {
            ArticleExtractor.Extraction e = EXTRACTOR.extract(v.name(), v.text());
            found.put(v.name(), new Found(e.officials().stream().map(OfficialMention::slug).toList(),
                    e.categories().stream().map(CategoryMatch::code).toList(), e.date() == null ? null : e.date().iso()));
        }
        return found;
    }

    @Test
    void everyVariationCarriesCuratedEnglishThatFitsIt() throws Exception {
        List<SeedVariations.Variation> all = SeedVariations.collection();
        assertThat(all).hasSize(16).extracting(SeedVariations.Variation::name).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(Seeds.FIVE);
        for (SeedVariations.Variation v : all) {
            ParsedArticle parsed = parser.parse(v.text());
            CuratedEnglish english = CuratedEnglish.read(v.translation());
            assertThat(english.problemsWith(parsed, v.name())).as(v.name()).isEmpty();
            for (String text : List.of(english.titleEn(), english.summaryEn())) {
                assertThat(VietnameseText.hasVietnameseLetters(text)).as(text).isFalse();
            }
            english.paragraphs().forEach(p -> assertThat(VietnameseText.hasVietnameseLetters(p.en())).as(p.en()).isFalse());
        }
    }

    @Test
    void eachVariationNamesWhatItWasWrittenToNameOnItsDay() throws Exception {
        Map<String, Found> found = extracted();
        assertThat(found.get("v01-002-to-lam.txt").officials()).contains("to-lam", "tran-quoc-to");
        assertThat(found.get("v01-002-to-lam.txt").categories()).contains("gambling").doesNotContain("drugs");
        assertThat(found.get("v02-002-luong-tam-quang.txt").officials()).contains("luong-tam-quang");
        assertThat(found.get("v03-002-2025-vuong-tieu-hong.txt").officials()).contains("vuong-tieu-hong");
        assertThat(found.get("v03-002-2025-vuong-tieu-hong.txt").date()).isEqualTo("2025-04-08");
        assertThat(found.get("v04-003-gambling.txt").categories()).containsExactlyInAnyOrder("fugitives", "gambling");
        assertThat(found.get("v04-003-gambling.txt").officials()).doesNotContain("tran-quoc-to");
        assertThat(found.get("v05-001-nguyen-phu-trong.txt").officials())
                .containsExactlyInAnyOrder("to-lam", "trieu-khac-chi", "nguyen-phu-trong");
        assertThat(found.get("v06-002-2024.txt").date()).isEqualTo("2024-03-12");
        assertThat(found.get("v16-003-2024.txt").date()).isEqualTo("2024-11-28");
        assertThat(found.get("v16-003-2024.txt").categories()).containsExactly("fugitives");
        // every variation is dated to the day, and none reads as seed 000 or 004 (VOV)
        found.forEach((name, f) -> assertThat(f.date()).as(name).matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(found.values()).noneMatch(f -> f.officials().contains("quach-thanh-con"));
    }

    @Test
    void theHandoverWrittenForTheTestsHasNoCuratedEnglish() {
        SeedVariations.Variation handover = SeedVariations.handover();
        assertThat(handover.translation()).isNull();
        assertThat(handover.name()).doesNotEndWith(".en.json");
    }
}
