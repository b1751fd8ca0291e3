package org.songsong.core.english;

import static org.assertj.core.api.Assertions.assertThat;

import org.songsong.core.extract.ArticleExtractor;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.testing.SeedVariations;
import org.songsong.core.testing.Seeds;
import org.songsong.core.text.Sentences;
import org.songsong.core.text.VietnameseText;

import org.junit.jupiter.api.Test;

class EnglishDigestTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private final ArticleExtractor extractor = new ArticleExtractor(KNOWLEDGE);
    private final EnglishDigest digests = new EnglishDigest(KNOWLEDGE, DigestVocabulary.load());

    private EnglishDigest.Digest digest(String article) throws Exception {
        return digests.digest(extractor.extract(article, Seeds.bytes(article)));
    }

    private EnglishDigest.Digest digest(SeedVariations.Variation article) throws Exception {
        return digests.digest(extractor.extract(article.name(), article.text()));
    }

    @Test
    void theDigestSaysWhenWhatWhoAndWhichCrimesInPlainEnglish() throws Exception {
        EnglishDigest.Digest digest = digest("004_6570346391cedc4e.txt");

        assertThat(digest.titleEn()).isEqualTo("Talks: To Lam and Guo Shengkun (25 September 2016)");
        assertThat(digest.summaryEn())
                .startsWith("This article of 25 September 2016 reports talks, a conference")
                .contains("To Lam (Minister of Public Security, Senior Lieutenant General, Vietnam)")
                .contains("Guo Shengkun (Minister of Public Security, China)")
                .contains("drugs, human trafficking, cybercrime, wanted fugitives, terrorism and organised crime")
                .contains("generated");
        assertThat(VietnameseText.hasVietnameseLetters(digest.titleEn() + digest.summaryEn())).isFalse();
    }

    @Test
    void figuresAndPlacesComeOutInEnglish() throws Exception {
        // a handover written for the tests: no editor has translated it
        EnglishDigest.Digest digest = digest(SeedVariations.handover());

        assertThat(digest.titleEn()).isEqualTo("Handover: Hoang Van Minh (14 June 2019)");
        assertThat(digest.summaryEn()).contains("14 June 2019", "a handover", "in Lang Son province",
                "Hoang Van Minh (Deputy Director of Police, Colonel, Vietnam)", "high-tech crime and gambling",
                "23 Chinese nationals, 6 locations, 41 phones, 12 computers");
        assertThat(VietnameseText.hasVietnameseLetters(digest.titleEn() + digest.summaryEn())).isFalse();
        assertThat(digest("002_319e9fbe4659c530.txt").summaryEn()).contains("in Hanoi", "Xi Jinping (President, China)");
    }

    @Test
    void theVietnameseSummaryIsTheArticlesOwnFirstSentences() throws Exception {
        String summary = digest(SeedVariations.handover()).summaryVi();

        // not the marker and headline glued before the lede, not the photo caption between the paragraphs
        assertThat(summary).startsWith("Sáng 14/6, tại Lạng Sơn, Công an tỉnh Lạng Sơn đã bàn giao 23 người Trung Quốc");
        assertThat(summary).contains("Theo Đại tá Hoàng Văn Minh")
                .doesNotContain("date 2019", "Ảnh", "Thanh Bình", "làm thủ tục bàn giao tại cửa khẩu", "MINH AN");
        assertThat(Sentences.split(summary)).hasSizeBetween(3, 5);
    }
}
