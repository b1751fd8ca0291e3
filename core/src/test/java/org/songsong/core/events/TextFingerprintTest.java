package org.songsong.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.songsong.core.parse.ArticleParser;
import org.songsong.core.parse.RejectedFileException;
import org.songsong.core.testing.Seeds;
import org.songsong.core.text.VietnameseText;

class TextFingerprintTest {

    @Test
    void theEstimateFollowsTheExactShareOfShinglesAsASeedArticleIsEditedMoreAndMore() {
        for (String seed : Seeds.FIVE) {
            List<String> paragraphs = paragraphs(seed);
            for (int dropped = 0; dropped <= paragraphs.size() / 2; dropped++) {
                List<String> edited = new ArrayList<>(paragraphs.subList(0, paragraphs.size() - dropped));
                edited.add(0, "Theo phóng viên thường trú, đây là bài viết được đăng lại với một số chỉnh sửa nhỏ.");
                double exact = exactJaccard(paragraphs, edited);
                assertThat(TextFingerprint.of(paragraphs).jaccard(TextFingerprint.of(edited)))
                        .as("%s without its last %d paragraphs", seed, dropped)
                        .isCloseTo(exact, within(0.2));
            }
        }
    }

    @Test
    void toneMarksAndCaseLostInAContentSystemDoNotMakeACopyAnotherText() {
        List<String> text = List.of("Bộ trưởng Tô Lâm tiếp Đoàn đại biểu Bộ Công an Trung Quốc tại Hà Nội ngày 5/6.");
        List<String> stripped = List.of(VietnameseText.fold(text.get(0)).toUpperCase());

        assertThat(TextFingerprint.of(text).jaccard(TextFingerprint.of(stripped))).isEqualTo(1.0);
    }

    @Test
    void aFingerprintReadBackFromItsBytesIsTheSame() {
        TextFingerprint fingerprint = TextFingerprint.of(paragraphs(Seeds.FIVE.get(0)));

        assertThat(TextFingerprint.fromBytes(fingerprint.bytes())).isEqualTo(fingerprint);
        assertThat(fingerprint.shingles()).isPositive();
    }

    private static List<String> paragraphs(String seed) {
        try {
            return new ArticleParser().parse(Seeds.bytes(seed)).paragraphs();
        } catch (RejectedFileException e) {
            throw new AssertionError(e);
        }
    }

    private static double exactJaccard(List<String> a, List<String> b) {
        Set<String> sa = shingles(a);
        Set<String> sb = shingles(b);
        Set<String> both = new HashSet<>(sa);
        both.retainAll(sb);
        Set<String> either = new HashSet<>(sa);
        either.addAll(sb);
        return both.size() / (double) either.size();
    }

    private static Set<String> shingles(List<String> paragraphs) {
        String[] words = VietnameseText.fold(String.join(" ", paragraphs)).split("[^a-z0-9]+");
        List<String> w = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                w.add(word);
            }
        }
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + TextFingerprint.SHINGLE_WORDS <= w.size(); i++) {
            shingles.add(String.join(" ", w.subList(i, i + TextFingerprint.SHINGLE_WORDS)));
        }
        return shingles;
    }
}
