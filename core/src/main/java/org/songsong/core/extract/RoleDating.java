package org.songsong.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.songsong.core.knowledge.OfficialEntry;
import org.songsong.core.parse.DateResolver;
import org.songsong.core.parse.YearEvidence;
import org.songsong.core.text.Patterns;
import org.songsong.core.text.VietnameseText;

/**
 * The years an article can be from, given the offices and ranks it gives the people it names: "Bộ
 * trưởng Tô Lâm" places it in 2016–2024, "Thượng tướng Tô Lâm" before he became Đại tướng in 2019.
 */
public final class RoleDating {

    private static final Pattern PRIME_MINISTER = Pattern.compile("(?<!phó )thủ tướng");

    private RoleDating() {
    }

    /** The kind of office a title as written denotes, in the knowledge base's vocabulary; null if none. */
    static String kindOf(String title) {
        String key = VietnameseText.matchKey(title);
        if (key.contains("thứ trưởng")) {
            return "vice-minister";
        }
        if (key.contains("bộ trưởng") && !key.contains("phó")) {
            return "minister";
        }
        if (key.contains("ủy viên quốc vụ")) {
            return "state-councilor";
        }
        if (key.contains("tổng bí thư")) {
            return "party-leader";
        }
        if (key.contains("chủ tịch nước")) {
            return "head-of-state";
        }
        if (Patterns.foundOnOneLine(PRIME_MINISTER, key)) {
            return "head-of-government";
        }
        if (key.contains("đại sứ")) {
            return "diplomat";
        }
        return null;
    }

    public static YearEvidence.DatedEvent dated(EventMention mention) {
        var event = mention.event();
        return new YearEvidence.DatedEvent(event.id(), event.year(), event.month(), event.day(), mention.prominent());
    }

    /** Intersects the years of every office and rank written next to a curated official's name. */
    public static YearEvidence evidence(List<OfficialMention> officials, List<EventMention> events) {
        Integer from = null;
        Integer to = null;
        List<String> why = new ArrayList<>();
        for (OfficialMention mention : officials) {
            if (mention.entry() == null) {
                continue;
            }
            for (String title : mention.rolesSeen()) {
                int[] span = span(mention.entry(), title);
                // "nguyên Bộ trưởng", "cố Thủ tướng", "Thủ tướng Chu Ân Lai": a former office dates nothing now
                if (span == null || isFormer(title) || span[1] < DateResolver.EARLIEST_YEAR) {
                    continue;
                }
                Integer lo = span[0] == Integer.MIN_VALUE ? null : span[0];
                Integer hi = span[1] == Integer.MAX_VALUE ? null : span[1];
                if (lo != null) {
                    from = from == null ? lo : Integer.valueOf(Math.max(from, lo));
                }
                if (hi != null) {
                    to = to == null ? hi : Integer.valueOf(Math.min(to, hi));
                }
                why.add(mention.nameVi() + " as '" + title + "' (" + (lo == null ? "…" : lo) + "–"
                        + (hi == null ? "…" : hi) + ")");
            }
        }
        if (from != null && to != null && from > to) {
            // the offices contradict each other (or the knowledge base is incomplete): they date nothing
            from = null;
            to = null;
            why.add("contradictory, ignored");
        }
        List<YearEvidence.DatedEvent> dated = events.stream().filter(e -> e.event() != null)
                .map(RoleDating::dated).toList();
        return new YearEvidence(dated, from, to, why.isEmpty() ? null : String.join("; ", why));
    }

    private static final Pattern FORMER = Pattern.compile("^(?:nguyên|cố(?!\\s+vấn))\\s");

    static boolean isFormer(String title) {
        return Patterns.foundOnOneLine(FORMER, VietnameseText.matchKey(title));
    }

    /** The years in which the official held the office or rank the title names, or null if unknown. */
    static int[] span(OfficialEntry official, String title) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        boolean known = false;
        String kind = kindOf(title);
        if (kind != null) {
            for (OfficialEntry.Role role : official.roles()) {
                if (kind.equals(role.kind()) && (role.from() != null || role.to() != null)) {
                    lo = Math.min(lo, role.from() == null ? Integer.MIN_VALUE : role.from());
                    hi = Math.max(hi, role.to() == null ? Integer.MAX_VALUE : role.to());
                    known = true;
                }
            }
        }
        int[] rank = rankSpan(official, title);
        if (rank != null) {
            if (known) {
                lo = Math.max(lo, rank[0]);
                hi = Math.min(hi, rank[1]);
            } else {
                lo = rank[0];
                hi = rank[1];
                known = true;
            }
        }
        return known ? new int[] { lo, hi } : null;
    }

    /** A rank holds from the year it was conferred until the next rank's year. */
    private static int[] rankSpan(OfficialEntry official, String title) {
        String key = VietnameseText.matchKey(title);
        List<OfficialEntry.Rank> ranks = official.ranks().stream().filter(r -> r.from() != null)
                .sorted((a, b) -> Integer.compare(a.from(), b.from())).toList();
        for (int i = 0; i < ranks.size(); i++) {
            String rank = VietnameseText.matchKey(ranks.get(i).rankVi());
            if (key.startsWith(rank + " ") || key.equals(rank) || key.contains(", " + rank) || key.startsWith(rank + ",")) {
                int lo = ranks.get(i).from();
                int hi = i + 1 < ranks.size() ? ranks.get(i + 1).from() : Integer.MAX_VALUE;
                return new int[] { lo, hi };
            }
        }
        return null;
    }
}
