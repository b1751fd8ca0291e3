package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The words the matchers walk: runs of letters and digits, whatever stands between them. */
class WordsTest {

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (int start = Words.nextStart(text, 0, text.length()); start >= 0; ) {
            int end = Words.end(text, start, text.length());
            out.add(text.substring(start, end));
            start = Words.nextStart(text, end, text.length());
        }
        return out;
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWithTheirMarks() {
        assertThat(words("Thứ trưởng Bộ Công an, 2023: Mạnh Khánh-Phong (TQ)."))
                .containsExactly("Thứ", "trưởng", "Bộ", "Công", "an", "2023", "Mạnh", "Khánh", "Phong", "TQ");
    }

    @Test
    void lettersBeyondTheBasicPlaneAreLettersAndOtherDigitsAreNot() {
        // U+20000 is a CJK ideograph written as two chars; "٣" (Arabic-Indic three) is a digit the pattern \d never matched
        assertThat(words("𠀀𠀁 ab٣cd")).containsExactly("𠀀𠀁", "ab", "cd");
    }

    @Test
    void aLimitEndsTheWalkInsideAWord() {
        assertThat(Words.end("Công an", 0, 2)).isEqualTo(2);
        assertThat(Words.nextStart("  , ", 0, 4)).isEqualTo(-1);
        assertThat(Words.nextStart("ab cd", 2, 3)).isEqualTo(-1);
    }
}
