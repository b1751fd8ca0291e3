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
    void theDigestSaysWhenWhoMetWhomInWhatRolesAndWhichCrimesInPlainEnglish() throws Exception {
        EnglishDigest.Digest digest = digest("004_6570346391cedc4e.txt");

        assertThat(digest.titleEn()).isEqualTo("Talks: To Lam and Guo Shengkun (25 September 2016)");
        assertThat(digest.summaryEn())
                .startsWith("On 25 September 2016, To Lam (Minister of Public Security, Senior Lieutenant General, "
                        + "Vietnam) held talks with Guo Shengkun (Minister of Public Security, China).")
                .contains("The crimes it discusses are drugs, human trafficking, cybercrime, wanted fugitives, "
                        + "terrorism and organised crime.")
                .contains("generated");
        assertThat(VietnameseText.hasVietnameseLetters(digest.titleEn() + digest.summaryEn())).isFalse();
    }

    @Test
    void theDigestSaysWhatTheTwoSidesAgreedOrDidInCompleteSentences() throws Exception {
        String reception = digest("002_319e9fbe4659c530.txt").summaryEn();
        assertThat(reception).startsWith("On 1 December 2023 in Hanoi, Tran Quoc To (Deputy Minister of Public Security, "
                + "Senior Lieutenant General, Vietnam) received Yang Chunlei")
                .contains("The article also names Xi Jinping (President, China).")
                .contains("The two sides agreed to step up their cooperation against high-tech crime");
        // of one kind of action only the first the text holds is said: not "signed a memorandum" and "signed a document"
        String conference = digest("003_1386dbd5f98cd0ee.txt").summaryEn();
        assertThat(conference).containsOnlyOnce("They signed");
        for (String article : Seeds.FIVE) {
            for (String sentence : Sentences.split(digest(article).summaryEn())) {
                assertThat(sentence).as(article).matches("[A-Z].*[.]$");
            }
        }
    }

    @Test
    void figuresAndPlacesComeOutInEnglish() throws Exception {
        // a handover written for the tests: no editor has translated it
        EnglishDigest.Digest digest = digest(SeedVariations.handover());

        assertThat(digest.titleEn()).isEqualTo("Handover: Hoang Van Minh (14 June 2019)");
        assertThat(digest.summaryEn()).startsWith("On 14 June 2019 in Lang Son province, the article reports a handover.")
                .contains("Hoang Van Minh (Deputy Director of Police, Colonel, Vietnam)", "high-tech crime and gambling",
                        "People were handed over to the authorities of the other country.",
                        "The figures it states: 23 Chinese nationals, 6 locations, 41 phones and 12 computers.");
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
