package org.songsong.core.knowledge;

import java.util.List;

/**
 * A curated official: names in three scripts, the spellings met in articles, and the offices and ranks
 * held with their years (which also date the articles that name them).
 */
public record OfficialEntry(String slug, String nameVi, String nameEn, String nameZh, String country,
        List<String> aliases, List<Role> roles, List<Rank> ranks, boolean titleRequired) {

    /**
     * {@code titleRequired}: the name is also a city's or an institution's ("TP Hồ Chí Minh"), so it names
     * this person only right after a title ("Chủ tịch Hồ Chí Minh").
     */
    public OfficialEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        ranks = ranks == null ? List.of() : List.copyOf(ranks);
    }

    /** An office held from one year to another; a null end means still held or unknown. */
    public record Role(String titleVi, String titleEn, String kind, Integer from, Integer to) {
    }

    /** A police or military rank and the year it was conferred. */
    public record Rank(String rankVi, String rankEn, Integer from) {
    }
}
