package org.songsong.core.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full-text vector of a folded search text, written as a PostgreSQL {@code tsvector} literal. A word
 * is a run of {@code a-z} and {@code 0-9}: the folded text's other characters separate words, as they
 * separate a search's words ({@code ArticleFilter.foldedQuery}), so "covid-19" is indexed as the two
 * words a search for it is made of.
 *
 * <p>The literal is what {@code to_tsvector('simple', words)} makes of those words joined by spaces: each
 * word its position, counted from 1; no position above 16,383 (later words all share it); at most 255
 * positions a word; words of 2,047 characters or more left out without a position. Computing it here
 * spares the database its text parser, which cost it about 1 ms of CPU for an article's 5 KB of text;
 * reading the literal costs it a quarter of that. {@code SearchVectorAgreesWithPostgresTest} holds the
 * two to the same vectors.
 */
public final class SearchVector {

    /** PostgreSQL's {@code MAXENTRYPOS - 1}: later words are all given this position. */
    static final int LAST_POSITION = 16_383;
    /** PostgreSQL's {@code MAXNUMPOS - 1}: the positions kept for one word. */
    static final int POSITIONS_PER_WORD = 255;
    /** PostgreSQL's {@code MAXSTRLEN}: a word this long or longer is not indexed. */
    static final int TOO_LONG = 2_047;

    private SearchVector() {
    }

    /** The literal for the words of {@code folded}, a text already folded ({@link VietnameseText#fold}). */
    public static String of(String folded) {
        Map<String, Positions> words = new LinkedHashMap<>();
        int position = 0;
        int length = folded.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isWordCharacter(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && isWordCharacter(folded.charAt(i))) {
                i++;
            }
            if (i == start || i - start >= TOO_LONG) {
                continue;
            }
            position++;
            words.computeIfAbsent(folded.substring(start, i), w -> new Positions())
                    .add(Math.min(position, LAST_POSITION));
        }
        StringBuilder literal = new StringBuilder(length + length / 4);
        for (Map.Entry<String, Positions> word : words.entrySet()) {
            if (!literal.isEmpty()) {
                literal.append(' ');
            }
            literal.append(word.getKey()).append(':');
            word.getValue().appendTo(literal);
        }
        return literal.toString();
    }

    private static boolean isWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** A word's positions, ascending, without repeats (positions past the last one all collapse into it). */
    private static final class Positions {
        private int[] values = new int[4];
        private int count;

        void add(int position) {
            if (count == POSITIONS_PER_WORD || (count > 0 && values[count - 1] == position)) {
                return;
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, Math.min(count * 2, POSITIONS_PER_WORD));
            }
            values[count++] = position;
        }

        void appendTo(StringBuilder literal) {
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    literal.append(',');
                }
                literal.append(values[i]);
            }
        }
    }
}
