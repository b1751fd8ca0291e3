package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RequiredTextTest {

    @Test
    void aPlainPhraseRequiresItself() {
        assertThat(RequiredText.of("ma túy tổng hợp").anyOf()).containsExactly("ma túy tổng hợp");
    }

    @Test
    void theLongestRunOutsideGroupsIsRequired() {
        assertThat(RequiredText.of("lừa đảo (?:qua|trên|bằng) (?:mạng|internet)").anyOf()).containsExactly("lừa đảo ");
        assertThat(RequiredText.of("(?:tội phạm|chống) khung bố").anyOf()).containsExactly(" khung bố");
        assertThat(RequiredText.of("(?:xuất,? )?nhập cảnh trái phép").anyOf()).containsExactly("nhập cảnh trái phép");
        assertThat(RequiredText.of("mạng viễn thông[^.;]{0,60}lừa đảo").anyOf()).containsExactly("mạng viễn thông");
    }

    @Test
    void aCharacterMadeOptionalOrRepeatedIsNotRequired() {
        assertThat(RequiredText.of("phòng,? chống").anyOf()).containsExactly(" chống");
        assertThat(RequiredText.of("cảnh sáts*").anyOf()).containsExactly("cảnh sát");
        assertThat(RequiredText.of("tội phạm (?:về )?kinh tế").anyOf()).containsExactly("tội phạm ");
    }

    @Test
    void anOpeningGroupOfPlainAlternativesRequiresOneOfThem() {
        RequiredText agency = RequiredText.of("(?:Tổng cục|Cục|Phòng)(?iu:(?: cảnh sát)? điều tra)");
        assertThat(agency.anyOf()).containsExactly("Tổng cục", "Cục", "Phòng");
        assertThat(agency.mayMatch("Cục Cảnh sát điều tra")).isTrue();
        assertThat(agency.mayMatch("cục cảnh sát điều tra")).isFalse();
    }

    @Test
    void anAlternationRequiresOneOfWhatItsAlternativesRequire() {
        RequiredText either = RequiredText.of("heroin|thuốc phiện|(?:ma )?túy");
        assertThat(either.anyOf()).containsExactly("heroin", "thuốc phiện", "túy");
        assertThat(either.mayMatch("bắt giữ heroin")).isTrue();
        assertThat(either.mayMatch("không có gì")).isFalse();
        assertThat(RequiredText.of("heroin|[a-z]+").anyOf()).as("an alternative requiring nothing").isEmpty();
        assertThat(RequiredText.of("heroin|[a-z]+").mayMatch("không có gì")).isTrue();
    }

    @Test
    void lowerCaseFormIsForCaseInsensitivePatternsOverLowerCaseText() {
        assertThat(RequiredText.ofLowerCase("ĐTTN").anyOf()).containsExactly("đttn");
    }

    @Test
    void noTextWithAMatchIsEverTurnedAway() {
        // wherever the pattern finds a match, the required text is there
        String[] patterns = { "khủng bố(?! mạng)", "(?:băng|băng nhóm|đường dây) tội phạm", "vũ khí( quân dụng)?",
                "tiền (?:giả|thật)+", "a[bc]?d{1,2}e*f", "x\\.y z", "(?:lừa)? đảo" };
        String[] texts = { "khủng bố", "băng nhóm tội phạm", "vũ khí quân dụng", "tiền giảthật", "ad", "abdddeef",
                "x.y z", " đảo", "lừa đảo", "x y z", "sang thăm", "đã đón bà" };
        for (String regex : patterns) {
            Pattern pattern = Pattern.compile(regex);
            RequiredText required = RequiredText.of(regex);
            for (String text : texts) {
                if (pattern.matcher(text).find()) {
                    assertThat(required.mayMatch(text)).as("%s in %s", regex, text).isTrue();
                }
            }
        }
    }
}
