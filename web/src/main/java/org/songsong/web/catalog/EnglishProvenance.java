package org.songsong.web.catalog;

import java.time.Instant;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.EnglishSource;

/**
 * Where an article's English came from, as the pages label it and the API states it: an editor's, an
 * engine's (with the engine, its model and the time), or a digest generated from what was extracted.
 */
public record EnglishProvenance(EnglishSource source, String engine, String model, Instant translatedAt) {

    static EnglishProvenance of(Article article) {
        return article.englishSource == EnglishSource.MACHINE
                ? new EnglishProvenance(EnglishSource.MACHINE, article.translationEngine, article.translationModel,
                        article.translatedAt)
                : new EnglishProvenance(article.englishSource, null, null, null);
    }

    public boolean curated() {
        return source == EnglishSource.CURATED;
    }

    public boolean machine() {
        return source == EnglishSource.MACHINE;
    }

    public boolean generated() {
        return source == EnglishSource.GENERATED;
    }

    /** {@code curated}, {@code machine} or {@code generated}. */
    public String code() {
        return source.code();
    }

    /** The engine and its model as a reader sees them ("libretranslate", "openai, qwen2.5:7b-instruct"). */
    public String engineAndModel() {
        return engine == null ? null : model == null || model.isBlank() ? engine : engine + ", " + model;
    }
}
