package org.songsong.core.text;

/**
 * Words as the pattern {@code [\p{L}\d]+} finds them (runs of letters and ASCII digits), read in place: the
 * matchers walk the words of every paragraph, and a pattern's matcher cost more than the walk.
 */
public final class Words {

    private Words() {
    }

    /** A letter, or a digit 0-9. */
    public static boolean isWordCodePoint(int codePoint) {
        return (codePoint >= '0' && codePoint <= '9') || Character.isLetter(codePoint);
    }

    /** Where the next word at {@code from} or after, and before {@code limit}, starts; -1 where none does. */
    public static int nextStart(String text, int from, int limit) {
        int at = from;
        while (at < limit) {
            int c = text.codePointAt(at);
            if (isWordCodePoint(c)) {
                return at;
            }
            at += Character.charCount(c);
        }
        return -1;
    }

    /** Where the word starting at {@code start} ends, at {@code limit} at the latest. */
    public static int end(String text, int start, int limit) {
        int at = start;
        while (at < limit) {
            int c = text.codePointAt(at);
            if (!isWordCodePoint(c)) {
                return at;
            }
            at += Character.charCount(c);
        }
        return limit;
    }
}
