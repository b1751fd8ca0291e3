package org.songsong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SearchVectorTest {

    @Test
    void eachWordGetsThePositionsItStandsAtCountingWordsNotCharacters() {
        assertThat(SearchVector.of("bo cong an viet nam va bo cong an trung quoc").literal())
                .isEqualTo("an:3,9 bo:1,7 cong:2,8 nam:5 quoc:11 trung:10 va:6 viet:4");
    }

    @Test
    void punctuationAndWhatFoldingLeftOutsideAsciiSplitWordsAsASearchSplitsThem() {
        assertThat(SearchVector.of("covid-19, (tp.hcm) 1,5 tan; 公安 bo\ncong an").literal())
                .isEqualTo("1:5 19:2 5:6 an:10 bo:8 cong:9 covid:1 hcm:4 tan:7 tp:3");
    }

    @Test
    void lettersAndDigitsTogetherAreOneWord() {
        assertThat(SearchVector.of("k02 2023 a1b2 000").literal()).isEqualTo("000:4 2023:2 a1b2:3 k02:1");
    }

    @Test
    void wordsComeInPostgresOrderByteByByteAPrefixBeforeTheLongerWord() {
        java.util.List<String> words = java.util.List.of("ab", "abc", "abcdefgh", "abcdefghi", "abcdefgha", "abcdefgz",
                "b", "a9", "a0", "9", "10", "1", "abcdefghij", "zzzzzzzzzz");
        String literal = SearchVector.of(String.join(" ", words)).literal();
        assertThat(Arrays.stream(literal.split(" ")).map(w -> w.substring(0, w.indexOf(':'))).toList())
                .isEqualTo(words.stream().sorted().toList());
        String article = "bo cong an viet nam va bo cong an trung quoc hop tac phong chong toi pham ma tuy "
                + "xuyen quoc gia truy na toi pham cong nghe cao lua dao mua ban nguoi 2023 k02";
        assertThat(Arrays.stream(SearchVector.of(article).literal().split(" ")).map(w -> w.substring(0, w.indexOf(':'))))
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void wordsSharingLongOpeningsAndTextsOfTensOfThousandsOfWordsComeInPostgresOrderToo() {
        java.util.Random random = new java.util.Random(2008);
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
        for (int distinct : new int[] { 300, 40_000 }) { // the second beyond what the packed sort indexes
            java.util.Set<String> words = new java.util.LinkedHashSet<>();
            while (words.size() < distinct) {
                // a shared opening of 0-12 characters, then up to 6 more: many ties within the first eight
                StringBuilder word = new StringBuilder("internationalization".substring(0, random.nextInt(13)));
                for (int i = random.nextInt(7); i >= 0; i--) {
                    word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                words.add(word.toString());
            }
            String literal = SearchVector.of(String.join(" ", words)).literal();
            assertThat(Arrays.stream(literal.split(" ")).map(w -> w.substring(0, w.indexOf(':'))).toList())
                    .as("%d distinct words", distinct).isEqualTo(words.stream().sorted().toList());
        }
    }

    @Test
    void theBinaryFormIsWhatPostgresReadsCountsWordsAndPositionsInNetworkOrder() {
        assertThat(SearchVector.of("bo cong bo").binary()).containsExactly(
                0, 0, 0, 2,
                'b', 'o', 0, 0, 2, 0, 1, 0, 3,
                'c', 'o', 'n', 'g', 0, 0, 1, 0, 2);
        assertThat(SearchVector.of("w ".repeat(300)).binary()).startsWith(0, 0, 0, 1, 'w', 0, 0, (byte) 255, 0, 1, 0, 2);
    }

    @Test
    void theSameWordsMakeEqualVectors() {
        assertThat(SearchVector.of("bo, cong an")).isEqualTo(SearchVector.of("bo cong  an")).hasToString("an:3 bo:1 cong:2");
        assertThat(SearchVector.of("bo cong an")).isNotEqualTo(SearchVector.of("cong bo an"));
    }

    @Test
    void aTextWithoutWordsHasAnEmptyVector() {
        assertThat(SearchVector.of("").literal()).isEmpty();
        assertThat(SearchVector.of(" -- ... \n").literal()).isEmpty();
    }

    @Test
    void aWordKeepsAtMost255Positions() {
        String vector = SearchVector.of("ma tuy ".repeat(300)).literal();
        String positions = vector.substring("ma:".length(), vector.indexOf(' '));
        assertThat(positions.split(",")).hasSize(255);
        assertThat(positions).startsWith("1,3,5,").endsWith(",509");
    }

    @Test
    void wordsPastTheLastPositionShareItOnce() {
        String text = IntStream.rangeClosed(1, 16_390).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))
                + " w5 w16384";
        String vector = SearchVector.of(text).literal();
        assertThat(Arrays.asList(vector.split(" "))).contains("w16382:16382", "w16383:16383", "w16384:16383",
                "w16390:16383", "w5:5,16383");
    }

    @Test
    void aWordTooLongToIndexIsLeftOutWithoutTakingAPosition() {
        assertThat(SearchVector.of("a" + "x".repeat(2_046) + " b").literal()).isEqualTo("b:1");
        assertThat(SearchVector.of("x".repeat(2_046) + " b").literal()).isEqualTo("b:2 " + "x".repeat(2_046) + ":1");
    }
}
