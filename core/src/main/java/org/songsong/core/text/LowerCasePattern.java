package org.songsong.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression matched case-insensitively against text already in lower case (match keys are).
 * Where the expression's own letters are lower case and the text holds no letter that folds to another
 * ({@link WordPhrase#hasFoldingLetter}), a case-sensitive match finds the same: it is then used, since it
 * compares characters as they are and skips ahead to an opening plain text, where case-insensitive
 * matching folds the case of each character it tries.
 */
public final class LowerCasePattern {

    private final Pattern insensitive;
    /** Null when the expression holds an upper-case or folding letter of its own. */
    private final Pattern sensitive;

    private LowerCasePattern(Pattern insensitive, Pattern sensitive) {
        this.insensitive = insensitive;
        this.sensitive = sensitive;
    }

    public static LowerCasePattern compile(String regex) {
        Pattern insensitive = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new LowerCasePattern(insensitive, hasCaseOutsideEscapes(regex) ? null : Pattern.compile(regex));
    }

    /** A matcher for {@code text}, which is in lower case. */
    public Matcher matcher(String text) {
        return sensitive != null && !WordPhrase.hasFoldingLetterRemembered(text) ? sensitive.matcher(text)
                : insensitive.matcher(text);
    }

    /** A letter case-insensitive matching would compare otherwise, outside escapes ({@code \p{Lu}}, {@code \D}). */
    static boolean hasCaseOutsideEscapes(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(++i);
                if ((escaped == 'p' || escaped == 'P') && i + 1 < regex.length()) {
                    int close = regex.charAt(i + 1) == '{' ? regex.indexOf('}', i) : i + 1;
                    i = close < 0 ? regex.length() : close;
                } else if (Character.isLetter(escaped) && escaped != 'b' && escaped != 'B' && escaped != 'd'
                        && escaped != 'D' && escaped != 's' && escaped != 'S' && escaped != 'w' && escaped != 'W') {
                    return true; // a quotation, a code point or a back reference: not worth reading, so matched case-insensitively
                }
                continue;
            }
            if (WordPhrase.hasFoldingLetter(String.valueOf(c))) {
                return true;
            }
        }
        return false;
    }
}
