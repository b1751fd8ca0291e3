package org.songsong.core.translation;

import java.util.Collection;
import java.util.Map;

/**
 * Translations already had, by engine, model and the SHA-256 of the Vietnamese text: importing or
 * extracting an article again costs only its texts that changed.
 */
public interface TranslationMemory {

    /** The English known for these source hashes; hashes without one are absent. */
    Map<String, String> recall(String engine, String model, Collection<String> sourceHashes);

    void remember(String engine, String model, Map<String, String> englishBySourceHash);

    /** A memory that keeps nothing, for a dry run. */
    TranslationMemory NONE = new TranslationMemory() {
        @Override
        public Map<String, String> recall(String engine, String model, Collection<String> sourceHashes) {
            return Map.of();
        }

        @Override
        public void remember(String engine, String model, Map<String, String> englishBySourceHash) {
        }
    };
}
