package org.songsong.core.text;

import java.util.stream.IntStream;

/**
 * The pairs of adjacent characters a text holds, as bits of a small table. A literal none of whose pairs
 * is missing may occur in the text; one that needs a pair the text lacks cannot, so a matcher that looks
 * for hundreds of names or phrases in each paragraph asks the table first and runs {@link String#indexOf}
 * only for the few that pass. Scanning a paragraph once to fill the table costs about what two of those
 * searches cost; the table answers each literal with a few bit tests.
 */
public final class CharPairs {

    /** 4,096 bits: a long paragraph (600 distinct pairs) sets about a seventh of them. */
    private static final int SLOT_BITS = 12;

    private final String text;
    private final long[] bits = new long[(1 << SLOT_BITS) / 64];

    private CharPairs(String text) {
        this.text = text;
    }

    /** The pairs of {@code text}. */
    public static CharPairs of(String text) {
        CharPairs pairs = new CharPairs(text);
        long[] bits = pairs.bits;
        for (int i = 1; i < text.length(); i++) {
            int slot = slot(text.charAt(i - 1), text.charAt(i));
            bits[slot >>> 6] |= 1L << slot;
        }
        return pairs;
    }

    /** A text to look for, with the slots of its pairs worked out once. */
    public static final class Literal {
        private final String text;
        private final int[] slots;

        private Literal(String text) {
            this.text = text;
            this.slots = IntStream.range(1, text.length())
                    .map(i -> slot(text.charAt(i - 1), text.charAt(i))).distinct().toArray();
        }

        public String text() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    public static Literal literal(String text) {
        return new Literal(text);
    }

    /** False only when {@code literal} certainly does not occur in the text these pairs are of. */
    public boolean mayContain(Literal literal) {
        for (int slot : literal.slots) {
            if ((bits[slot >>> 6] & (1L << slot)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text these pairs are of contains {@code literal}. */
    public boolean contains(Literal literal) {
        return mayContain(literal) && text.contains(literal.text);
    }

    private static int slot(char first, char second) {
        return ((first << 16 | second) * 0x9E3779B9) >>> (32 - SLOT_BITS);
    }
}
