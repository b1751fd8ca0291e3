package org.songsong.importer.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.songsong.core.translation.Glossary;
import org.songsong.core.translation.TranslationEngine;
import org.songsong.core.translation.TranslationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A language model behind an OpenAI-compatible chat API: one text a request, the task and the terms it
 * holds in the system message, the first choice's message the translation.
 */
final class OpenAiEngine implements TranslationEngine {

    /** Reasoning models (Qwen 3, DeepSeek R1 under Ollama) may think aloud before they answer. */
    private static final Pattern THINKING = Pattern.compile("(?s)^\\s*<think>.*?</think>");

    static final String TASK = "You translate Vietnamese news reports on law-enforcement cooperation between Vietnam "
            + "and China into English for researchers. Translate the user's text completely and faithfully. Answer "
            + "with the English translation only: no notes, no explanations, no quotation marks around it, no "
            + "Vietnamese.";

    private final OpenAiApi api;
    private final EngineHttp http;
    private final TranslationConfig config;
    private final String model;

    OpenAiEngine(OpenAiApi api, EngineHttp http, TranslationConfig config, String model) {
        this.api = api;
        this.http = http;
        this.config = config;
        this.model = model;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public GlossaryUse glossaryUse() {
        return GlossaryUse.INSTRUCTIONS;
    }

    /** One text a request: a model asked for several at once may merge, split or drop them. */
    @Override
    public int textsPerRequest() {
        return 1;
    }

    @Override
    public int charactersPerRequest() {
        return config.charactersPerRequest();
    }

    @Override
    public List<String> translate(List<String> texts, List<Glossary.Term> terms) throws TranslationException {
        List<String> english = new ArrayList<>(texts.size());
        for (String text : texts) {
            english.add(translate(text, terms));
        }
        return english;
    }

    private String translate(String text, List<Glossary.Term> terms) throws TranslationException {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("model", model);
        request.put("temperature", 0);
        request.put("messages", List.of(
                Map.of("role", "system", "content", instructions(terms)),
                Map.of("role", "user", "content", text)));
        String authorization = config.apiKey().map(key -> "Bearer " + key).orElse(null);
        JsonNode answer = http.post(() -> api.complete(authorization, request));
        JsonNode content = answer.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw http.malformed("without choices[0].message.content", answer);
        }
        return THINKING.matcher(content.asText()).replaceFirst("").strip();
    }

    /** The task, and the terms of the text (one text a request) with the only English each may have. */
    static String instructions(List<Glossary.Term> terms) {
        StringBuilder system = new StringBuilder(TASK);
        if (!terms.isEmpty()) {
            system.append("\nWrite these names and terms exactly so:");
            for (Glossary.Term term : terms) {
                system.append("\n- ").append(term.vietnamese()).append(" = ").append(term.english());
            }
        }
        return system.toString();
    }
}
