package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a paragraph's sentences end: what the digest quotes and the title derived from a lede are cut from. */
class SentencesTest {

    @Test
    void aSentenceEndsAtAStopBeforeACapitalADigitOrAnOpeningQuote() {
        assertThat(Sentences.split("Hai bên hội đàm. Đoàn thăm Hà Nội! 21 đối tượng bị bắt? “Tốt” là lời khen."))
                .containsExactly("Hai bên hội đàm.", "Đoàn thăm Hà Nội!", "21 đối tượng bị bắt?", "“Tốt” là lời khen.");
    }

    @Test
    void aStopBeforeALowerCaseWordOrWithoutSpaceDoesNotEndOne() {
        assertThat(Sentences.split("Giá trị 1.5 tỷ đồng. và hơn thế.Nữa là")).containsExactly(
                "Giá trị 1.5 tỷ đồng. và hơn thế.Nữa là");
    }

    @Test
    void aClosingQuoteOrBracketStaysWithTheSentenceItCloses() {
        assertThat(Sentences.split("Ông nói: “Hợp tác tốt.” Sau đó (bản tin ngắn.) Hết…  Mới"))
                .containsExactly("Ông nói: “Hợp tác tốt.”", "Sau đó (bản tin ngắn.)", "Hết…", "Mới");
    }

    @Test
    void aFullStopAfterAShortAbbreviationDoesNotEndOne() {
        assertThat(Sentences.split("Công an TP. Hà Nội và Q. Ba Đình phối hợp. Kết quả tốt."))
                .containsExactly("Công an TP. Hà Nội và Q. Ba Đình phối hợp.", "Kết quả tốt.");
    }

    @Test
    void aParagraphWithoutAnEndIsOneSentenceAndBlankOnesAreNone() {
        assertThat(Sentences.split("  không có dấu chấm  ")).containsExactly("không có dấu chấm");
        assertThat(Sentences.split("   ")).isEmpty();
    }
}
