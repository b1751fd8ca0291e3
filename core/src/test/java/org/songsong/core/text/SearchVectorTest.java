package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SearchVectorTest {

    @Test
    void eachWordGetsThePositionsItStandsAtCountingWordsNotCharacters() {
        assertThat(SearchVector.of("bo cong an viet nam va bo cong an trung quoc"))
                .isEqualTo("bo:1,7 cong:2,8 an:3,9 viet:4 nam:5 va:6 trung:10 quoc:11");
    }

    @Test
    void punctuationAndWhatFoldingLeftOutsideAsciiSplitWordsAsASearchSplitsThem() {
        assertThat(SearchVector.of("covid-19, (tp.hcm) 1,5 tan; 公安 bo\ncong an"))
                .isEqualTo("covid:1 19:2 tp:3 hcm:4 1:5 5:6 tan:7 bo:8 cong:9 an:10");
    }

    @Test
    void lettersAndDigitsTogetherAreOneWord() {
        assertThat(SearchVector.of("k02 2023 a1b2 000")).isEqualTo("k02:1 2023:2 a1b2:3 000:4");
    }

    @Test
    void aTextWithoutWordsHasAnEmptyVector() {
        assertThat(SearchVector.of("")).isEmpty();
        assertThat(SearchVector.of(" -- ... \n")).isEmpty();
    }

    @Test
    void aWordKeepsAtMost255Positions() {
        String vector = SearchVector.of("ma tuy ".repeat(300));
        String positions = vector.substring("ma:".length(), vector.indexOf(' '));
        assertThat(positions.split(",")).hasSize(255);
        assertThat(positions).startsWith("1,3,5,").endsWith(",509");
    }

    @Test
    void wordsPastTheLastPositionShareItOnce() {
        String text = IntStream.rangeClosed(1, 16_390).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))
                + " w5 w16384";
        String vector = SearchVector.of(text);
        assertThat(Arrays.asList(vector.split(" "))).contains("w16382:16382", "w16383:16383", "w16384:16383",
                "w16390:16383", "w5:5,16383");
    }

    @Test
    void aWordTooLongToIndexIsLeftOutWithoutTakingAPosition() {
        assertThat(SearchVector.of("a" + "x".repeat(2_046) + " b")).isEqualTo("b:1");
        assertThat(SearchVector.of("x".repeat(2_046) + " b")).isEqualTo("x".repeat(2_046) + ":1 b:2");
    }
}
