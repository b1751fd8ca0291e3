package org.songsong.core.text;

import java.util.regex.Pattern;

/** Small helpers for compiled patterns, so code that runs on every article never compiles one. */
public final class Patterns {

    private Patterns() {
    }

    /**
     * What {@code text.matches(".*" + pattern + ".*")} answers, without compiling that expression at
     * each call: {@code .} does not match a line terminator, so the text must be a single line.
     */
    public static boolean foundOnOneLine(Pattern pattern, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineTerminator(c)) {
                return false;
            }
        }
        return pattern.matcher(text).find();
    }

    /** What ends a line for a pattern's {@code .} and {@code $} (without UNIX_LINES). */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** What {@code \s} matches in a pattern without Unicode classes: the scans that replace patterns agree with them. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code text} cut to at most {@code max} characters, an ellipsis marking the cut: for messages quoting input. */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "…";
    }
}
