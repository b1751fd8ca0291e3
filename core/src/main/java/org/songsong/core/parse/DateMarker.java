package org.songsong.core.parse;

/** The scraper's leading {@code date YYYY-MM[-DD]} marker; it can be wrong, so it is evidence, not truth. */
public record DateMarker(int year, int month, Integer day) {
}
