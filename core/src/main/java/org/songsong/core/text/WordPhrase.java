package org.songsong.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase found on whole words, as {@code (?<![\p{L}\d])(?:PHRASE)(?![\p{L}\d])} finds it, with the same
 * matches in the same order, but cheaper. A look-behind at the start of an expression is tried at every
 * position of the text, a Unicode category lookup each time; so a phrase that is plain text, or a choice
 * of plain texts ({@code hội nghị|hội thảo}), is looked for with {@link String#indexOf}, and any other
 * runs without the look-behind, which is then checked at the few places the rest matched.
 *
 * <p>Matching is case-sensitive for plain text, and for a {@linkplain #inLowerCase lower-case} phrase
 * the text must be in lower case too (match keys are): then the phrase is lower-cased once instead of
 * every comparison folding case.
 */
public final class WordPhrase {

    /** Every character that gives an expression meaning; a phrase with none of them is plain text. */
    private static final String SPECIAL = "\\^$.|?*+()[]{}";

    private final List<String> alternatives;
    private final Pattern pattern;
    /** For a pattern: texts one of which every match starts with, or null when that is not known. */
    private final List<String> leads;

    private WordPhrase(List<String> alternatives, Pattern pattern, List<String> leads) {
        this.alternatives = alternatives;
        this.pattern = pattern;
        this.leads = leads;
    }

    /** Plain text, matched as written. */
    public static WordPhrase literal(String text) {
        return new WordPhrase(List.of(text), null, null);
    }

    /** A regular expression matched as written (case-sensitive). */
    public static WordPhrase of(String regex) {
        return compile(regex, 0, false);
    }

    /** A regular expression matched case-insensitively against text that is already in lower case. */
    public static WordPhrase inLowerCase(String regex) {
        return compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, true);
    }

    private static WordPhrase compile(String regex, int flags, boolean lowerCase) {
        List<String> plain = plainAlternatives(regex);
        if (plain != null) {
            return new WordPhrase(plain.stream().map(p -> lowerCase ? p.toLowerCase(Locale.ROOT) : p).toList(), null, null);
        }
        List<String> leads = leads(regex);
        return new WordPhrase(List.of(), Pattern.compile("(?:" + regex + ")(?![\\p{L}\\d])", flags),
                leads == null ? null : leads.stream().map(l -> lowerCase ? l.toLowerCase(Locale.ROOT) : l).toList());
    }

    /**
     * Texts one of which every match of {@code regex} starts with, read from its plain opening
     * ({@code khủng bố(?! mạng)}) or its opening choice ({@code (?:Cục|Phòng) …}, {@code (?:đã )?tiếp}),
     * or null when the expression opens otherwise.
     */
    static List<String> leads(String regex) {
        List<String> leads = new ArrayList<>();
        for (String alternative : topLevel(regex)) {
            List<String> of = leadsOfSequence(alternative);
            if (of == null) {
                return null;
            }
            leads.addAll(of);
        }
        return leads.isEmpty() ? null : List.copyOf(leads);
    }

    private static List<String> leadsOfSequence(String sequence) {
        if (sequence.startsWith("(?:")) {
            int close = closingParenthesis(sequence, 0);
            if (close < 0) {
                return null;
            }
            List<String> inside = leads(sequence.substring(3, close));
            char after = close + 1 < sequence.length() ? sequence.charAt(close + 1) : 0;
            if (after == '?' || after == '*') {
                // the group may be absent: a match starts with it or with what follows it
                List<String> rest = after == '?' && close + 2 < sequence.length() && sequence.charAt(close + 2) == '?'
                        ? null : leadsOfSequence(sequence.substring(close + 2));
                if (inside == null || rest == null) {
                    return null;
                }
                List<String> both = new ArrayList<>(inside);
                both.addAll(rest);
                return both;
            }
            return after == '{' ? null : inside;
        }
        int end = 0;
        while (end < sequence.length() && SPECIAL.indexOf(sequence.charAt(end)) < 0) {
            end++;
        }
        if (end < sequence.length() && "?*{".indexOf(sequence.charAt(end)) >= 0) {
            end--; // the quantifier makes the character before it optional
        }
        return end <= 0 ? null : List.of(sequence.substring(0, end));
    }

    /** The top-level alternatives of an expression. */
    private static List<String> topLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /** Where the group opening at {@code open} closes, or -1. */
    private static int closingParenthesis(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The texts of an expression that is a choice of plain texts, or null when it is more than that. */
    private static List<String> plainAlternatives(String regex) {
        List<String> texts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= regex.length(); i++) {
            if (i == regex.length() || regex.charAt(i) == '|') {
                if (i == start) {
                    return null; // an empty alternative matches everywhere
                }
                texts.add(regex.substring(start, i));
                start = i + 1;
            } else if (SPECIAL.indexOf(regex.charAt(i)) >= 0) {
                return null;
            }
        }
        return List.copyOf(texts);
    }

    /** The matches in {@code text}, left to right, as {@link Matcher#find()} gives them. */
    public Finder in(String text) {
        return new Finder(text);
    }

    /** True when {@code text} holds a match. */
    public boolean foundIn(String text) {
        return in(text).find();
    }

    /** Walks the matches of one text. */
    public final class Finder {
        private final String text;
        private final Matcher matcher;
        private int from;
        private int start = -1;
        private int end = -1;

        private Finder(String text) {
            this.text = text;
            // read at one place at a time, a match must see the text around it as a search of the whole does
            this.matcher = pattern == null ? null
                    : pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Moves to the next match; false when there is none. */
        public boolean find() {
            if (from > text.length()) {
                return false;
            }
            boolean found = matcher == null ? findPlain() : findPattern();
            if (!found) {
                from = text.length() + 1;
                start = end = -1;
                return false;
            }
            // an empty match would be found again at the same place: step past it, as Matcher does
            from = end == start ? end + 1 : end;
            return true;
        }

        private boolean findPlain() {
            int bestStart = -1;
            int bestEnd = -1;
            for (String alternative : alternatives) {
                int at = text.indexOf(alternative, from);
                while (at >= 0 && (bestStart < 0 || at < bestStart)) {
                    int stop = at + alternative.length();
                    if (startsWord(text, at) && endsWord(text, stop)) {
                        // the earliest place wins; at one place, the first alternative that fits
                        bestStart = at;
                        bestEnd = stop;
                        break;
                    }
                    at = text.indexOf(alternative, at + 1);
                }
            }
            start = bestStart;
            end = bestEnd;
            return bestStart >= 0;
        }

        private boolean findPattern() {
            if (leads != null) {
                return findAtLeads();
            }
            int at = from;
            while (at <= text.length() && matcher.find(at)) {
                if (startsWord(text, matcher.start())) {
                    start = matcher.start();
                    end = matcher.end();
                    return true;
                }
                at = matcher.start() + 1;
            }
            return false;
        }

        /** Tries the pattern only where a text it starts with stands at the start of a word. */
        private boolean findAtLeads() {
            int at = from;
            while (at <= text.length()) {
                int next = -1;
                for (String lead : leads) {
                    int found = text.indexOf(lead, at);
                    if (found >= 0 && (next < 0 || found < next)) {
                        next = found;
                    }
                }
                if (next < 0) {
                    return false;
                }
                if (startsWord(text, next) && matcher.region(next, text.length()).lookingAt()) {
                    start = matcher.start();
                    end = matcher.end();
                    return true;
                }
                at = next + 1;
            }
            return false;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }
    }

    /** No letter or digit stands just before {@code at}, as {@code (?<![\p{L}\d])} reads it (one char back). */
    static boolean startsWord(String text, int at) {
        return at == 0 || !isWordChar(text.charAt(at - 1));
    }

    /** No letter or digit starts at {@code at}, as {@code (?![\p{L}\d])} reads it (one code point on). */
    static boolean endsWord(String text, int at) {
        return at >= text.length() || !isWordChar(text.codePointAt(at));
    }

    private static boolean isWordChar(int codePoint) {
        return (codePoint >= '0' && codePoint <= '9') || Character.isLetter(codePoint);
    }
}
