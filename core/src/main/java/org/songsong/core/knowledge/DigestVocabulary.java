package org.songsong.core.knowledge;

import java.util.List;

/** The words the generated English digests are made of ({@code digest-vocabulary.json}). */
public record DigestVocabulary(String comment, List<EventKind> eventKinds, List<Place> places, List<Role> roles,
        List<Figure> figures) {

    public static final String FILE = "digest-vocabulary.json";

    public record EventKind(String pattern, String en) {
    }

    public record Place(String vi, String en) {
    }

    public record Role(String pattern, String en) {
    }

    public record Figure(String pattern, String one, String many) {
    }

    public static DigestVocabulary load() {
        return KnowledgeFiles.readJson(FILE, DigestVocabulary.class);
    }
}
