package org.songsong.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.songsong.core.knowledge.CategoryEntry;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.testing.Seeds;

class WordPhraseTest {

    private static final String WORD_START = "(?<![\\p{L}\\d])";
    private static final String WORD_END = "(?![\\p{L}\\d])";

    @Test
    void everyKnowledgeBasePhraseFindsWhatItsRegularExpressionFindsInTheRealArticles() throws IOException {
        KnowledgeBase knowledge = KnowledgeBase.load();
        List<String> lowerCasePhrases = new ArrayList<>();
        knowledge.categories().stream().map(CategoryEntry::phrases).forEach(lowerCasePhrases::addAll);
        DigestVocabulary vocabulary = DigestVocabulary.load();
        vocabulary.eventKinds().forEach(k -> lowerCasePhrases.add(k.pattern()));
        vocabulary.roles().forEach(r -> lowerCasePhrases.add(r.pattern()));
        List<String> lines = realLines();
        int compared = 0;
        for (String phrase : lowerCasePhrases) {
            String regex = VietnameseText.toneKey(phrase);
            Pattern expected = Pattern.compile(WORD_START + "(?:" + regex + ")" + WORD_END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            WordPhrase actual = WordPhrase.inLowerCase(regex);
            for (String line : lines) {
                String key = VietnameseText.matchKey(line);
                compared += assertSameMatches(expected, actual, key, phrase);
            }
        }
        for (String agency : knowledge.agencyNames()) {
            String regex = VietnameseText.toneKey(agency);
            Pattern expected = Pattern.compile(WORD_START + "(?:" + regex + ")" + WORD_END);
            WordPhrase actual = WordPhrase.of(regex);
            for (String line : lines) {
                compared += assertSameMatches(expected, actual, VietnameseText.toneKey(line), agency);
            }
        }
        // the five seeds alone hold some 300 matches; the outside corpus, where it is, adds many more
        int enough = Seeds.outsideCorpus().isPresent() ? 500 : 250;
        assertTrue(compared > enough, "the real articles hold few matches to compare: " + compared);
    }

    @Test
    void wordEdgesAreTheRegularExpressionsOnes() {
        String[] texts = { "ma túy", "chất ma túy.", "mama túy", "ma túyx", "ma túy2", "1ma túy", "(ma túy)",
                "ma túy ma túy", "", "ma", "ma túy\uD835\uDC00", "\uD835\uDC00ma túy" };
        for (String regex : List.of("ma túy", "ma túy|ma", "ma(?: túy)?", "(?:đã )?ma túy", "túy|ma túy")) {
            Pattern expected = Pattern.compile(WORD_START + "(?:" + regex + ")" + WORD_END);
            for (String text : texts) {
                assertSameMatches(expected, WordPhrase.of(regex), text, regex);
            }
        }
    }

    @Test
    void thePlaceOfAChoiceIsTheEarliestAndAtOnePlaceTheFirstAlternativeThatFits() {
        WordPhrase.Finder finder = WordPhrase.of("băng|băng nhóm").in("một băng nhóm lớn");
        assertTrue(finder.find());
        assertEquals(4, finder.start());
        assertEquals(8, finder.end(), "'băng' fits at its place, as the regular expression's first choice");
        assertFalse(finder.find());
    }

    @Test
    void aPatternIsTriedOnlyWhereItsOpeningTextStands() {
        assertEquals(List.of("khủng bố"), WordPhrase.leads("khủng bố(?! mạng)"));
        assertEquals(List.of("xuất", "nhập cảnh trái phép"), WordPhrase.leads("(?:xuất,? )?nhập cảnh trái phép"));
        assertEquals(List.of("Cục", "Phòng"), WordPhrase.leads("(?:Cục|Phòng)(?iu: quản lý)"));
        assertEquals(List.of("mạng viễn thôn"), WordPhrase.leads("mạng viễn thông?"));
        assertNull(WordPhrase.leads("[^.]{0,4}lừa đảo"), "an expression that opens with a class has no opening text");
        assertNull(WordPhrase.leads("(?iu:cục) x"), "flags change what the opening text matches");
        assertNull(WordPhrase.leads("(?:ma túy){2}"));
    }

    @Test
    void aPatternTriedAtItsOpeningTextStillSeesTheTextAroundIt() {
        // both open with a text, so each is tried at that text alone; its look-arounds reach outside it
        for (String regex : List.of("khủng bố(?<=chống khủng bố)", "khủng bố(?=$)", "khủng bố(?! và)")) {
            Pattern expected = Pattern.compile(WORD_START + "(?:" + regex + ")" + WORD_END);
            assertSameMatches(expected, WordPhrase.of(regex), "phòng chống khủng bố và khủng bố", regex);
        }
    }

    @Test
    void syntaxTheLeadsDoNotFollowRunsTheWholeExpression() {
        Map<String, String> cases = Map.of(
                "a(?i)b|c", "C",
                "a\\Q(\\E|b", "b",
                "a[](]b|c", "c",
                "a[[x](]b|c", "c",
                "a\uD835\uDC00?b", "ab",
                "(?:x)*?y|z", "y z");
        cases.forEach((regex, text) -> assertSameMatches(
                Pattern.compile(WORD_START + "(?:" + regex + ")" + WORD_END), WordPhrase.of(regex), text, regex));
    }

    @Test
    void lowerCaseLettersThatFoldToAnotherMatchAsCaseInsensitiveMatchingMatchesThem() {
        for (String regex : List.of("sim", "sim(?: card)?", "ſim", "µg", "ma túy")) {
            Pattern expected = Pattern.compile(WORD_START + "(?:" + regex + ")" + WORD_END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String text : List.of("ſim", "sim", "ım", "μg", "µg", "ma túy", "ma tÚy", "\uD835\uDC00 sim")) {
                assertSameMatches(expected, WordPhrase.inLowerCase(regex), text, regex);
            }
        }
    }

    @Test
    void anEmptyNameIsFoundAtEveryWordStartAndTheSearchEnds() {
        Pattern expected = Pattern.compile(WORD_START + "(?:)" + WORD_END);
        for (String text : List.of("", "ab", "a b", "ab.")) {
            assertSameMatches(expected, WordPhrase.literal(""), text, "the empty name");
        }
    }

    private static int assertSameMatches(Pattern expected, WordPhrase actual, String text, String what) {
        List<String> want = new ArrayList<>();
        Matcher m = expected.matcher(text);
        while (m.find()) {
            want.add(m.start() + "-" + m.end());
        }
        List<String> got = new ArrayList<>();
        WordPhrase.Finder f = actual.in(text);
        while (f.find()) {
            got.add(f.start() + "-" + f.end());
        }
        assertEquals(want, got, () -> "'" + what + "' in: " + text);
        return want.size();
    }

    private static List<String> realLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : Seeds.articles()) {
            Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        return lines;
    }
}
