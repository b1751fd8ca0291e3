package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.testing.Seeds;

class CharPairsTest {

    @Test
    void everyStretchOfARealArticleIsFoundInItsOwnText() throws Exception {
        for (Path file : Seeds.articles()) {
            String text = VietnameseText.matchKey(Files.readString(file, StandardCharsets.UTF_8));
            CharPairs pairs = CharPairs.of(text);
            for (int start = 0; start < text.length(); start += 5) {
                for (int length = 1; length <= 40 && start + length <= text.length(); length++) {
                    CharPairs.Literal stretch = CharPairs.literal(text.substring(start, start + length));
                    assertThat(pairs.contains(stretch)).as("%s in %s", stretch, file.getFileName()).isTrue();
                }
            }
        }
    }

    @Test
    void aNameAParagraphDoesNotHoldIsMostlyRuledOutWithoutASearch() {
        List<CharPairs.Literal> names = KnowledgeBase.load().officials().stream()
                .flatMap(official -> KnowledgeBase.names(official).stream())
                .map(VietnameseText::matchKey).distinct().map(CharPairs::literal).toList();
        int absent = 0;
        int ruledOut = 0;
        for (String name : Seeds.FIVE) {
            for (String paragraph : Seeds.text(name).split("\n")) {
                String key = VietnameseText.matchKey(paragraph);
                CharPairs pairs = CharPairs.of(key);
                for (CharPairs.Literal official : names) {
                    if (!key.contains(official.text())) {
                        absent++;
                        ruledOut += pairs.mayContain(official) ? 0 : 1;
                    } else {
                        assertThat(pairs.mayContain(official)).as(official.text()).isTrue();
                    }
                }
            }
        }
        assertThat(absent).isGreaterThan(1000);
        assertThat((double) ruledOut / absent).isGreaterThan(0.9);
    }

    @Test
    void aSingleCharacterHasNoPairsAndIsLeftToTheSearch() {
        CharPairs pairs = CharPairs.of("công an");
        assertThat(pairs.contains(CharPairs.literal("ô"))).isTrue();
        assertThat(pairs.contains(CharPairs.literal("ư"))).isFalse();
        assertThat(pairs.mayContain(CharPairs.literal("ma túy"))).isFalse();
    }
}
