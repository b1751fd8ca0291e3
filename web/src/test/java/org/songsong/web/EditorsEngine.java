package org.songsong.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.text.VietnameseText;
import org.songsong.core.translation.Glossary;
import org.songsong.core.translation.TranslationEngine;
import org.songsong.core.translation.TranslationException;

/**
 * A translation engine that answers with an editor's own sentences: the English of a seed's translation
 * file for each of its Vietnamese texts, so a seed can stand as a machine-translated article whose English
 * is known. A text the file does not hold fails, as an engine failure would.
 */
public final class EditorsEngine implements TranslationEngine {

    private final Map<String, String> english = new HashMap<>();

    /** {@code title} and {@code summary}: the article's Vietnamese as stored, which the file's titles translate. */
    public EditorsEngine(CuratedEnglish editors, String title, String summary) {
        for (CuratedEnglish.Pair pair : editors.paragraphs()) {
            english.put(VietnameseText.matchKey(pair.vi()), pair.en());
        }
        for (CuratedEnglish.Pair pair : editors.captions()) {
            english.put(VietnameseText.matchKey(pair.vi()), pair.en());
        }
        english.putIfAbsent(VietnameseText.matchKey(title), editors.titleEn());
        english.putIfAbsent(VietnameseText.matchKey(summary), editors.summaryEn());
    }

    @Override
    public String name() {
        return "editors-reference";
    }

    @Override
    public String model() {
        return "seed-translations";
    }

    @Override
    public GlossaryUse glossaryUse() {
        return GlossaryUse.INSTRUCTIONS;
    }

    @Override
    public int textsPerRequest() {
        return 8;
    }

    @Override
    public int charactersPerRequest() {
        return 100_000;
    }

    @Override
    public List<String> translate(List<String> texts, List<Glossary.Term> terms) throws TranslationException {
        List<String> answers = new ArrayList<>();
        for (String text : texts) {
            String known = english.get(VietnameseText.matchKey(text));
            if (known == null) {
                throw new TranslationException("the editors have no English for \"" + text + "\"", false);
            }
            answers.add(known);
        }
        return answers;
    }
}
