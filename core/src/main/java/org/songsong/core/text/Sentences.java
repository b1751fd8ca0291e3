package org.songsong.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Where the sentences of a paragraph end: for the parser, the digest's summaries and the reader's snippets. */
public final class Sentences {

    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{1,3}\\.");

    private Sentences() {
    }

    /** Sentences of a paragraph; a full stop after a short abbreviation ("TP.", "Q.") does not end one. */
    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int length = paragraph.length();
        // a scan, not a pattern: a look-behind tried at every character was a tenth of the parser's time.
        // A sentence ends at . ! ? or …, then an optional closing quote or bracket and whitespace, before a
        // capital, a digit or an opening quote.
        for (int i = 0; i < length; i++) {
            if (!endsSentence(paragraph.charAt(i))) {
                continue;
            }
            int end = i + 1;
            int next = end < length && closesQuote(paragraph.charAt(end)) ? end + 1 : end;
            int spaces = next;
            while (next < length && Patterns.isSpace(paragraph.charAt(next))) {
                next++;
            }
            if (next == spaces || next == length || !opensSentence(paragraph.codePointAt(next))) {
                continue;
            }
            i = next - 1;
            String upToStop = paragraph.substring(start, end).trim();
            if (ABBREVIATION.matcher(upToStop.substring(upToStop.lastIndexOf(' ') + 1)).matches()) {
                continue;
            }
            // the closing quote or bracket belongs to the sentence it closes
            out.add(paragraph.substring(start, spaces).trim());
            start = next;
        }
        String rest = paragraph.substring(start).trim();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean closesQuote(char c) {
        return c == '”' || c == '"' || c == '’' || c == ')';
    }

    private static boolean opensSentence(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER || (c >= '0' && c <= '9') || c == '“' || c == '"';
    }
}
