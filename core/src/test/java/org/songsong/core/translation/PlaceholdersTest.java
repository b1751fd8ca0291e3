package org.songsong.core.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final Glossary GLOSSARY = new Glossary(List.of(
            new Glossary.Term("Tô Lâm", "To Lam", Glossary.Kind.NAME),
            new Glossary.Term("Bộ Công an", "Ministry of Public Security", Glossary.Kind.AGENCY),
            new Glossary.Term("mua bán người", "human trafficking", Glossary.Kind.CRIME)));

    private static Placeholders.Masked mask(String text) {
        return Placeholders.mask(text, GLOSSARY.find(text));
    }

    @Test
    void hidesEachTermBehindANumberedToken() {
        Placeholders.Masked masked = mask("Bộ trưởng Tô Lâm làm việc tại Bộ Công an về chống mua bán người.");
        assertThat(masked.text()).isEqualTo("Bộ trưởng [X0X] làm việc tại [X1X] về chống [X2X].");
        assertThat(masked.english()).containsExactly("To Lam", "Ministry of Public Security", "human trafficking");
    }

    @Test
    void restoresTokensTheEngineMovedSpacedOutOrLowerCased() {
        Placeholders.Masked masked = mask("Bộ trưởng Tô Lâm làm việc tại Bộ Công an.");
        assertThat(masked.restore("At the [ x1 X ], Minister [X0X] worked.")).contains(
                "At the Ministry of Public Security, Minister To Lam worked.");
    }

    @Test
    void refusesAnAnswerThatLostRepeatedOrInventedAToken() {
        Placeholders.Masked masked = mask("Bộ trưởng Tô Lâm làm việc tại Bộ Công an.");
        assertThat(masked.restore("Minister [X0X] worked.")).isEmpty();
        assertThat(masked.restore("Minister [X0X] and [X0X] at [X1X].")).isEmpty();
        assertThat(masked.restore("Minister [X0X] at [X1X] with [X7X].")).isEmpty();
    }

    @Test
    void aTextWithoutTermsIsSentAsItIs() {
        Placeholders.Masked masked = mask("Hai bên trao đổi kinh nghiệm.");
        assertThat(masked.text()).isEqualTo("Hai bên trao đổi kinh nghiệm.");
        assertThat(masked.restore("The two sides shared experience.")).contains("The two sides shared experience.");
    }
}
