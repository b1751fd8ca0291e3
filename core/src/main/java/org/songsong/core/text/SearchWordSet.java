package org.songsong.core.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of search words (ASCII letters and digits, as {@link SearchVector} makes them) that the words of
 * a vector are looked up in as the bytes they are: an import asks it for every distinct word of every
 * article it writes (about 400 an article), and a String and a hash-map lookup for each cost the writer's
 * thread about a fifth of its time. Not safe for use by several threads at once.
 */
public final class SearchWordSet {

    private byte[][] words = new byte[1024][];
    private int[] hashes = new int[1024];
    private int size;

    public void add(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.US_ASCII);
        int hash = hash(bytes, 0, bytes.length);
        int slot = find(bytes, 0, bytes.length, hash);
        if (words[slot] != null) {
            return;
        }
        words[slot] = bytes;
        hashes[slot] = hash;
        if (++size * 2 > words.length) {
            grow();
        }
    }

    public boolean contains(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.US_ASCII);
        return contains(bytes, 0, bytes.length);
    }

    /** Whether the set holds the word of {@code bytes[from, to)}. */
    boolean contains(byte[] bytes, int from, int to) {
        return words[find(bytes, from, to, hash(bytes, from, to))] != null;
    }

    public int size() {
        return size;
    }

    /** The slot that holds the word, or the empty slot where it would go. */
    private int find(byte[] bytes, int from, int to, int hash) {
        int mask = words.length - 1;
        int slot = (hash ^ hash >>> 16) & mask;
        while (words[slot] != null
                && (hashes[slot] != hash || !Arrays.equals(words[slot], 0, words[slot].length, bytes, from, to))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        byte[][] oldWords = words;
        int[] oldHashes = hashes;
        words = new byte[oldWords.length * 2][];
        hashes = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int slot = (oldHashes[i] ^ oldHashes[i] >>> 16) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int hash(byte[] bytes, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash;
    }
}
