package org.songsong.core.translation;

import java.util.List;

/**
 * An engine the operator runs that translates Vietnamese into English: LibreTranslate, or a language
 * model behind an OpenAI-compatible API. Implementations speak HTTP and live with the applications;
 * {@link MachineTranslator} protects the glossary, keeps the translations and checks the answers.
 */
public interface TranslationEngine {

    /** How the glossary reaches the engine. */
    enum GlossaryUse {
        /** The engine takes no glossary: terms are hidden behind {@link Placeholders} and restored after. */
        PLACEHOLDERS,
        /** The engine is told the terms ({@code terms} of {@link #translate}) and follows them. */
        INSTRUCTIONS
    }

    /** The engine's name as stored with its English ({@code libretranslate}, {@code openai}). */
    String name();

    /** The model it runs, as stored with its English; empty when the engine does not name one. */
    String model();

    GlossaryUse glossaryUse();

    /** The most texts one request may carry. */
    int textsPerRequest();

    /** The most characters one request may carry (a single longer text is sent alone). */
    int charactersPerRequest();

    /**
     * Translates each text from Vietnamese into English.
     *
     * @param terms the glossary terms the texts hold, for an engine that takes instructions
     * @return one translation per text, in order (checked by the caller)
     */
    List<String> translate(List<String> texts, List<Glossary.Term> terms) throws TranslationException;
}
