package org.songsong.core.domain;

import java.util.Locale;

/** Where an article's English came from; curated English always wins over machine English. */
public enum EnglishSource {
    /** An editor's translation, imported with the article. */
    CURATED,
    /** A translation engine's, with its engine, model and date. */
    MACHINE,
    /** A digest generated from what was extracted, for an article nobody has translated yet. */
    GENERATED;

    /** The name the API and the pages use: {@code curated}, {@code machine}, {@code generated}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
