package org.songsong.core.text;

import java.util.Arrays;

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
        Words words = new Words(folded);
        int length = folded.length();
        int position = 0;
        int i = 0;
        while (i < length) {
            while (i < length && !isWordCharacter(folded.charAt(i))) {
                i++;
            }
            int start = i;
            int hash = 0;
            while (i < length && isWordCharacter(folded.charAt(i))) {
                hash = 31 * hash + folded.charAt(i);
                i++;
            }
            if (i == start || i - start >= TOO_LONG) {
                continue;
            }
            position++;
            words.positionsOf(start, i, hash).add(Math.min(position, LAST_POSITION));
        }
        StringBuilder literal = new StringBuilder(length + length / 4);
        words.appendTo(literal);
        return literal.toString();
    }

    /**
     * The distinct words of a text, in the order they first appear, as spans of the text in an
     * open-addressing table: a word seen before costs a probe, not a substring and a map entry (an article
     * has about 800 words, half of them repeats).
     */
    private static final class Words {
        private final String text;
        private int[] slots = new int[256]; // index into the word arrays + 1; 0 for an empty slot
        private int[] starts = new int[128];
        private int[] ends = new int[128];
        private int[] hashes = new int[128];
        private Positions[] positions = new Positions[128];
        private int count;

        Words(String text) {
            this.text = text;
        }

        Positions positionsOf(int start, int end, int hash) {
            int mask = slots.length - 1;
            int slot = spread(hash) & mask;
            while (slots[slot] != 0) {
                int w = slots[slot] - 1;
                if (hashes[w] == hash && ends[w] - starts[w] == end - start
                        && text.regionMatches(starts[w], text, start, end - start)) {
                    return positions[w];
                }
                slot = (slot + 1) & mask;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
                positions = Arrays.copyOf(positions, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            hashes[count] = hash;
            positions[count] = new Positions();
            slots[slot] = ++count;
            if (count * 2 > slots.length) {
                rehash();
            }
            return positions[count - 1];
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int w = 0; w < count; w++) {
                int slot = spread(hashes[w]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = w + 1;
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        void appendTo(StringBuilder literal) {
            for (int w = 0; w < count; w++) {
                if (w > 0) {
                    literal.append(' ');
                }
                literal.append(text, starts[w], ends[w]).append(':');
                positions[w].appendTo(literal);
            }
        }
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
