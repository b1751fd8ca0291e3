package org.songsong.importer.translation;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.translation.Glossary;
import org.songsong.core.translation.MachineTranslator;
import org.songsong.core.translation.TranslationEngine;
import org.songsong.core.writeside.MachineEnglishStore;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The engine the configuration names, ready to translate with the knowledge base's glossary. */
@ApplicationScoped
public class TranslationEngines {

    /** A configuration that names no usable engine, with the line that says what to set. */
    public static final class NotConfigured extends Exception {
        NotConfigured(String message) {
            super(message);
        }
    }

    @Inject
    TranslationConfig config;

    @Inject
    MachineEnglishStore store;

    private volatile Glossary glossary;

    /** The configured engine's translator, remembering translations in the collection's database. */
    public MachineTranslator translator() throws NotConfigured {
        return new MachineTranslator(engine(config), glossary(), store);
    }

    public boolean configured() {
        return config.engine() != TranslationConfig.Engine.NONE;
    }

    /** The engine {@code config} describes; also how tests point an engine at a server of their own. */
    public static TranslationEngine engine(TranslationConfig config) throws NotConfigured {
        if (config.engine() == TranslationConfig.Engine.NONE) {
            throw new NotConfigured("no translation engine is configured: set SONGSONG_TRANSLATION_ENGINE to "
                    + "libretranslate or openai, and SONGSONG_TRANSLATION_URL (src-docs/translations.md)");
        }
        URI url = config.url().orElseThrow(() -> new NotConfigured("SONGSONG_TRANSLATION_ENGINE is "
                + config.engine().name().toLowerCase() + " but SONGSONG_TRANSLATION_URL is not set"));
        EngineHttp http = new EngineHttp(config.engine().name().toLowerCase(), url, config);
        return switch (config.engine()) {
            case LIBRETRANSLATE -> new LibreTranslateEngine(client(url, config, LibreTranslateApi.class), http, config);
            case OPENAI -> new OpenAiEngine(client(url, config, OpenAiApi.class), http, config,
                    config.model().filter(m -> !m.isBlank()).orElseThrow(() -> new NotConfigured(
                            "SONGSONG_TRANSLATION_ENGINE is openai but SONGSONG_TRANSLATION_MODEL is not set")));
            case NONE -> throw new IllegalStateException();
        };
    }

    private static <T> T client(URI url, TranslationConfig config, Class<T> api) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                // every answer is read, whatever its status: EngineHttp says what went wrong
                .disableDefaultMapper(true)
                .build(api);
    }

    /** The knowledge base's glossary, read once. */
    public Glossary glossary() {
        if (glossary == null) {
            // read from the knowledge files, not asked of the ArticleImporter: building its extractor took
            // seconds that a translate run never needed
            glossary = Glossary.of(KnowledgeBase.load(), DigestVocabulary.load());
        }
        return glossary;
    }

    public Optional<String> describe() {
        return configured() ? Optional.of(config.engine().name().toLowerCase()
                + config.url().map(u -> " at " + u).orElse("") + config.model().map(m -> ", model " + m).orElse("")) : Optional.empty();
    }
}
