package org.songsong.core.events;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.songsong.core.text.VietnameseText;

/**
 * A report's text reduced to what tells a copy from another report: the MinHash of its four-word shingles.
 * Two fingerprints estimate the Jaccard similarity of their shingle sets to within about ±0.06 (64
 * hashes), and, with the shingle counts, how much of the shorter text the longer one contains, which
 * finds a republication cut short at the end. Words are compared without diacritics or case, so a copy that
 * lost its tone marks in a content system is still a copy.
 */
public record TextFingerprint(int[] minHashes, int shingles) {

    public static final int HASHES = 64;
    static final int SHINGLE_WORDS = 4;
    private static final long[] SEEDS = seeds();

    public static TextFingerprint of(List<String> paragraphs) {
        String[] words = Arrays.stream(VietnameseText.fold(String.join(" ", paragraphs)).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        int[] minimum = new int[HASHES];
        Arrays.fill(minimum, Integer.MAX_VALUE);
        int count = 0;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            long shingle = 1125899906842597L;
            for (int w = i; w < i + SHINGLE_WORDS; w++) {
                shingle = 31 * shingle + words[w].hashCode();
            }
            if (!seen.add(shingle)) {
                continue;
            }
            count++;
            for (int h = 0; h < HASHES; h++) {
                int value = (int) (mix(shingle ^ SEEDS[h]) >>> 33);
                if (value < minimum[h]) {
                    minimum[h] = value;
                }
            }
        }
        return new TextFingerprint(minimum, count);
    }

    /** The estimated share of shingles the two texts have in common, of all the shingles either has. */
    public double jaccard(TextFingerprint other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            if (minHashes[h] == other.minHashes[h]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The estimated share of the shorter text's shingles that the other text has too. */
    public double containment(TextFingerprint other) {
        double j = jaccard(other);
        if (j == 0) {
            return 0;
        }
        double common = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1, common / Math.min(shingles, other.shingles));
    }

    public byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(4 * (HASHES + 1));
        buffer.putInt(shingles);
        for (int value : minHashes) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    public static TextFingerprint fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int shingles = buffer.getInt();
        int[] hashes = new int[HASHES];
        for (int h = 0; h < HASHES; h++) {
            hashes[h] = buffer.getInt();
        }
        return new TextFingerprint(hashes, shingles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFingerprint f && f.shingles == shingles && Arrays.equals(f.minHashes, minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minHashes) + shingles;
    }

    @Override
    public String toString() {
        return "TextFingerprint[" + shingles + " shingles]";
    }

    /** SplitMix64's finaliser: spreads every input bit over the output, so one seed per hash gives independent hashes. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5EED5046L;
        for (int h = 0; h < HASHES; h++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[h] = mix(state);
        }
        return seeds;
    }
}
