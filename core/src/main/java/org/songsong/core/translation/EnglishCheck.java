package org.songsong.core.translation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.songsong.core.text.VietnameseText;

/**
 * What makes an engine's answer unusable as English for a text: nothing; another script (the engine
 * answered in Chinese); Vietnamese (most words with Vietnamese letters, where a translation has only a few
 * names with them); the text handed back, which shares most of its words with the source where a
 * translation shares only names and numbers; or far more text than the source, which is commentary rather
 * than a translation. Vietnamese names an engine leaves in a translation are no reason to refuse it.
 */
final class EnglishCheck {

    /** Above this share of letters outside the Latin script an answer is not English. */
    private static final double MOST_OTHER_SCRIPT = 0.1;
    /** Above this share of words with a letter only Vietnamese uses, an answer is Vietnamese, not names in English. */
    private static final double MOST_VIETNAMESE_WORDS = 0.4;
    /** Above this share of its words found in the source an answer of several words is the source again. */
    private static final double MOST_SOURCE_WORDS = 0.6;
    private static final int FEWEST_WORDS_COMPARED = 5;

    private EnglishCheck() {
    }

    /** Why the answer is not an English translation of the source, or null when it may be one. */
    static String problem(String source, String answer) {
        if (answer == null || answer.isBlank()) {
            return "an empty translation";
        }
        // an article quotes Chinese now and then (a banner, a caption): what the source has may stay
        double otherScript = otherScriptShare(answer);
        if (otherScript > otherScriptShare(source) + MOST_OTHER_SCRIPT) {
            return "an answer that is not English (" + Math.round(100 * otherScript) + "% of its letters are not Latin)";
        }
        String[] written = answer.split("[^\\p{L}\\p{N}]+");
        long vietnamese = Arrays.stream(written).filter(VietnameseText::hasVietnameseLetters).count();
        long all = Arrays.stream(written).filter(w -> !w.isEmpty()).count();
        if (all >= 3 && vietnamese > MOST_VIETNAMESE_WORDS * all) {
            return "an answer in Vietnamese (" + vietnamese + " of its " + all + " words)";
        }
        Set<String> words = words(answer);
        if (words.size() >= FEWEST_WORDS_COMPARED && VietnameseText.hasVietnameseLetters(source)) {
            Set<String> sourceWords = words(source);
            long shared = words.stream().filter(sourceWords::contains).count();
            if (shared > MOST_SOURCE_WORDS * words.size()) {
                return "an answer that repeats the Vietnamese (" + shared + " of its words are the text's own)";
            }
        }
        if (answer.length() > 4 * source.length() + 200) {
            return "an answer " + answer.length() / Math.max(1, source.length())
                    + " times as long as its text (commentary, not a translation)";
        }
        return null;
    }

    /** The share of a text's letters in a script other than Latin. */
    private static double otherScriptShare(String text) {
        int letters = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c > 0x24F && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    other++;
                }
            }
        }
        return letters == 0 ? 0 : (double) other / letters;
    }

    /** The distinct words of a text, folded: "Tô Lâm" and "To Lam" are the same words. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : VietnameseText.fold(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
