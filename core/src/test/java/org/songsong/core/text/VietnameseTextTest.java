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
    void everyRunOfWhiteSpaceOfAnyKindBecomesOneSpaceAsTheRegularExpressionWouldHaveIt() {
        // the hand-written pass must agree with the plain definition on any mix of spaces, tabs and text
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
        String alphabet = "a ô\t\n\r\u000B\f\u00A0\u2007\u202F\u200B\uFEFF\u0001Đ";
        java.util.Random random = new java.util.Random(2008);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = spaces.matcher(text).replaceAll(" ").trim();
            assertThat(VietnameseText.clean(text.toString())).as("clean(%s)", text).isEqualTo(expected);
        }
    }

    @Test
    void aKeyIsTheSameWhenItsTextIsAskedForAgain() {
        String text = "Bộ trưởng Tô Lâm hội đàm với Ủy viên Quốc vụ Triệu Khắc Chí";
        String first = VietnameseText.matchKey(text);
        assertThat(VietnameseText.matchKey(new String(text))).isEqualTo(first).isEqualTo(
                "bộ trưởng tô lâm hội đàm với ủy viên quốc vụ triệu khắc chí");
        assertThat(VietnameseText.toneKey(text)).isEqualTo("Bộ trưởng Tô Lâm hội đàm với Ủy viên Quốc vụ Triệu Khắc Chí");
    }

    @Test
    void foldingRemovesDiacriticsAndTheStrokedD() {
        assertThat(VietnameseText.fold("Tô Lâm")).isEqualTo("to lam");
        assertThat(VietnameseText.fold("Đà Nẵng")).isEqualTo("da nang");
        assertThat(VietnameseText.fold("Triệu Khắc Chí")).isEqualTo("trieu khac chi");
    }

    @Test
    void foldingByTableGivesWhatDecomposingGivesForEveryCharacterAndEveryArticle() throws Exception {
        StringBuilder everything = new StringBuilder();
        for (char c = 0; c < 0x2100; c++) {
            if (!Character.isSurrogate(c)) {
                // each character alone, after a letter, and before combining marks (decomposed input)
                everything.append(c).append('a').append(c).append("o\u0302\u0301").append(c).append("\u0323 ");
            }
        }
        // every character the table holds, folded by the table (nothing in it needs the long way)
        String text = everything.toString();
        assertThat(VietnameseText.foldKeepingCase(text))
                .isEqualTo(VietnameseText.foldDecomposing(VietnameseText.clean(text)));
        assertThat(VietnameseText.fold(text)).isEqualTo(VietnameseText.foldKeepingCase(text).toLowerCase(java.util.Locale.ROOT));
        // a capital sigma lower-cases by its place in the word: the text goes the long way
        assertThat(VietnameseText.fold("ΟΔΟΣ ΣΟΦΙΑ")).isEqualTo("οδος σοφια");
        // characters beyond it, each sending its text the long way
        for (String beyond : java.util.List.of("Hồ Chí Minh ﬁ", "Hồ 가", "Hồ \uD835\uDC00 Σ", "“Hồ” ǅ №")) {
            assertThat(VietnameseText.foldKeepingCase(beyond))
                    .isEqualTo(VietnameseText.foldDecomposing(VietnameseText.clean(beyond)));
            assertThat(VietnameseText.fold(beyond)).isEqualTo(VietnameseText.foldKeepingCase(beyond).toLowerCase(java.util.Locale.ROOT));
        }
        for (java.nio.file.Path file : org.songsong.core.testing.Seeds.articles()) {
            String article = java.nio.file.Files.readString(file);
            assertThat(VietnameseText.foldKeepingCase(article)).as(file.toString())
                    .isEqualTo(VietnameseText.foldDecomposing(VietnameseText.clean(article)));
            assertThat(VietnameseText.fold(article)).as(file.toString())
                    .isEqualTo(VietnameseText.foldKeepingCase(article).toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void foldingIntoADocumentWritesWhatFoldingGivesOrLeavesTheTextToTheLongWay() throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "   ", " \u00A0Hồ  Chí\tMinh\u200B ",
                "Tho\u0302\u0301 decomposed", "ΟΔΟΣ ΣΟΦΙΑ", "ctrl\u0001char", "\u0001edge\u0002", "Hồ 가 \uD835\uDC00",
                "“Hồ” ǅ № ﬁ", "Đặng\r\nThị"));
        for (java.nio.file.Path file : org.songsong.core.testing.Seeds.articles()) {
            texts.addAll(java.nio.file.Files.readString(file).lines().toList());
        }
        int plain = 0;
        for (String text : texts) {
            char[] document = "before|".concat(" ".repeat(text.length())).toCharArray();
            int end = VietnameseText.foldInto(document, 7, text);
            if (end >= 0) {
                plain++;
                assertThat(new String(document, 0, end)).as(text).isEqualTo("before|" + VietnameseText.fold(text));
            }
        }
        // the articles' lines are plain but for a few; the edge cases above are not
        assertThat(plain).isGreaterThan(texts.size() * 9 / 10);
        for (String text : java.util.List.of("Tho\u0302\u0301", "ΟΔΟΣ", "ctrl\u0001char", "가", "\uD835\uDC00", "ﬁ", "\uFFFD")) {
            assertThat(VietnameseText.foldInto(new char[text.length()], 0, text)).as(text).isEqualTo(-1);
        }
    }

    @Test
    void slugsAreLowerCaseAsciiWithHyphensAndCutAtAWord() {
        assertThat(VietnameseText.slug("Triệu Khắc Chí", 80)).isEqualTo("trieu-khac-chi");
        assertThat(VietnameseText.slug("Việt Nam-Trung Quốc: hợp tác!", 80)).isEqualTo("viet-nam-trung-quoc-hop-tac");
        assertThat(VietnameseText.slug("Bộ Công an Việt Nam và Trung Quốc hội đàm cấp cao", 20))
                .isEqualTo("bo-cong-an-viet-nam");
    }

    @Test
    void aSyllableTakenAsItIsIsTheOneToneMarkPlacementWouldGive() throws java.io.IOException {
        java.util.Set<String> syllables = new java.util.TreeSet<>();
        for (java.nio.file.Path file : org.songsong.core.testing.Seeds.articles()) {
            String lower = VietnameseText.clean(java.nio.file.Files.readString(file)).toLowerCase(java.util.Locale.ROOT);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(lower);
            while (m.find()) {
                syllables.add(m.group());
            }
        }
        // the spellings the shortcut must send the long way: tone marks that can move, letters it does not know
        syllables.addAll(java.util.List.of("uỷ", "ủy", "hoà", "hòa", "tuý", "túy", "quý", "giá", "gì", "ç", "ǹ"));
        int shortcut = 0;
        for (String syllable : syllables) {
            if (VietnameseText.isCanonical(syllable, 0, syllable.length())) {
                shortcut++;
                assertThat(VietnameseText.canonicalSyllable(syllable)).as(syllable).isEqualTo(syllable);
            }
        }
        assertThat(VietnameseText.isCanonical("uỷ", 0, 2)).isFalse();
        assertThat(VietnameseText.isCanonical("hoà", 0, 3)).isFalse();
        assertThat(shortcut).as("syllables taken as they are").isGreaterThan(syllables.size() / 2);
    }

    @Test
    void aTextTakenAsNfcWithoutTheNormaliserIsOne() {
        for (char c = 0; c < 0x2200; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            // the character alone, after letters it could combine with, and before a combining mark
            for (String text : java.util.List.of("x" + c + "y", "a" + c, "A" + c + "\u0301", "\u1100" + c, "o" + c + "\u0323")) {
                if (VietnameseText.isSurelyNfc(text)) {
                    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("U+%04X in %s", (int) c, text).isTrue();
                }
            }
        }
        assertThat(VietnameseText.isSurelyNfc("Bộ Công an “Trung Quốc” – Tô Lâm…")).isTrue();
        assertThat(VietnameseText.isSurelyNfc("To\u0302 La\u0302m")).isFalse();
    }

    @Test
    void theMatchKeyIsTheLowerCasedTextCutIntoSyllablesEvenWhereLowerCasingChangesALength() throws java.io.IOException {
        // İ lower-cases to i and a combining dot, which is no letter: the syllable is cut there
        assertThat(VietnameseText.matchKey("İHOÀ")).isEqualTo(VietnameseText.lowerCasedFirstMatchKey("İHOÀ"));
        assertThat(VietnameseText.matchKey("İHOÀ")).isEqualTo("i\u0307hòa");
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("ΟΔΟΣ.Α", "Ủy ban", "HOÀ BÌNH", "ǅemal"));
        for (java.nio.file.Path file : org.songsong.core.testing.Seeds.articles()) {
            java.nio.file.Files.readString(file).lines().forEach(texts::add);
        }
        for (String text : texts) {
            assertThat(VietnameseText.matchKey(text)).as(text).isEqualTo(VietnameseText.lowerCasedFirstMatchKey(text));
            // the case-keeping key moves tone marks only: every letter keeps its case where the length holds
            String cleaned = VietnameseText.clean(text);
            String toneKey = VietnameseText.toneKey(text);
            if (toneKey.length() == cleaned.length()) {
                for (int i = 0; i < cleaned.length(); i++) {
                    assertThat(Character.isUpperCase(toneKey.charAt(i))).as("%s at %d", text, i)
                            .isEqualTo(Character.isUpperCase(cleaned.charAt(i)));
                }
            }
        }
        assertThat(VietnameseText.toneKey("Phó Chủ tịch UỶ BAN Hoà Bình")).isEqualTo("Phó Chủ tịch ỦY BAN Hòa Bình");
    }
}
