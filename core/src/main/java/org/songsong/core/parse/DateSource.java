package org.songsong.core.parse;

/** Where one part of an article's date came from, strongest evidence first. */
public enum DateSource {
    /** Written in the article's own text ("Sáng 21/3", "17/8/2025"). */
    TEXT,
    /** The scraper's leading {@code date YYYY-MM[-DD]} marker. */
    MARKER,
    /** The source URL (a date path or a dated article id). */
    URL,
    /** Page metadata kept by the scraper (timestamps, a weekday dateline). */
    METADATA,
    /** The offices the people named held at the time. */
    ROLES,
    /** A dated event the article names (the n-th ministerial conference). */
    EVENT,
    /** Inferred from the other dates and years the text recounts ("từ ngày 23/1/2022", "Năm 2024, …"). */
    CONTEXT,
    /** The file's name, where a scraper kept the address's dated id ("…_20140125.txt"). */
    FILE_NAME,
    /** The date in the file name of the page's first photo ("img-20250129-115939.jpg"), its upload day. */
    IMAGE
}
