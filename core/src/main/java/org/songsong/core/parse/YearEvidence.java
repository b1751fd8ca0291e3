package org.songsong.core.parse;

import java.util.List;

/**
 * What else can date an article when its text gives no year: the dated events it names, and the years
 * in which the people it names held the offices it gives them.
 *
 * @param events    dated sessions of known series the article names
 * @param rolesFrom earliest year consistent with every office named, or null
 * @param rolesTo   latest year consistent with every office named, or null
 * @param rolesWhy  how the offices constrain the year, for the warnings
 */
public record YearEvidence(List<DatedEvent> events, Integer rolesFrom, Integer rolesTo, String rolesWhy) {

    public static final YearEvidence NONE = new YearEvidence(List.of(), null, null, null);

    /** A named event with its known date; {@code prominent} when it is in the headline or the lede. */
    public record DatedEvent(String id, int year, Integer month, Integer day, boolean prominent) {
    }

    /** The same evidence without the offices: for when they rule out every year the page and text give. */
    YearEvidence withoutRoles() {
        return new YearEvidence(events, null, null, null);
    }

    boolean rolesAllow(int year) {
        return (rolesFrom == null || year >= rolesFrom) && (rolesTo == null || year <= rolesTo);
    }

    boolean hasRoles() {
        return rolesFrom != null || rolesTo != null;
    }
}
