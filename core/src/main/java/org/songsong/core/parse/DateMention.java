package org.songsong.core.parse;

/**
 * A date phrase as the article writes it ("Sáng 21/3", "Ngày 28-11", "Chiều 17/8/2025"); the year is
 * null when the phrase gives none.
 */
public record DateMention(String asWritten, int day, int month, Integer year) {
}
