package org.songsong.core.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a collection's reports into events, and finds the copies among them (src-docs/events.md gives the
 * rule and what it does on real articles).
 * <ul>
 * <li>A <b>copy</b> is a report whose text another report's text mostly contains (estimated containment
 * of four-word shingles ≥ {@value #COPY_CONTAINMENT}), published within {@value #COPY_WINDOW_DAYS} days
 * of it. Candidates come from locality-sensitive hashing of the MinHash fingerprints (32 bands of two),
 * each band's buckets found by sorting, and inside a bucket only reports within the window of each other
 * are compared, so the work grows with the collection, not with its square. A copy's original is the first
 * report it copies that is itself no copy, taken in the order seen first, then a news agency's, then stored
 * first; so republications never chain over the months.</li>
 * <li>Two reports are of one <b>event</b> when one is a copy of the other, or when they report the same
 * day and name the same session of a known series or at least two of the same officials, and no country's
 * leading official differs between them ({@link Principals}). A day one report knows only from its page may
 * be one off the other's: a report is often published the day after.
 * Two texts that each write their day, different days, report different happenings, which keeps the
 * meetings of a visit apart.</li>
 * </ul>
 * Reports that are linked, directly or through others, are one event, strongest links first, unless the
 * groups they would join are led by different officials.
 */
public final class EventGrouper {

    /** Changed with every change of the rule, so that the next import groups the collection again. */
    public static final String VERSION = "5";
    /** How many days apart two reports of one case can be dated. */
    static final int CASE_DAYS = 2;
    /** A case fact more reports of a few days hold than this is too common to tell a case. */
    private static final int MAX_CASE_NEIGHBOURS = 30;

    static final double COPY_CONTAINMENT = 0.6;
    static final int COPY_WINDOW_DAYS = 30;
    static final int SHARED_OFFICIALS = 2;
    /** A named session links two reports more strongly than any number of shared officials does. */
    private static final int NAMED_EVENT_STRENGTH = 100;
    private static final int BANDS = 32;
    private static final int ROWS = TextFingerprint.HASHES / BANDS;
    /** Sorts before every day, so an undated report is compared with every report of its bucket. */
    private static final long UNDATED = -(1L << 30);

    /** A report that is a copy of {@code originalId}; {@code similarity} is the estimated share of text they share. */
    public record Copy(long reportId, long originalId, double similarity) {
    }

    /** The events (each the ids of its reports, in id order) and the copies. */
    public record Grouping(List<List<Long>> events, Map<Long, Copy> copies) {
    }

    public Grouping group(List<Report> reports) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparingLong(Report::id));
        UnionFind events = new UnionFind(ordered);
        Map<Long, Copy> copies = copies(ordered, events);
        linkSameHappening(ordered, events);
        linkSameCase(ordered, events);
        Map<Integer, List<Long>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byRoot.computeIfAbsent(events.find(i), r -> new ArrayList<>()).add(ordered.get(i).id());
        }
        return new Grouping(List.copyOf(byRoot.values()), copies);
    }

    private Map<Long, Copy> copies(List<Report> reports, UnionFind events) {
        int n = reports.size();
        long[] day = new long[n];
        for (int i = 0; i < n; i++) {
            LocalDate seen = reports.get(i).firstSeen();
            day[i] = seen == null ? UNDATED : seen.toEpochDay();
        }
        Pairs copyPairs = new Pairs();
        // per band, the reports sorted by the band's hash: runs of one hash are the band's buckets
        long[] keyed = new long[n];
        for (int band = 0; band < BANDS; band++) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                TextFingerprint f = reports.get(i).fingerprint();
                if (f != null && f.shingles() > 0) {
                    keyed[count++] = (bandHash(f, band) & 0xFFFFFFFF00000000L) | i;
                }
            }
            Arrays.sort(keyed, 0, count);
            for (int from = 0; from < count;) {
                int to = from + 1;
                while (to < count && (keyed[to] >>> 32) == (keyed[from] >>> 32)) {
                    to++;
                }
                if (to - from > 1) {
                    compareWithinWindow(keyed, from, to, band, day, reports, copyPairs);
                }
                from = to;
            }
        }
        Map<Long, Copy> copies = new HashMap<>();
        if (copyPairs.size == 0) {
            return copies;
        }
        // earliest first: a report is a copy of the first original it copies, never of another copy, so a
        // chain of republications over the months never joins reports further apart than the window
        Comparator<Integer> firstToOriginal = Comparator
                .comparing((Integer i) -> reports.get(i).firstSeen(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> !reports.get(i).agency())
                .thenComparingLong(i -> reports.get(i).id());
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, firstToOriginal);
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        long[] pairs = copyPairs.sorted();
        int[] start = new int[n + 1];
        for (int k = 0; k < copyPairs.size; k++) {
            start[(int) (pairs[k] >>> 32) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        boolean[] original = new boolean[n];
        for (int p = 0; p < n; p++) {
            int report = order[p];
            int best = -1;
            for (int k = start[report]; k < start[report + 1]; k++) {
                int other = (int) pairs[k];
                if (original[other] && position[other] < p && (best < 0 || position[other] < position[best])) {
                    best = other;
                }
            }
            if (best < 0) {
                original[report] = true;
            } else {
                events.union(report, best);
                Report copy = reports.get(report);
                Report of = reports.get(best);
                copies.put(copy.id(), new Copy(copy.id(), of.id(), copy.fingerprint().jaccard(of.fingerprint())));
            }
        }
        return copies;
    }

    private static long bandHash(TextFingerprint f, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = key * 0x9E3779B97F4A7C15L + f.minHashes()[band * ROWS + r];
        }
        return TextFingerprint.mix(key);
    }

    /** True when the two fingerprints agree on a band before {@code band}: that band's bucket had the pair. */
    private static boolean sharedEarlierBand(TextFingerprint a, TextFingerprint b, int band) {
        for (int earlier = 0; earlier < band; earlier++) {
            boolean same = true;
            for (int r = 0; r < ROWS && same; r++) {
                same = a.minHashes()[earlier * ROWS + r] == b.minHashes()[earlier * ROWS + r];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares the reports of one bucket that were first seen within the copy window of each other (a
     * bucket of a common passage holds reports of many years; only neighbours in time are candidates), and
     * keeps the pairs that are copies, both ways. A pair two bands share is compared in the first.
     */
    private static void compareWithinWindow(long[] keyed, int from, int to, int band, long[] day, List<Report> reports,
            Pairs copyPairs) {
        int size = to - from;
        long[] byDay = new long[size];
        for (int k = 0; k < size; k++) {
            int report = (int) keyed[from + k];
            byDay[k] = (day[report] << 32) | report;
        }
        Arrays.sort(byDay);
        for (int x = 0; x < size; x++) {
            int a = (int) byDay[x];
            long dayA = byDay[x] >> 32;
            for (int y = x + 1; y < size; y++) {
                long dayB = byDay[y] >> 32;
                if (dayA != UNDATED && dayB - dayA > COPY_WINDOW_DAYS) {
                    break;
                }
                int b = (int) byDay[y];
                Report ra = reports.get(a);
                Report rb = reports.get(b);
                if (!sharedEarlierBand(ra.fingerprint(), rb.fingerprint(), band) && isCopy(ra, rb)) {
                    copyPairs.add(a, b);
                    copyPairs.add(b, a);
                }
            }
        }
    }

    /** A growing list of (report, report) pairs as longs. */
    private static final class Pairs {
        private long[] values = new long[1024];
        private int size;

        void add(int a, int b) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = ((long) a << 32) | b;
        }

        long[] sorted() {
            Arrays.sort(values, 0, size);
            return values;
        }
    }

    static boolean isCopy(Report a, Report b) {
        LocalDate da = a.firstSeen();
        LocalDate db = b.firstSeen();
        if (da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) > COPY_WINDOW_DAYS) {
            return false;
        }
        return a.fingerprint().containment(b.fingerprint()) >= COPY_CONTAINMENT;
    }

    /** Links reports of one day (or a day and the next) by a named session or shared officials, through postings. */
    private void linkSameHappening(List<Report> reports, UnionFind events) {
        Map<LocalDate, List<Integer>> byDay = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).day() != null) {
                byDay.computeIfAbsent(reports.get(i).day(), d -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<LocalDate, List<Integer>> day : byDay.entrySet()) {
            List<Integer> candidates = new ArrayList<>(day.getValue());
            int sameDay = candidates.size();
            candidates.addAll(byDay.getOrDefault(day.getKey().plusDays(1), List.of()));
            Map<Long, List<Integer>> byOfficial = new HashMap<>();
            Map<String, List<Integer>> byNamedEvent = new HashMap<>();
            for (int c = 0; c < candidates.size(); c++) {
                Report r = reports.get(candidates.get(c));
                for (Long official : r.officials()) {
                    byOfficial.computeIfAbsent(official, o -> new ArrayList<>()).add(c);
                }
                for (String named : r.namedEvents()) {
                    byNamedEvent.computeIfAbsent(named, n -> new ArrayList<>()).add(c);
                }
            }
            Map<Long, Integer> sharedOfficials = new HashMap<>();
            for (List<Integer> posting : byOfficial.values()) {
                forPairs(posting, sameDay, (a, b) -> sharedOfficials.merge(((long) a << 32) | b, 1, Integer::sum));
            }
            Map<Long, Integer> strength = new HashMap<>();
            sharedOfficials.forEach((pair, shared) -> {
                if (shared >= SHARED_OFFICIALS) {
                    strength.put(pair, shared);
                }
            });
            for (List<Integer> posting : byNamedEvent.values()) {
                forPairs(posting, sameDay, (a, b) -> strength.merge(((long) a << 32) | b, NAMED_EVENT_STRENGTH, Integer::sum));
            }
            List<Long> pairs = new ArrayList<>(strength.keySet());
            pairs.sort(Comparator.comparing((Long pair) -> -strength.get(pair)).thenComparing(pair -> pair));
            for (long pair : pairs) {
                int a = candidates.get((int) (pair >>> 32));
                int b = candidates.get((int) pair);
                Report ra = reports.get(a);
                Report rb = reports.get(b);
                if (ra.day().equals(rb.day()) || !(ra.dayFromText() && rb.dayFromText())) {
                    events.unionIfLeadersAgree(a, b);
                }
            }
        }
    }

    /**
     * Links the reports of one case written from different angles on days up to {@link #CASE_DAYS} apart
     * (the police announce a handover the day after the ministry did): they name a crime in common and
     * recount the same facts, a count of the case and an earlier day ("18 địa điểm", "sáng 6/6"), or three
     * counts. The texts need share nothing else; their leaders must agree.
     */
    private void linkSameCase(List<Report> reports, UnionFind events) {
        Map<String, List<Integer>> byFact = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (r.day() != null && !r.categories().isEmpty()) {
                for (String fact : r.caseFacts()) {
                    byFact.computeIfAbsent(fact, f -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Long, int[]> shared = new HashMap<>(); // a pair's shared counts and shared days
        for (Map.Entry<String, List<Integer>> posting : byFact.entrySet()) {
            List<Integer> holders = posting.getValue();
            if (holders.size() < 2) {
                continue;
            }
            holders.sort(Comparator.comparing((Integer i) -> reports.get(i).day()).thenComparing(i -> i));
            int kind = posting.getKey().startsWith("n:") ? 0 : 1;
            // a fact this many reports of a few days hold is the week's news, not a case's: a report in any such
            // window takes no link by it (one pass, the window's end only moving forward)
            boolean[] crowded = new boolean[holders.size()];
            int[] windowEnd = new int[holders.size()];
            int end = 0;
            for (int x = 0; x < holders.size(); x++) {
                long first = reports.get(holders.get(x)).day().toEpochDay();
                end = Math.max(end, x + 1);
                while (end < holders.size() && reports.get(holders.get(end)).day().toEpochDay() - first <= CASE_DAYS) {
                    end++;
                }
                windowEnd[x] = end;
                if (end - x > MAX_CASE_NEIGHBOURS) {
                    Arrays.fill(crowded, x, end, true);
                }
            }
            for (int x = 0; x < holders.size(); x++) {
                for (int y = x + 1; y < windowEnd[x] && !crowded[x]; y++) {
                    if (!crowded[y]) {
                        int a = Math.min(holders.get(x), holders.get(y));
                        int b = Math.max(holders.get(x), holders.get(y));
                        shared.computeIfAbsent(((long) a << 32) | b, k -> new int[2])[kind]++;
                    }
                }
            }
        }
        List<Long> pairs = new ArrayList<>(shared.keySet());
        pairs.sort(Comparator.naturalOrder());
        for (long pair : pairs) {
            int[] counts = shared.get(pair);
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            boolean sameFacts = (counts[0] >= 1 && counts[1] >= 1) || counts[0] >= 3;
            if (sameFacts && reports.get(a).categories().stream().anyMatch(reports.get(b).categories()::contains)
                    && events.spanDaysIfJoined(a, b) <= CASE_DAYS) {
                // the span is checked on the groups, not the pair: links of a few days each never chain a
                // case over weeks
                events.unionIfLeadersAgree(a, b);
            }
        }
    }

    private interface PairAction {
        void accept(int a, int b);
    }

    /** Each pair of a posting with at least one report of the day itself (the next day's pairs are that day's). */
    private static void forPairs(List<Integer> posting, int sameDay, PairAction action) {
        for (int x = 0; x < posting.size() && posting.get(x) < sameDay; x++) {
            for (int y = x + 1; y < posting.size(); y++) {
                action.accept(posting.get(x), posting.get(y));
            }
        }
    }

    /**
     * Groups of reports; each group knows who leads its reports, country by country, so that a report that
     * agrees with two groups that disagree with each other joins only the one it is most strongly linked to.
     */
    private static final class UnionFind {
        private final int[] parent;
        private final List<Map<String, Set<Long>>> leaders;
        /** Per group (at its root), the first and last day of its dated reports; Long.MAX/MIN when none. */
        private final long[] firstDay;
        private final long[] lastDay;

        UnionFind(int size) {
            this(size, null);
        }

        UnionFind(List<Report> reports) {
            this(reports.size(), reports);
        }

        private UnionFind(int size, List<Report> reports) {
            parent = new int[size];
            leaders = new ArrayList<>(size);
            firstDay = new long[size];
            lastDay = new long[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
                leaders.add(reports == null ? Map.of() : reports.get(i).principals());
                LocalDate day = reports == null ? null : reports.get(i).day();
                firstDay[i] = day == null ? Long.MAX_VALUE : day.toEpochDay();
                lastDay[i] = day == null ? Long.MIN_VALUE : day.toEpochDay();
            }
        }

        /** How many days the dated reports of the two groups would span together. */
        long spanDaysIfJoined(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (firstDay[ra] == Long.MAX_VALUE || firstDay[rb] == Long.MAX_VALUE) {
                return Long.MAX_VALUE; // a group of undated reports has no span to check: never joined by its case
            }
            return Math.max(lastDay[ra], lastDay[rb]) - Math.min(firstDay[ra], firstDay[rb]);
        }

        void unionIfLeadersAgree(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb && Principals.agree(leaders.get(ra), leaders.get(rb))) {
                union(a, b);
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                int root = Math.min(ra, rb);
                parent[Math.max(ra, rb)] = root;
                firstDay[root] = Math.min(firstDay[ra], firstDay[rb]);
                lastDay[root] = Math.max(lastDay[ra], lastDay[rb]);
                Map<String, Set<Long>> merged = new HashMap<>();
                for (Map<String, Set<Long>> side : List.of(leaders.get(ra), leaders.get(rb))) {
                    side.forEach((country, ids) -> merged.computeIfAbsent(country, c -> new HashSet<>()).addAll(ids));
                }
                leaders.set(root, merged);
            }
        }
    }
}
