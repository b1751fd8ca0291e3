package org.songsong.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.songsong.core.knowledge.CategoryEntry;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.text.CharPairs;
import org.songsong.core.text.RequiredText;
import org.songsong.core.text.VietnameseText;
import org.songsong.core.text.WordPhrase;

/**
 * Finds the crime categories an article names, with their evidence. Matching runs on the
 * {@link VietnameseText#matchKey match key} of each block, which has the same length as the cleaned
 * text, so evidence is quoted as the article writes it. Agency names are blanked out first: "Cục
 * Cảnh sát điều tra tội phạm về ma túy" names a department, not a drug case.
 */
public final class CategoryMatcher {

    private record CompiledCategory(String code, List<Phrase> phrases) {
    }

    /** A phrase's pattern, and the text a block must hold for the pattern to be worth running. */
    private record Phrase(WordPhrase phrase, RequiredText required) {
    }

    private record Agency(WordPhrase name, RequiredText required) {
    }

    private final List<CompiledCategory> categories = new ArrayList<>();
    private final List<Agency> agencies = new ArrayList<>();

    public CategoryMatcher(KnowledgeBase knowledge) {
        for (CategoryEntry category : knowledge.categories()) {
            List<Phrase> phrases = category.phrases().stream()
                    .map(p -> new Phrase(wordPhrase(p), RequiredText.ofLowerCase(VietnameseText.toneKey(p)))).toList();
            categories.add(new CompiledCategory(category.code(), phrases));
        }
        knowledge.agencyNames().forEach(a -> agencies.add(new Agency(WordPhrase.of(VietnameseText.toneKey(a)),
                RequiredText.of(VietnameseText.toneKey(a)))));
    }

    /** A knowledge-base phrase over lower-case match keys, bounded by word edges. */
    static WordPhrase wordPhrase(String phrase) {
        return WordPhrase.inLowerCase(VietnameseText.toneKey(phrase));
    }

    public List<CategoryMatch> match(ParsedArticle article) {
        Map<String, Set<String>> evidence = new LinkedHashMap<>();
        Map<String, Set<Integer>> paragraphs = new LinkedHashMap<>();
        for (TextBlock block : TextBlock.of(article)) {
            String text = block.text();
            String toneKey = VietnameseText.toneKey(text);
            String withoutAgencies = withoutAgencies(toneKey);
            // with no agency blanked out, the lower-cased tone key is the match key the other matchers keep
            String key = withoutAgencies == toneKey && text.indexOf('\u0130') < 0 ? VietnameseText.matchKey(text)
                    : withoutAgencies.toLowerCase(Locale.ROOT);
            if (key.length() != text.length()) {
                // a character changed length under case mapping: quote the key rather than misquote the text
                text = key;
            }
            CharPairs pairs = CharPairs.of(key);
            for (CompiledCategory category : categories) {
                for (Phrase phrase : category.phrases()) {
                    if (!phrase.required().mayMatch(pairs)) {
                        continue;
                    }
                    WordPhrase.Finder m = phrase.phrase().in(key);
                    while (m.find()) {
                        evidence.computeIfAbsent(category.code(), c -> new LinkedHashSet<>())
                                .add(text.substring(m.start(), m.end()));
                        Set<Integer> where = paragraphs.computeIfAbsent(category.code(), c -> new TreeSet<>());
                        if (block.kind() == TextBlock.Kind.PARAGRAPH) {
                            where.add(block.position());
                        }
                    }
                }
            }
        }
        List<CategoryMatch> matches = new ArrayList<>();
        for (CompiledCategory category : categories) {
            if (evidence.containsKey(category.code())) {
                matches.add(new CategoryMatch(category.code(), List.copyOf(evidence.get(category.code())),
                        List.copyOf(paragraphs.get(category.code()))));
            }
        }
        return matches;
    }

    /** Blanks agency names out with spaces, keeping every other character where it was. */
    private String withoutAgencies(String toneKey) {
        String key = toneKey;
        String result = key;
        CharPairs pairs = CharPairs.of(result); // kept current: a blanked name makes pairs of its own
        for (Agency agency : agencies) {
            if (!agency.required().mayMatch(pairs)) {
                continue;
            }
            WordPhrase.Finder m = agency.name().in(result);
            StringBuilder out = new StringBuilder(result);
            boolean found = false;
            while (m.find()) {
                found = true;
                for (int i = m.start(); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
            if (found) {
                result = out.toString();
                pairs = CharPairs.of(result);
            }
        }
        return result;
    }
}
