package org.songsong.core.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What grouping knows of one stored article. {@code day} is the day of what it reports, when known to the
 * day; {@code dayFromText} says whether the text itself wrote that day (rather than a page date), so two
 * reports whose texts name consecutive days report different happenings. {@code publishedOn} orders copies;
 * {@code principals} are who leads the report, by country ({@link Principals}); {@code caseFacts} are the counts
 * and earlier days it recounts ({@link CaseFacts}) and {@code categories} the crimes it names, by which the
 * reports of one case written on different days are found.
 */
public record Report(long id, LocalDate day, boolean dayFromText, LocalDate publishedOn, boolean agency,
        Set<Long> officials, Map<String, Set<Long>> principals, Set<String> namedEvents, TextFingerprint fingerprint,
        Set<String> caseFacts, Set<String> categories) {

    /** A report whose case facts and crimes are not known: it is never linked to another by its case. */
    public Report(long id, LocalDate day, boolean dayFromText, LocalDate publishedOn, boolean agency,
            Set<Long> officials, Map<String, Set<Long>> principals, Set<String> namedEvents,
            TextFingerprint fingerprint) {
        this(id, day, dayFromText, publishedOn, agency, officials, principals, namedEvents, fingerprint, Set.of(),
                Set.of());
    }

    /** The day that tells which of two copies came first: the page's, else the reported day. */
    LocalDate firstSeen() {
        return publishedOn != null ? publishedOn : day;
    }
}
