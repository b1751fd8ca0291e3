package org.songsong.core.text;

/**
 * Words as the pattern {@code [\p{L}\d]+} finds them (runs of letters and ASCII digits), read in place: the
 * matchers walk the words of every paragraph, and a pattern's matcher cost more than the walk.
 */
public final class Words {

    /** Which ASCII characters are word characters: most of a Vietnamese text's characters are ASCII. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
            ASCII_WORD[Character.toUpperCase(c)] = true;
        }
    }

    private Words() {
    }

    /** A letter, or a digit 0-9. */
    public static boolean isWordCodePoint(int codePoint) {
        return codePoint < 0x80 ? ASCII_WORD[codePoint] : Character.isLetter(codePoint);
    }

    /** Where the next word at {@code from} or after, and before {@code limit}, starts; -1 where none does. */
    public static int nextStart(String text, int from, int limit) {
        int at = from;
        while (at < limit) {
            char c = text.charAt(at);
            if (c < 0x80) {
                if (ASCII_WORD[c]) {
                    return at;
                }
                at++;
                continue;
            }
            int codePoint = Character.isSurrogate(c) ? text.codePointAt(at) : c;
            if (Character.isLetter(codePoint)) {
                return at;
            }
            at += Character.charCount(codePoint);
        }
        return -1;
    }

    /** Where the word starting at {@code start} ends, at {@code limit} at the latest. */
    public static int end(String text, int start, int limit) {
        int at = start;
        while (at < limit) {
            char c = text.charAt(at);
            if (c < 0x80) {
                if (!ASCII_WORD[c]) {
                    return at;
                }
                at++;
                continue;
            }
            int codePoint = Character.isSurrogate(c) ? text.codePointAt(at) : c;
            if (!Character.isLetter(codePoint)) {
                return at;
            }
            at += Character.charCount(codePoint);
        }
        return limit;
    }
}
