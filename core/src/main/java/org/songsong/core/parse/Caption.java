package org.songsong.core.parse;

/** A photo caption, kept apart from the body; {@code credit} is the photographer or agency, if stated. */
public record Caption(String text, String credit) {
}
