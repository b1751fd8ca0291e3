package org.songsong.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.songsong.core.text.Patterns;
import org.songsong.core.text.VietnameseText;
import org.songsong.core.text.Words;

/**
 * Teasers of other articles pasted into the body: a headline glued to a lede that repeats its words. The
 * article's own headline, glued to its lede under a banner, is told apart from them and kept.
 */
final class PastedTeasers {

    /** Words that open a sentence of the running text and never a headline ("Thay mặt lãnh đạo Bộ Công an, …"). */
    private static final Pattern SENTENCE_OPENER = Pattern.compile(
            "^(?:thay mặt|theo|tại|trong|với|sau khi|để|nhằm|về phía|phát biểu|trước đó|bên cạnh|ngoài ra|đồng thời|"
                    + "cũng|qua|từ|khi|hiện|dịp này)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PastedTeasers() {
    }

    /**
     * A teaser of another article pasted into the body: its headline glued to its lede, the lede
     * repeating the headline's words ("Việt Nam-Trung Quốc thúc đẩy giao lưu … nhân dân Thường trực Ban
     * Bí thư … thúc đẩy giao lưu giữa các tầng lớp nhân dân.").
     */
    static List<String> dropPastedTeasers(List<String> body, ParseWork w, boolean titled) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String paragraph = body.get(i);
            int headlineEnd = i > 0 || !titled ? gluedHeadlineEnd(paragraph) : -1;
            if (headlineEnd >= 0 && !titled && w.gluedHeadline == null && out.stream().noneMatch(RelatedLinks::isRunningText)) {
                // no headline yet and no text above: the article's own headline glued to its lede, under a banner
                out.forEach(above -> w.warnings.add("dropped page furniture above the headline: '"
                        + Patterns.abbreviate(above, 80) + "'"));
                out.clear();
                w.gluedHeadline = paragraph.substring(0, headlineEnd).trim();
                out.add(paragraph.substring(headlineEnd).trim());
                continue;
            }
            if (i > 0 && headlineEnd >= 0) {
                w.warnings.add("dropped a teaser of another article: '" + Patterns.abbreviate(paragraph, 80) + "'");
                continue;
            }
            out.add(paragraph);
        }
        return out;
    }

    static boolean isGluedTeaser(String paragraph) {
        return gluedHeadlineEnd(paragraph) >= 0;
    }

    /** Where the headline of a headline glued to its lede ends, or -1 when the paragraph is not one. */
    private static int gluedHeadlineEnd(String paragraph) {
        if (paragraph.length() > 2000 || opensASentence(paragraph)) {
            // a teaser is a headline and a lede, never a long text nor a sentence of the article's own
            return -1;
        }
        // a headline ends within the first 25 words and 6 more must follow: the words are the paragraph's
        // first 32 parts between single spaces, the last holding the rest of the paragraph, read in place
        int[] starts = new int[32];
        int parts = 1;
        for (int at = paragraph.indexOf(' '); at >= 0 && parts < starts.length; at = paragraph.indexOf(' ', at + 1)) {
            starts[parts++] = at + 1;
        }
        TeaserKeys keys = null;
        int[] headlineEnds = null;
        for (int k = 4; k <= Math.min(25, parts - 6); k++) {
            int offset = starts[k]; // where the word after the headline starts
            if (starts[k - 1] == offset - 1 || offset == paragraph.length() || paragraph.charAt(offset) == ' '
                    || !Character.isUpperCase(paragraph.codePointAt(offset))
                    || !Character.isLowerCase(paragraph.codePointAt(starts[k - 1]))) {
                continue; // an empty part (two spaces) is no word
            }
            if (headlineEnds == null) {
                headlineEnds = headlineEnds(paragraph);
            }
            // the headline is the paragraph's first offset - 1 characters: punctuation there, on one line, ends the search
            if (headlineEnds[0] < offset - 1 && headlineEnds[1] >= offset - 1) {
                return -1;
            }
            String headline = paragraph.substring(0, offset - 1);
            if (keys == null) {
                keys = new TeaserKeys(paragraph);
            }
            // the keys of the headline and of the rest: parts of the paragraph's key where it lines up with
            // the paragraph, else keys of their own
            String[] headlineWords = (keys.aligned ? keys.key.substring(0, offset - 1)
                    : VietnameseText.matchKey(headline)).split(" ");
            String restKey = keys.aligned ? keys.key : VietnameseText.matchKey(paragraph.substring(offset));
            int restStart = keys.aligned ? offset : 0;
            String tail = String.join(" ", Arrays.copyOfRange(headlineWords,
                    Math.max(0, headlineWords.length - 4), headlineWords.length));
            int shared = 0;
            for (String headlineWord : headlineWords) {
                shared += hasWordFrom(restKey, headlineWord, restStart) ? 1 : 0;
            }
            if (restKey.indexOf(tail, restStart) >= 0 && shared * 2 >= headlineWords.length) {
                return offset - 1;
            }
        }
        return -1;
    }

    static boolean opensASentence(String paragraph) {
        return SENTENCE_OPENER.matcher(paragraph).lookingAt();
    }

    /** Where the paragraph's first headline punctuation and its first line end stand (its length where there is none). */
    private static int[] headlineEnds(String paragraph) {
        int punctuation = paragraph.length();
        for (int i = 0; i < paragraph.length() && punctuation == paragraph.length(); i++) {
            switch (paragraph.charAt(i)) {
                case '.', ',', ';', ':', '!', '?', '…', '“', '”', '"', '(', ')' -> punctuation = i;
                default -> {
                }
            }
        }
        int lineEnd = 0;
        while (lineEnd < paragraph.length() && !Patterns.isLineTerminator(paragraph.charAt(lineEnd))) {
            lineEnd++;
        }
        return new int[] { punctuation, lineEnd };
    }

    /**
     * A paragraph's match key, read once for every place a headline might end in it. When the key is
     * character for character the paragraph's (the paragraph is clean, has no control characters, and
     * lower-casing it changes no length and no letter by its context), the key of the text after a word is
     * that part of the key.
     */
    private static final class TeaserKeys {
        final String key;
        final boolean aligned;

        TeaserKeys(String paragraph) {
            key = VietnameseText.matchKey(paragraph);
            aligned = key.length() == paragraph.length() && paragraph.indexOf('\u03A3') < 0
                    && paragraph.chars().allMatch(c -> c >= ' ') // cleaning trims control characters off a part
                    && paragraph.equals(VietnameseText.clean(paragraph));
        }
    }

    /**
     * {@code word} is one of the words (runs of letters and digits) of {@code key} at {@code from} or after;
     * {@code from} starts a word.
     */
    private static boolean hasWordFrom(String key, String word, int from) {
        if (word.isEmpty() || Words.end(word, 0, word.length()) != word.length()) {
            return false;
        }
        for (int at = key.indexOf(word, from); at >= 0; at = key.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean starts = at == from || !Words.isWordCodePoint(key.codePointBefore(at));
            if (starts && (end == key.length() || !Words.isWordCodePoint(key.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
