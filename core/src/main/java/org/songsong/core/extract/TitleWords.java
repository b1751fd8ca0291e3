package org.songsong.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.songsong.core.text.Words;

/**
 * The titles and ranks that introduce a holder of office, indexed by their first word: finding the titles
 * in a clause walks its words once instead of searching it for each of the hundred-odd titles, which was
 * the matcher's largest cost.
 */
final class TitleWords {

    private final List<String> longestFirst;
    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    /** The same, by the first word as the titles write it: a title in the same case starts with it. */
    private final Map<String, List<String>> byFirstWordAsWritten = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    TitleWords(List<String> longestFirst) {
        if (longestFirst.stream().anyMatch(title -> !Character.isUpperCase(title.charAt(0)))) {
            throw new IllegalArgumentException("titles are written with a capital: " + longestFirst);
        }
        this.longestFirst = List.copyOf(longestFirst);
        for (String title : longestFirst) {
            order.putIfAbsent(title, order.size());
            String first = title.substring(0, Words.end(title, 0, title.length()));
            byFirstWord.computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(title);
            byFirstWordAsWritten.computeIfAbsent(first, k -> new ArrayList<>()).add(title);
        }
    }

    List<String> all() {
        return longestFirst;
    }

    /** The longest title written at {@code at} (in the same case; a word may follow it directly), or null. */
    String startingAt(String text, int at) {
        for (String title : candidatesAt(text, at)) {
            if (text.startsWith(title, at)) {
                return title;
            }
        }
        return null;
    }

    /** A title in any case stands at {@code at} as whole words. */
    boolean wholeTitleAtIgnoringCase(String text, int at) {
        for (String title : candidatesAt(text, at)) {
            int end = at + title.length();
            if (text.regionMatches(true, at, title, 0, title.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A title found in a text. */
    record Occurrence(String title, int order, int start) {

        int end() {
            return start + title.length();
        }
    }

    /** Every title standing in {@code text} as whole words, in the same case: longest titles first, then in reading order. */
    List<Occurrence> occurrences(String text) {
        List<Occurrence> found = new ArrayList<>();
        for (int start = Words.nextStart(text, 0, text.length()); start >= 0; ) {
            int end = Words.end(text, start, text.length());
            // every title is written with a capital: a word in lower case opens none in the same case
            List<String> titles = Character.isUpperCase(text.charAt(start))
                    ? byFirstWordAsWritten.get(text.substring(start, end)) : null;
            if (titles != null) {
                for (String title : titles) {
                    int titleEnd = start + title.length();
                    if (text.startsWith(title, start)
                            && (titleEnd == text.length() || !Character.isLetterOrDigit(text.charAt(titleEnd)))) {
                        found.add(new Occurrence(title, order.get(title), start));
                    }
                }
            }
            start = Words.nextStart(text, end, text.length());
        }
        found.sort(Comparator.comparingInt(Occurrence::order).thenComparingInt(Occurrence::start));
        return found;
    }

    /** Where each title last stands in {@code text} as whole words, in the same case. */
    Map<String, Integer> lastOccurrences(String text) {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrences(text)) {
            last.put(occurrence.title(), occurrence.start()); // in reading order within a title: the last stays
        }
        return last;
    }

    private List<String> candidatesAt(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return List.of();
        }
        int end = Words.end(text, at, text.length());
        if (end == at) {
            return List.of();
        }
        return byFirstWord.getOrDefault(text.substring(at, end).toLowerCase(Locale.ROOT), List.of());
    }
}
