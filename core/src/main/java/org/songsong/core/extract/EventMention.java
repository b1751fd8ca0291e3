package org.songsong.core.extract;

import org.songsong.core.knowledge.EventEntry;

/**
 * A numbered session of a known series that an article names, as written; {@code event} is null when
 * the knowledge base does not have that session yet.
 */
public record EventMention(String seriesId, int number, String asWritten, TextBlock.Kind kind, int position,
        EventEntry event) {

    /** Named in the headline or the first two paragraphs: likely what the article reports, not a reference. */
    public boolean prominent() {
        return kind == TextBlock.Kind.TITLE || (kind == TextBlock.Kind.PARAGRAPH && position <= 1);
    }
}
