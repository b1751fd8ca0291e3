package org.songsong.core.knowledge;

import java.util.List;

/** The words the generated English digests are made of ({@code digest-vocabulary.json}). */
public record DigestVocabulary(String comment, List<EventKind> eventKinds, List<Action> actions, List<Place> places,
        List<Role> roles, List<Figure> figures) {

    public static final String FILE = "digest-vocabulary.json";

    /** {@code met}: for a meeting of two people, what one did with the other ("held talks with"); else null. */
    public record EventKind(String pattern, String en, String met) {
    }

    /**
     * What the text says was agreed or done, as an English sentence; {@code {… CRIMES}} in it stands for the
     * article's crimes, with the words around them, and is dropped when the article names none. Of a
     * {@code group}, only the first action the text holds is said; an {@code opening} action only when the
     * headline or the first two paragraphs hold it.
     */
    public record Action(String pattern, String en, String group, boolean opening) {
    }

    /** A place an article may say it happened in, and the country (ISO code, as officials' countries) it is in. */
    public record Place(String vi, String en, String country) {
    }

    public record Role(String pattern, String en) {
    }

    public record Figure(String pattern, String one, String many) {
    }

    /** The vocabulary shipped with the application, read once: its parts cannot be changed. */
    public DigestVocabulary {
        eventKinds = eventKinds == null ? List.of() : List.copyOf(eventKinds);
        actions = actions == null ? List.of() : List.copyOf(actions);
        places = places == null ? List.of() : List.copyOf(places);
        roles = roles == null ? List.of() : List.copyOf(roles);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    private static final class Shipped {
        static final DigestVocabulary VOCABULARY = KnowledgeFiles.readJson(FILE, DigestVocabulary.class);
    }

    /** The vocabulary, read from the application's knowledge files the first time it is asked for. */
    public static DigestVocabulary load() {
        return Shipped.VOCABULARY;
    }
}
