package org.songsong.core.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Glossary terms hidden from an engine that takes no glossary: each term becomes a short token that no
 * language has a word for ({@code [X0X]}), and the token in the answer becomes the term's English. Engines
 * tend to keep such tokens but may space them out or change their case, which the reading tolerates.
 */
public final class Placeholders {

    private static final Pattern TOKEN = Pattern.compile("\\[\\s*[Xx]\\s*(\\d{1,3})\\s*[Xx]\\s*]");

    /** A text with its terms replaced by tokens, and each token's English, by number. */
    public record Masked(String text, List<String> english) {

        /**
         * The answer with each token replaced by its English; empty when a token is missing, repeated or
         * unknown, since then a name was lost or invented.
         */
        public Optional<String> restore(String answer) {
            boolean[] seen = new boolean[english.size()];
            Matcher token = TOKEN.matcher(answer);
            StringBuilder out = new StringBuilder(answer.length() + 16 * english.size());
            while (token.find()) {
                int number = Integer.parseInt(token.group(1));
                if (number >= english.size() || seen[number]) {
                    return Optional.empty();
                }
                seen[number] = true;
                token.appendReplacement(out, Matcher.quoteReplacement(english.get(number)));
            }
            token.appendTail(out);
            for (boolean one : seen) {
                if (!one) {
                    return Optional.empty();
                }
            }
            return Optional.of(out.toString());
        }
    }

    private Placeholders() {
    }

    public static Masked mask(String text, List<Glossary.Found> terms) {
        StringBuilder out = new StringBuilder(text.length());
        List<String> english = new ArrayList<>(terms.size());
        int copied = 0;
        for (Glossary.Found found : terms) {
            out.append(text, copied, found.start()).append("[X").append(english.size()).append("X]");
            english.add(Glossary.english(found, text));
            copied = found.end();
        }
        return new Masked(out.append(text, copied, text.length()).toString(), List.copyOf(english));
    }
}
