package org.songsong.core.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.songsong.core.extract.ArticleExtractor;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.testing.Seeds;
import org.songsong.core.text.VietnameseText;

class EnglishDigestTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private final ArticleExtractor extractor = new ArticleExtractor(KNOWLEDGE);
    private final EnglishDigest digests = new EnglishDigest(KNOWLEDGE, DigestVocabulary.load());

    private EnglishDigest.Digest digest(String article) throws Exception {
        return digests.digest(extractor.extract(article, Files.readAllBytes(Seeds.anywhere(article))));
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
        EnglishDigest.Digest digest = digest("c06_thanhnien_1090990.txt");

        assertThat(digest.summaryEn()).contains("9 June 2019", "a handover", "77 Chinese nationals", "18 locations",
                "high-tech crime and gambling");
        assertThat(VietnameseText.hasVietnameseLetters(digest.summaryEn())).isFalse();
        assertThat(digest("002_319e9fbe4659c530.txt").summaryEn()).contains("in Hanoi", "Xi Jinping (President, China)");
    }

    @Test
    void theVietnameseSummaryIsTheArticlesOwnFirstSentences() throws Exception {
        String summary = digest("c07_plo_848816.txt").summaryVi();

        assertThat(summary).startsWith("Ngày 10-6, Thiếu tướng Vũ Xuân Viên, Giám đốc Công an TP Đà Nẵng");
        assertThat(summary).doesNotContain("HẢI HIẾU", "Ảnh");
        assertThat(org.songsong.core.parse.ArticleParser.sentences(summary)).hasSizeBetween(3, 5);
    }
}
