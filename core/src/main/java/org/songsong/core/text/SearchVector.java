package org.songsong.core.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The full-text vector of a folded search text, as PostgreSQL's {@code tsvector} reads it in its binary
 * form, with its text literal for people and tests. A word is a run of {@code a-z} and {@code 0-9}: the
 * folded text's other characters separate words, as they separate a search's words
 * ({@code ArticleFilter.foldedQuery}), so "covid-19" is indexed as the two words a search for it is made of.
 *
 * <p>The vector is what {@code to_tsvector('simple', words)} makes of those words joined by spaces: each
 * word its position, counted from 1; no position above 16,383 (later words all share it); at most 255
 * positions a word; words of 2,047 characters or more left out without a position. Computing it here
 * spares the database its text parser, which cost it about 1 ms of CPU for an article's 5 KB of text.
 * Sending it in the binary form spares it the literal's parser too, which took about 0.12 ms an article:
 * {@code tsvectorrecv} reads counts and positions as they are and sorts the words itself.
 * {@code SearchVectorAgreesWithPostgresTest} holds both forms to PostgreSQL's own vectors.
 */
public final class SearchVector {

    /** PostgreSQL's {@code MAXENTRYPOS - 1}: later words are all given this position. */
    static final int LAST_POSITION = 16_383;
    /** PostgreSQL's {@code MAXNUMPOS - 1}: the positions kept for one word. */
    static final int POSITIONS_PER_WORD = 255;
    /**
     * PostgreSQL's {@code MAXSTRLEN}: a word this long or longer is not indexed (PostgreSQL 15.20 indexes a
     * word of exactly this length, earlier 15.x releases did not; no article has such a word).
     */
    static final int TOO_LONG = 2_047;

    /**
     * The binary form: the number of words (int32), then for each word, in PostgreSQL's order, its
     * ASCII bytes and a zero byte, its number of positions (uint16) and each position (uint16; weight D,
     * PostgreSQL's default, is zero in the top two bits). All numbers in network byte order.
     */
    private final byte[] binary;

    private SearchVector(byte[] binary) {
        this.binary = binary;
    }

    /** The vector of the words of {@code folded}, a text already folded ({@link VietnameseText#fold}). */
    public static SearchVector of(String folded) {
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
        return new SearchVector(words.binary());
    }

    /** The value as a binary {@code COPY} or a binary parameter sends it: what {@code tsvectorrecv} reads. */
    public byte[] binary() {
        return binary.clone();
    }

    /** Writes the binary form into {@code target} at {@code offset}; it takes {@link #binaryLength()} bytes. */
    public void copyBinaryTo(byte[] target, int offset) {
        System.arraycopy(binary, 0, target, offset, binary.length);
    }

    public int binaryLength() {
        return binary.length;
    }

    /** The {@code tsvector} literal of the same vector ({@code bo:1,7 cong:2,8}), as PostgreSQL prints it. */
    public String literal() {
        StringBuilder literal = new StringBuilder(binary.length + binary.length / 2);
        int words = readInt(0);
        int at = 4;
        for (int w = 0; w < words; w++) {
            int end = wordEnd(at);
            literal.append(w > 0 ? " " : "").append(new String(binary, at, end - at, StandardCharsets.US_ASCII));
            int positions = readShort(end + 1);
            at = end + 3;
            for (int p = 0; p < positions; p++, at += 2) {
                literal.append(p > 0 ? ',' : ':').append(readShort(at));
            }
        }
        return literal.toString();
    }

    /** Each distinct word of the vector that {@code known} does not hold, in PostgreSQL's order. */
    public void forEachWordNotIn(SearchWordSet known, Consumer<String> action) {
        int words = readInt(0);
        int at = 4;
        for (int w = 0; w < words; w++) {
            int end = wordEnd(at);
            if (!known.contains(binary, at, end)) {
                action.accept(new String(binary, at, end - at, StandardCharsets.US_ASCII));
            }
            at = end + 3 + 2 * readShort(end + 1);
        }
    }

    /** Where the word that starts at {@code at} ends: its terminating zero byte. */
    private int wordEnd(int at) {
        int end = at;
        while (binary[end] != 0) {
            end++;
        }
        return end;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchVector that && Arrays.equals(binary, that.binary);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(binary);
    }

    @Override
    public String toString() {
        return literal();
    }

    private int readInt(int at) {
        return (binary[at] & 0xff) << 24 | (binary[at + 1] & 0xff) << 16 | (binary[at + 2] & 0xff) << 8
                | (binary[at + 3] & 0xff);
    }

    private int readShort(int at) {
        return (binary[at] & 0xff) << 8 | (binary[at + 1] & 0xff);
    }

    /**
     * The distinct words of a text, in the order they first appear, as spans of the text in an
     * open-addressing table: a word seen before costs a probe, not a substring and a map entry (an article
     * has about 800 words, half of them repeats).
     */
    private static final class Words {
        /** Bits of a word's index below its opening: 8 characters of 6 bits and these fit in a positive long. */
        private static final int INDEX_BITS = 15;
        private static final int MAX_PACKED_WORDS = (1 << INDEX_BITS) - 1;

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

        /**
         * The words' indexes in PostgreSQL's order for lexemes (byte by byte, a prefix before the longer
         * word): a vector received in that order is stored as it comes, where another order has the
         * database sort it, and sort it again to index it (its sort returns at once on sorted input).
         * <p>
         * Each word becomes one number, its first eight characters (six bits each, in the order of their
         * bytes; none past its end) above its index, so sorting the numbers sorts the words by their
         * openings; words that share all eight are put in order by the rest of their characters. Sorting
         * the numbers takes a fraction of sorting the indexes with a comparison of the words.
         */
        int[] inByteOrder() {
            if (count > MAX_PACKED_WORDS) {
                return inByteOrderCompared();
            }
            long[] packed = new long[count];
            for (int w = 0; w < count; w++) {
                packed[w] = opening(w) << INDEX_BITS | w;
            }
            Arrays.sort(packed);
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = (int) (packed[i] & MAX_PACKED_WORDS);
            }
            for (int i = 1, runStart = 0; i <= count; i++) {
                if (i == count || packed[i] >>> INDEX_BITS != packed[runStart] >>> INDEX_BITS) {
                    if (i - runStart > 1) {
                        orderRun(order, runStart, i);
                    }
                    runStart = i;
                }
            }
            return order;
        }

        /** The first eight characters of word {@code w}, six bits each, the first highest; 0 past its end. */
        private long opening(int w) {
            long opening = 0;
            for (int c = 0; c < 8; c++) {
                opening = opening << 6 | (starts[w] + c < ends[w] ? code(text.charAt(starts[w] + c)) : 0);
            }
            return opening;
        }

        /** Digits before letters, as their bytes are; 0 is left for "no character". */
        private static int code(char c) {
            return c <= '9' ? c - '0' + 1 : c - 'a' + 11;
        }

        /** Words with the same opening, in order by the rest: a few at a time, so an insertion sort. */
        private void orderRun(int[] order, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int word = order[i];
                int j = i - 1;
                while (j >= from && compare(order[j], word) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = word;
            }
        }

        /** The same order for a text of more distinct words than the numbers leave room to index. */
        private int[] inByteOrderCompared() {
            Integer[] order = new Integer[count];
            for (int w = 0; w < count; w++) {
                order[w] = w;
            }
            Arrays.sort(order, this::compare);
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }

        /** Byte by byte (the words are ASCII), a prefix before the longer word. */
        private int compare(int a, int b) {
            int lengthA = ends[a] - starts[a];
            int lengthB = ends[b] - starts[b];
            for (int c = 0; c < Math.min(lengthA, lengthB); c++) {
                int difference = text.charAt(starts[a] + c) - text.charAt(starts[b] + c);
                if (difference != 0) {
                    return difference;
                }
            }
            return Integer.compare(lengthA, lengthB);
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

        byte[] binary() {
            int size = 4;
            for (int w = 0; w < count; w++) {
                size += ends[w] - starts[w] + 1 + 2 + 2 * positions[w].count;
            }
            byte[] out = new byte[size];
            putInt(out, 0, count);
            int at = 4;
            for (int w : inByteOrder()) {
                for (int c = starts[w]; c < ends[w]; c++) {
                    out[at++] = (byte) text.charAt(c); // a word is ASCII letters and digits
                }
                out[at++] = 0;
                at = positions[w].writeTo(out, at);
            }
            return out;
        }
    }

    private static void putInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >>> 24);
        out[at + 1] = (byte) (value >>> 16);
        out[at + 2] = (byte) (value >>> 8);
        out[at + 3] = (byte) value;
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

        int writeTo(byte[] out, int at) {
            out[at++] = (byte) (count >>> 8);
            out[at++] = (byte) count;
            for (int i = 0; i < count; i++) {
                out[at++] = (byte) (values[i] >>> 8);
                out[at++] = (byte) values[i];
            }
            return at;
        }
    }
}
