package org.songsong.core.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.songsong.core.knowledge.OfficialEntry;

/**
 * Who leads a report, country by country: among the officials its title or first two paragraphs name, those
 * whose office at the time ranks highest. On the day of a ministerial conference the visiting minister is
 * also received by the head of the party and by the prime minister, and every report names the conference
 * and the visitor; what tells the three meetings apart is who received him.
 */
public final class Principals {

    /** Offices from the most senior down, as the knowledge base names their kinds. */
    private static final List<String> SENIORITY = List.of("party-leader", "head-of-state", "head-of-government",
            "state-councilor", "politburo", "minister", "vice-minister", "party-official", "diplomat",
            "police-officer", "other");
    private static final int LEADING_PARAGRAPHS = 2;

    /** An official as a stored article names them: {@code paragraphs} are the positions that do (0 is the lede). */
    public record Mentioned(long id, String slug, String country, List<Integer> paragraphs) {
    }

    private final Map<String, OfficialEntry> bySlug = new HashMap<>();

    public Principals(List<OfficialEntry> officials) {
        officials.forEach(o -> bySlug.put(o.slug(), o));
    }

    /** The principals of a report of {@code year} (null when unknown), by country. */
    public Map<String, Set<Long>> of(Integer year, List<Mentioned> mentions) {
        Map<String, Integer> best = new HashMap<>();
        Map<String, Set<Long>> principals = new HashMap<>();
        for (Mentioned m : mentions) {
            if (m.country() == null || m.paragraphs().stream().noneMatch(p -> p < LEADING_PARAGRAPHS)) {
                continue;
            }
            int seniority = seniority(bySlug.get(m.slug()), year);
            Integer current = best.get(m.country());
            if (current == null || seniority < current) {
                best.put(m.country(), seniority);
                principals.put(m.country(), new HashSet<>(Set.of(m.id())));
            } else if (seniority == current) {
                principals.get(m.country()).add(m.id());
            }
        }
        return principals;
    }

    private static int seniority(OfficialEntry entry, Integer year) {
        int best = SENIORITY.size();
        if (entry == null) {
            return best;
        }
        for (OfficialEntry.Role role : entry.roles()) {
            boolean held = year == null
                    || ((role.from() == null || role.from() <= year) && (role.to() == null || role.to() >= year));
            int rank = SENIORITY.indexOf(role.kind());
            if (held && rank >= 0 && rank < best) {
                best = rank;
            }
        }
        return best;
    }

    /** False when, for a country both reports are led from, no official leads both. */
    static boolean agree(Map<String, Set<Long>> a, Map<String, Set<Long>> b) {
        for (Map.Entry<String, Set<Long>> country : a.entrySet()) {
            Set<Long> other = b.get(country.getKey());
            if (other != null && country.getValue().stream().noneMatch(other::contains)) {
                return false;
            }
        }
        return true;
    }
}
