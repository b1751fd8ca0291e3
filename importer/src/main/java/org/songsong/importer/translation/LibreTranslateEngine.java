package org.songsong.importer.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.songsong.core.translation.Glossary;
import org.songsong.core.translation.TranslationEngine;
import org.songsong.core.translation.TranslationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * LibreTranslate: {@code q} a string or an array of strings, {@code source=vi}, {@code target=en},
 * {@code format=text}, {@code api_key} when set; {@code translatedText} answers in the same shape. It
 * takes no glossary, so terms travel behind placeholders.
 */
final class LibreTranslateEngine implements TranslationEngine {

    private final LibreTranslateApi api;
    private final EngineHttp http;
    private final TranslationConfig config;

    LibreTranslateEngine(LibreTranslateApi api, EngineHttp http, TranslationConfig config) {
        this.api = api;
        this.http = http;
        this.config = config;
    }

    @Override
    public String name() {
        return "libretranslate";
    }

    /** LibreTranslate names no model; its language models are the server's own. */
    @Override
    public String model() {
        return config.model().orElse("");
    }

    @Override
    public GlossaryUse glossaryUse() {
        return GlossaryUse.PLACEHOLDERS;
    }

    @Override
    public int textsPerRequest() {
        return config.textsPerRequest();
    }

    @Override
    public int charactersPerRequest() {
        return config.charactersPerRequest();
    }

    @Override
    public List<String> translate(List<String> texts, List<Glossary.Term> terms) throws TranslationException {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("q", texts.size() == 1 ? texts.get(0) : texts);
        request.put("source", "vi");
        request.put("target", "en");
        request.put("format", "text");
        config.apiKey().ifPresent(key -> request.put("api_key", key));
        JsonNode answer = http.post(() -> api.translate(request));
        JsonNode translated = answer.get("translatedText");
        if (translated == null) {
            throw http.malformed("without translatedText", answer);
        }
        if (translated.isTextual()) {
            return List.of(translated.asText());
        }
        if (translated.isArray() && allText(translated)) {
            return EngineHttp.texts(translated);
        }
        throw http.malformed("a translatedText that is neither a string nor an array of strings", answer);
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
