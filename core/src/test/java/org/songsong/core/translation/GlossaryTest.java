package org.songsong.core.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;

class GlossaryTest {

    private static final Glossary GLOSSARY = Glossary.of(KnowledgeBase.load(), DigestVocabulary.load());

    private static List<String> english(String text) {
        return GLOSSARY.find(text).stream().map(f -> f.term().english()).toList();
    }

    @Test
    void findsNamesTitlesRanksAndAgenciesOfTheKnowledgeBase() {
        assertThat(english("Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đã hội đàm với Bộ trưởng Bộ Công an Trung Quốc "
                + "Triệu Khắc Chí tại Bắc Kinh."))
                .containsExactly("General", "To Lam", "Minister of Public Security", "Minister of Public Security of China",
                        "Zhao Kezhi", "Beijing");
    }

    @Test
    void theLongestTermWinsWhereTermsOverlap() {
        assertThat(english("Đoàn công tác Bộ Công an Trung Quốc đến Hà Nội")).containsExactly(
                "Ministry of Public Security of China", "Hanoi");
        assertThat(english("Đoàn công tác Bộ Công an đến Hà Nội")).containsExactly("Ministry of Public Security", "Hanoi");
    }

    @Test
    void readsTermsWhateverTheCaseAndWhereverTheToneMarkSits() {
        assertThat(english("ông Uỷ viên Bộ Chính trị")).contains("Member of the Politburo");
        assertThat(english("BỘ CÔNG AN TRUNG QUỐC")).containsExactly("Ministry of Public Security of China");
        assertThat(english("phòng, chống tội phạm ma tuý")).containsExactly("drug crime");
    }

    @Test
    void aTypoTheKnowledgeBaseKnowsStillNamesTheOfficial() {
        assertThat(english("ông Quách Thành Côn")).containsExactly("Guo Shengkun");
    }

    @Test
    void takesOnlyWholeWords() {
        assertThat(english("Tô Lâmm và Hà Nộii")).isEmpty();
        assertThat(english("chống ma túy tổng hợp")).containsExactly("synthetic drugs");
    }

    @Test
    void substitutesTheEnglishFormCapitalisingAtTheStartOfASentence() {
        assertThat(GLOSSARY.substitute("Khủng bố là mối đe dọa. Hai bên chống khủng bố."))
                .isEqualTo("Terrorism là mối đe dọa. Hai bên chống terrorism.");
    }

    @Test
    void enforcesTheEnglishFormOnTermsAnEngineLeftInVietnamese() {
        assertThat(GLOSSARY.enforce("Minister Tô Lâm received Triệu Khắc Chí in Hà Nội."))
                .isEqualTo("Minister To Lam received Zhao Kezhi in Hanoi.");
        String english = "Minister To Lam received Zhao Kezhi in Hanoi.";
        assertThat(GLOSSARY.enforce(english)).isSameAs(english);
    }

    @Test
    void aTermWhoseFirstWordHasPunctuationIsFound() {
        assertThat(english("Đoàn công tác đến TP.HCM ngày 3/5")).containsExactly("Ho Chi Minh City");
    }

    @Test
    void anOfficeIsNeverGivenAnotherCountrysName() {
        // the knowledge base's "Chủ tịch nước" is "President of Vietnam": China's president is not
        assertThat(english("Chủ tịch nước Trung Quốc Tập Cận Bình")).doesNotContain("President of Vietnam")
                .contains("Xi Jinping");
    }

    @Test
    void aProvincesNameLeavesTheWordProvinceToTheEngine() {
        assertThat(english("Công an tỉnh Quảng Ninh")).containsExactly("Quang Ninh");
    }

    @Test
    void aNameIsAPersonsOnlyWhenWrittenAsANameAndNotTheStartOfALongerOne() {
        assertThat(english("ông Hoàng Minh Tuấn, Trưởng phòng")).isEmpty();
        assertThat(english("ông Hoàng Minh, Trưởng phòng")).containsExactly("Huang Ming");
        assertThat(english("hoàng minh")).isEmpty();
    }
}
