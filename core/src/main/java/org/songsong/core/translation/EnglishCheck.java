package org.songsong.core.translation;

/**
 * What makes an engine's answer unusable as English for a text: nothing, Vietnamese (or another script)
 * left standing, or far more text than the source, which is commentary rather than a translation.
 */
final class EnglishCheck {

    /** Above this share of letters outside ASCII an answer is not English. */
    private static final double MOST_FOREIGN_LETTERS = 0.1;

    private EnglishCheck() {
    }

    /** Why the answer is not an English translation of the source, or null when it may be one. */
    static String problem(String source, String answer) {
        if (answer == null || answer.isBlank()) {
            return "an empty translation";
        }
        int letters = 0;
        int foreign = 0;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c > 0x7F) {
                    foreign++;
                }
            }
        }
        if (letters > 0 && foreign > MOST_FOREIGN_LETTERS * letters) {
            return "an answer that is not English (" + (100 * foreign / letters) + "% of its letters are not English letters)";
        }
        if (answer.length() > 4 * source.length() + 200) {
            return "an answer " + answer.length() / Math.max(1, source.length())
                    + " times as long as its text (commentary, not a translation)";
        }
        return null;
    }
}
