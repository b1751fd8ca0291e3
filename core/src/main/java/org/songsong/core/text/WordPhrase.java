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
 * every comparison folding case. The few lower-case letters that fold to another one (ſ, ı, ς, µ …) would
 * match differently, so a text or phrase that holds one is searched with the full expression.
 */
public final class WordPhrase {

    /** Every character that gives an expression meaning; a phrase with none of them is plain text. */
    private static final String SPECIAL = "\\^$.|?*+()[]{}";

    private final List<String> alternatives;
    private final Pattern pattern;
    /** For a pattern: texts one of which every match starts with, or null when that is not known. */
    private final List<String> leads;
    /** For a lower-case phrase: the whole expression, for a text with a letter that folds to another. */
    private final Pattern exact;

    private WordPhrase(List<String> alternatives, Pattern pattern, List<String> leads, Pattern exact) {
        this.alternatives = alternatives;
        this.pattern = pattern;
        this.leads = leads;
        this.exact = exact;
    }

    /** Plain text, matched as written. */
    public static WordPhrase literal(String text) {
        if (text.isEmpty()) {
            // found (empty) at every word start; as a plain text it would be found at one place forever
            return new WordPhrase(List.of(), Pattern.compile("(?![\\p{L}\\d])"), null, null);
        }
        return new WordPhrase(List.of(text), null, null, null);
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
        Pattern exact = lowerCase ? Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d])", flags) : null;
        List<String> plain = plainAlternatives(regex);
        if (plain != null && lowerCase) {
            plain = plain.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        }
        if (plain != null && !(lowerCase && plain.stream().anyMatch(WordPhrase::hasFoldingLetter))) {
            return new WordPhrase(plain, null, null, exact);
        }
        List<String> leads = leads(regex);
        if (leads != null && lowerCase) {
            leads = leads.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
            if (leads.stream().anyMatch(WordPhrase::hasFoldingLetter)) {
                leads = null;
            }
        }
        return new WordPhrase(List.of(), Pattern.compile("(?:" + regex + ")(?![\\p{L}\\d])", flags), leads, exact);
    }

    /**
     * True when the text holds a character that case-insensitive matching takes for another one: a letter
     * that folds to a different lower case (ſ to s, ı to i, ς to σ), an upper-case letter, or a surrogate.
     */
    static boolean hasFoldingLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < FOLDS.length ? FOLDS[c] : Character.isSurrogate(c) || foldsToAnother(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean foldsToAnother(char c) {
        return Character.toLowerCase(Character.toUpperCase(c)) != c;
    }

    /** {@link #foldsToAnother} for the characters of Vietnamese text and its punctuation, looked up. */
    private static final boolean[] FOLDS = new boolean[0x2100];

    static {
        for (char c = 0; c < FOLDS.length; c++) {
            FOLDS[c] = !Character.isSurrogate(c) && foldsToAnother(c);
        }
    }

    /** The last text a thread asked about, and the answer: a text is searched for many phrases in a row. */
    private static final ThreadLocal<Object[]> LAST_TEXT_CHECKED = ThreadLocal.withInitial(() -> new Object[2]);

    static boolean hasFoldingLetterRemembered(String text) {
        Object[] last = LAST_TEXT_CHECKED.get();
        if (last[0] != text) {
            last[0] = text;
            last[1] = hasFoldingLetter(text);
        }
        return (Boolean) last[1];
    }

    /**
     * Texts one of which every match of {@code regex} starts with, read from its plain opening
     * ({@code khủng bố(?! mạng)}) or its opening choice ({@code (?:Cục|Phòng) …}, {@code (?:đã )?tiếp}),
     * or null when the expression opens otherwise.
     */
    static List<String> leads(String regex) {
        return plainSyntax(regex) ? leadsOf(regex) : null;
    }

    /**
     * False for syntax the reading of leads does not follow: quoting ({@code \Q…\E}), inline flags
     * that hold for all that follows ({@code (?i)}; a group of its own, {@code (?iu:…)}, is never read as
     * a lead), and classes that open with {@code ]} or hold another class.
     */
    private static boolean plainSyntax(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    return false;
                }
                i++;
            } else if (c == '[') {
                if (inClass || regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
                    return false;
                }
                inClass = true;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '(' && regex.startsWith("?", i + 1)) {
                int j = i + 2;
                while (j < regex.length() && (Character.isLetter(regex.charAt(j)) || regex.charAt(j) == '-')) {
                    j++;
                }
                if (j > i + 2 && j < regex.length() && regex.charAt(j) == ')') {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> leadsOf(String regex) {
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
            List<String> inside = leadsOf(sequence.substring(3, close));
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
            // the quantifier makes the character before it optional, both halves of a surrogate pair
            end -= end >= 2 && Character.isLowSurrogate(sequence.charAt(end - 1))
                    && Character.isHighSurrogate(sequence.charAt(end - 2)) ? 2 : 1;
        }
        return end <= 0 ? null : List.of(sequence.substring(0, end));
    }

    /** The top-level alternatives of an expression. */
    private static List<String> topLevel(String regex) {
        int[] depths = syntaxDepths(regex);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depths[i] == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /** Where the group opening at {@code open} closes, or -1. */
    private static int closingParenthesis(String regex, int open) {
        int[] depths = syntaxDepths(regex);
        if (depths[open] == NO_SYNTAX) {
            return -1;
        }
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depths[i] == depths[open]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For each character of an expression, the depth of the groups it stands in (a parenthesis counts as
     * outside its own group; a stray one can make it negative), or {@link #NO_SYNTAX} where it is escaped or
     * inside a class.
     */
    private static final int NO_SYNTAX = Integer.MIN_VALUE;

    private static int[] syntaxDepths(String regex) {
        int[] depths = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                depths[i] = NO_SYNTAX;
                if (i + 1 < regex.length()) {
                    depths[++i] = NO_SYNTAX;
                }
            } else if (inClass || c == '[') {
                inClass = inClass ? c != ']' : true;
                depths[i] = NO_SYNTAX;
            } else {
                depth -= c == ')' ? 1 : 0;
                depths[i] = depth;
                depth += c == '(' ? 1 : 0;
            }
        }
        return depths;
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
        /** The matcher runs the whole expression, look-behind included. */
        private final boolean wholeExpression;
        private int from;
        private int start = -1;
        private int end = -1;

        private Finder(String text) {
            this.text = text;
            // read at one place at a time, a match must see the text around it as a search of the whole does
            if (exact != null && hasFoldingLetterRemembered(text)) {
                this.matcher = exact.matcher(text);
                this.wholeExpression = true;
            } else {
                this.matcher = pattern == null ? null
                        : pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                this.wholeExpression = false;
            }
        }

        /** Moves to the next match; false when there is none. */
        public boolean find() {
            if (from > text.length()) {
                return false;
            }
            boolean found = matcher == null ? findPlain() : wholeExpression ? findWhole() : findPattern();
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

        private boolean findWhole() {
            if (!matcher.find(from)) {
                return false;
            }
            start = matcher.start();
            end = matcher.end();
            return true;
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
        return at == 0 || !Words.isWordCodePoint(text.charAt(at - 1));
    }

    /** No letter or digit starts at {@code at}, as {@code (?![\p{L}\d])} reads it (one code point on). */
    static boolean endsWord(String text, int at) {
        return at >= text.length() || !Words.isWordCodePoint(text.codePointAt(at));
    }
}
