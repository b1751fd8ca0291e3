package org.songsong.importer.translation;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The translation engine the operator runs, from the environment: {@code SONGSONG_TRANSLATION_ENGINE}
 * ({@code none}, {@code libretranslate}, {@code openai}), {@code SONGSONG_TRANSLATION_URL},
 * {@code SONGSONG_TRANSLATION_API_KEY}, {@code SONGSONG_TRANSLATION_MODEL} (src-docs/translations.md).
 */
@ConfigMapping(prefix = "songsong.translation")
public interface TranslationConfig {

    enum Engine {
        NONE, LIBRETRANSLATE, OPENAI
    }

    @WithDefault("none")
    Engine engine();

    /** The engine's address: {@code http://localhost:5000} for LibreTranslate, {@code http://localhost:11434} for Ollama. */
    Optional<URI> url();

    Optional<String> apiKey();

    /** The model an OpenAI-compatible engine runs ({@code qwen2.5:7b-instruct}, {@code gpt-4o-mini}). */
    Optional<String> model();

    /** How long one request may take: a language model on a CPU takes tens of seconds for a long paragraph. */
    @WithDefault("PT120S")
    Duration timeout();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Retries of a request the engine answered with 429 or 5xx, or did not answer in time. */
    @WithDefault("3")
    int retries();

    /** The wait before the first retry; each next one waits twice as long. */
    @WithDefault("PT1S")
    Duration backoff();

    /** Requests sent at once, so a small engine is not swamped (articles are translated as many at a time). */
    @WithDefault("2")
    int inFlight();

    /** Texts in one LibreTranslate request (a language model gets one text a request). */
    @WithDefault("16")
    int textsPerRequest();

    /** Characters in one request: LibreTranslate servers often limit them ({@code --char-limit}). */
    @WithDefault("5000")
    int charactersPerRequest();
}
