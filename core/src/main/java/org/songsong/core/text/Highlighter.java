package org.songsong.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a text that a search matched, whatever their diacritics or case ("to lam" marks
 * "Tô Lâm"). The result is a list of plain segments, so the page escapes every one of them.
 */
public final class Highlighter {

    /** A run of text, marked or not. */
    public record Segment(String text, boolean mark) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d]+");

    private Highlighter() {
    }

    /** The words of a search, folded; one-letter words are too common to mark. */
    public static Set<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        if (query != null) {
            for (String word : VietnameseText.fold(query).split("[^a-z0-9]+")) {
                if (word.length() >= 2) {
                    terms.add(word);
                }
            }
        }
        return terms;
    }

    public static List<Segment> segments(String text, Set<String> terms) {
        List<Segment> segments = new ArrayList<>();
        if (text == null) {
            return segments;
        }
        if (terms.isEmpty()) {
            segments.add(new Segment(text, false));
            return segments;
        }
        Matcher m = WORD.matcher(text);
        int plainFrom = 0;
        while (m.find()) {
            if (terms.contains(VietnameseText.fold(m.group()))) {
                if (m.start() > plainFrom) {
                    segments.add(new Segment(text.substring(plainFrom, m.start()), false));
                }
                segments.add(new Segment(m.group(), true));
                plainFrom = m.end();
            }
        }
        if (plainFrom < text.length()) {
            segments.add(new Segment(text.substring(plainFrom), false));
        }
        return segments;
    }

    public static boolean matches(String text, Set<String> terms) {
        return segments(text, terms).stream().anyMatch(Segment::mark);
    }
}
