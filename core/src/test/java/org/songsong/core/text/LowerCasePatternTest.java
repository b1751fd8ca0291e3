package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A pattern for lower-case text finds what the case-insensitive pattern finds, on any text. */
class LowerCasePatternTest {

    private static List<String> found(Matcher matcher) {
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.start() + ":" + matcher.group());
        }
        return found;
    }

    @Test
    void itFindsWhatTheCaseInsensitivePatternFinds() {
        List<String> patterns = List.of("cao điểm truy nã(?: tội phạm)? (?:lần thứ|lần) (?<number>\\d+|[\\p{L}]+)",
                "hội nghị bộ trưởng asean ?[-–+] ?trung quốc[^.;]{0,80}?(?:lần thứ|lần) (?<number>\\d+|[\\p{L}]+)",
                "^(?:người trung quốc|công dân trung quốc)(?![\\p{L}\\d])", "ASEAN \\d+", "\\x61sean");
        List<String> texts = List.of("tổng kết cao điểm truy nã tội phạm lần thứ 3, cao điểm truy nã lần hai",
                "hội nghị bộ trưởng asean - trung quốc về tội phạm xuyên quốc gia lần thứ 7",
                "hội nghị bộ trưởng aſean - trung quốc lần 2", "người trung quốc bị bắt", "asean 10 và ASEAN 11",
                "cao điểm truy nã lần thứ ıı", "");
        for (String regex : patterns) {
            LowerCasePattern lowerCase = LowerCasePattern.compile(regex);
            Pattern insensitive = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String text : texts) {
                assertThat(found(lowerCase.matcher(text))).as(regex + " in " + text)
                        .isEqualTo(found(insensitive.matcher(text)));
            }
        }
        assertThat(found(LowerCasePattern.compile("aſean").matcher("asean"))).containsExactly("0:asean");
    }

    @Test
    void onlyLettersOfItsOwnOutsideEscapesKeepAPatternCaseInsensitive() {
        assertThat(LowerCasePattern.hasCaseOutsideEscapes("lần (?<number>\\d+|[\\p{L}]+)\\s\\P{Lu}\\b")).isFalse();
        assertThat(LowerCasePattern.hasCaseOutsideEscapes("hội nghị ASEAN")).isTrue();
        assertThat(LowerCasePattern.hasCaseOutsideEscapes("aſean")).isTrue();
        assertThat(LowerCasePattern.hasCaseOutsideEscapes("\\x41")).isTrue();
    }
}
