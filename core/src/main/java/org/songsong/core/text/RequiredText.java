package org.songsong.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Text that must occur in anything a regular expression matches, read from the expression itself: its
 * longest run of plain characters outside groups, or, when it opens with a group of plain alternatives
 * ({@code (?:Cục|Phòng|Vụ)}), one of them. Checking a block for that text with {@link String#contains} is
 * far cheaper than running the expression, and blocks without it cannot match, so matchers skip them.
 * An alternation requires what one of its alternatives requires. When nothing is certainly required,
 * every text passes.
 */
public final class RequiredText {

    /** Nothing is required: every text passes. */
    public static final RequiredText ANY = new RequiredText(List.of());

    private final CharPairs.Literal[] literals;

    private RequiredText(List<String> anyOf) {
        this.literals = anyOf.stream().map(CharPairs::literal).toArray(CharPairs.Literal[]::new);
    }

    /** For an expression matched as written (case-sensitive). */
    public static RequiredText of(String regex) {
        return read(regex, false);
    }

    /** For a case-insensitive expression matched against lower-case text: the required text in lower case. */
    public static RequiredText ofLowerCase(String regex) {
        return read(regex, true);
    }

    /** False only when the text certainly holds no match. */
    public boolean mayMatch(String text) {
        if (literals.length == 0) {
            return true;
        }
        for (CharPairs.Literal literal : literals) {
            if (text.contains(literal.text())) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #mayMatch(String)} for the text of {@code pairs}, which spare a search for each literal they rule out. */
    public boolean mayMatch(CharPairs pairs) {
        if (literals.length == 0) {
            return true;
        }
        for (CharPairs.Literal literal : literals) {
            if (pairs.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** What is looked for: empty when every text passes. */
    public List<String> anyOf() {
        return Arrays.stream(literals).map(CharPairs.Literal::text).toList();
    }

    private static RequiredText read(String regex, boolean lowerCase) {
        List<String> alternatives = topLevelAlternatives(regex);
        if (alternatives.size() > 1) {
            return readAlternatives(alternatives, lowerCase);
        }
        List<String> runs = new ArrayList<>();
        List<String> openingAlternatives = null;
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                end(run, runs);
                i = Math.min(regex.length(), i + 2);
            } else if (c == '[') {
                end(run, runs);
                i = afterClass(regex, i);
            } else if (c == '(') {
                end(run, runs);
                int after = afterGroup(regex, i);
                if (i == 0 && !quantified(regex, after)) {
                    openingAlternatives = plainAlternatives(regex.substring(i, after));
                }
                i = after;
            } else if (c == '?' || c == '*' || c == '{') {
                // the character before is optional or repeated: it is not required
                if (run.length() > 0 && i > 0 && regex.charAt(i - 1) == run.charAt(run.length() - 1)) {
                    run.setLength(run.length() - 1);
                }
                end(run, runs);
                i = c == '{' ? regex.indexOf('}', i) + 1 : i + 1;
                if (i == 0) {
                    return ANY; // an unclosed brace: read nothing into it
                }
            } else if (c == '+' || c == '.' || c == '^' || c == '$' || c == ')' || c == ']' || c == '}') {
                end(run, runs);
                i++;
            } else {
                run.append(c);
                i++;
            }
        }
        end(run, runs);
        String longest = runs.stream().max(Comparator.comparingInt(String::length)).orElse("");
        List<String> chosen;
        if (longest.length() >= 3 || openingAlternatives == null) {
            chosen = longest.isEmpty() ? List.of() : List.of(longest);
        } else {
            chosen = openingAlternatives;
        }
        if (lowerCase) {
            chosen = chosen.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        }
        return chosen.isEmpty() ? ANY : new RequiredText(chosen);
    }

    /** A match matches one of the alternatives: it holds what that alternative requires. */
    private static RequiredText readAlternatives(List<String> alternatives, boolean lowerCase) {
        List<String> anyOf = new ArrayList<>();
        for (String alternative : alternatives) {
            RequiredText required = read(alternative, lowerCase);
            if (required.literals.length == 0) {
                return ANY;
            }
            anyOf.addAll(required.anyOf());
        }
        return new RequiredText(List.copyOf(anyOf));
    }

    private static void end(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    private static boolean quantified(String regex, int at) {
        return at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0;
    }

    /** {@code (?:a|b|c)} with a, b and c plain text: the alternatives; anything else: null. */
    private static List<String> plainAlternatives(String group) {
        if (!group.startsWith("(?:") || !group.endsWith(")")) {
            return null;
        }
        String inside = group.substring(3, group.length() - 1);
        List<String> alternatives = List.of(inside.split("\\|", -1));
        for (String alternative : alternatives) {
            if (alternative.isEmpty() || alternative.chars().anyMatch(ch -> "\\[](){}.*+?^$|".indexOf(ch) >= 0)) {
                return null;
            }
        }
        return alternatives;
    }

    private static int afterClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(regex.length(), i + 1);
    }

    private static int afterGroup(String regex, int open) {
        int depth = 0;
        int i = open;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = afterClass(regex, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return regex.length();
    }

    /** The expression split at its own {@code |}s (groups and classes are stepped over whole). */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                i = afterClass(regex, i);
            } else if (c == '(') {
                i = afterGroup(regex, i);
            } else {
                if (c == '|') {
                    parts.add(regex.substring(start, i));
                    start = i + 1;
                }
                i++;
            }
        }
        parts.add(regex.substring(Math.min(start, regex.length())));
        return parts;
    }
}
