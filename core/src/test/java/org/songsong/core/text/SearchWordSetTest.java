package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchWordSetTest {

    @Test
    void aVectorOffersOnlyTheWordsTheSetLacksInPostgresOrder() {
        SearchWordSet known = new SearchWordSet();
        known.add("cong");
        known.add("an");
        List<String> offered = new ArrayList<>();

        SearchVector.of("bo cong an viet nam bo cong an trung quoc 2023").forEachWordNotIn(known, offered::add);

        assertThat(offered).containsExactly("2023", "bo", "nam", "quoc", "trung", "viet");
    }

    @Test
    void tensOfThousandsOfWordsAreEachKeptOnceAndFoundAgain() {
        SearchWordSet words = new SearchWordSet();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 50_000; i++) {
                words.add("w" + Integer.toString(i, 36));
            }
        }
        assertThat(words.size()).isEqualTo(50_000);
        for (int i = 0; i < 50_000; i += 997) {
            assertThat(words.contains("w" + Integer.toString(i, 36))).isTrue();
        }
        assertThat(words.contains("w")).isFalse();
        assertThat(words.contains("x0")).isFalse();
        assertThat(words.contains("")).isFalse();
    }
}
