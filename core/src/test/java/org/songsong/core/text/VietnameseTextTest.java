package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void bothToneMarkPlacementsGiveTheSameKey() {
        assertThat(VietnameseText.matchKey("Uỷ ban")).isEqualTo(VietnameseText.matchKey("Ủy ban"));
        assertThat(VietnameseText.matchKey("ma tuý")).isEqualTo(VietnameseText.matchKey("ma túy"));
        assertThat(VietnameseText.matchKey("hoà bình")).isEqualTo(VietnameseText.matchKey("hòa bình"));
        assertThat(VietnameseText.matchKey("khoẻ")).isEqualTo(VietnameseText.matchKey("khỏe"));
        assertThat(VietnameseText.matchKey("thuỷ")).isEqualTo(VietnameseText.matchKey("thủy"));
    }

    @Test
    void distinctWordsKeepDistinctKeys() {
        assertThat(VietnameseText.matchKey("Thanh")).isNotEqualTo(VietnameseText.matchKey("Thành"));
        assertThat(VietnameseText.matchKey("quý")).isNotEqualTo(VietnameseText.matchKey("quỳ"));
        assertThat(VietnameseText.matchKey("người")).isEqualTo("người");
        assertThat(VietnameseText.matchKey("Hoàng")).isEqualTo("hoàng");
        assertThat(VietnameseText.matchKey("giữ")).isEqualTo("giữ");
    }

    @Test
    void decomposedAndComposedTextAreTheSame() {
        String composed = "Triệu Khắc Chí, Ủy viên Quốc vụ";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.clean(decomposed)).isEqualTo(composed);
        assertThat(VietnameseText.matchKey(decomposed)).isEqualTo(VietnameseText.matchKey(composed));
    }

    @Test
    void nonBreakingAndRepeatedSpacesBecomeOneSpace() {
        assertThat(VietnameseText.clean("VOV.VN -\u00A0Sau  hội đàm\u202F")).isEqualTo("VOV.VN - Sau hội đàm");
    }

    @Test
    void foldingRemovesDiacriticsAndTheStrokedD() {
        assertThat(VietnameseText.fold("Tô Lâm")).isEqualTo("to lam");
        assertThat(VietnameseText.fold("Đà Nẵng")).isEqualTo("da nang");
        assertThat(VietnameseText.fold("Triệu Khắc Chí")).isEqualTo("trieu khac chi");
    }

    @Test
    void slugsAreLowerCaseAsciiWithHyphensAndCutAtAWord() {
        assertThat(VietnameseText.slug("Triệu Khắc Chí", 80)).isEqualTo("trieu-khac-chi");
        assertThat(VietnameseText.slug("Việt Nam-Trung Quốc: hợp tác!", 80)).isEqualTo("viet-nam-trung-quoc-hop-tac");
        assertThat(VietnameseText.slug("Bộ Công an Việt Nam và Trung Quốc hội đàm cấp cao", 20))
                .isEqualTo("bo-cong-an-viet-nam");
    }
}
