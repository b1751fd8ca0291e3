package org.songsong.core.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What grouping knows of one stored article. {@code day} is the day of what it reports, when known to the
 * day; {@code dayFromText} says whether the text itself wrote that day (rather than a page date), so two
 * reports whose texts name consecutive days report different happenings. {@code publishedOn} orders copies;
 * {@code principals} are who leads the report, by country ({@link Principals}).
 */
public record Report(long id, LocalDate day, boolean dayFromText, LocalDate publishedOn, boolean agency,
        Set<Long> officials, Map<String, Set<Long>> principals, Set<String> namedEvents, TextFingerprint fingerprint) {

    /** The day that tells which of two copies came first: the page's, else the reported day. */
    LocalDate firstSeen() {
        return publishedOn != null ? publishedOn : day;
    }
}
