package org.songsong.web.catalog;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * The collection as its filters see it, held in memory for one version: each article's place ("rank")
 * in the newest-first order, and for each official, crime category and outlet the set of ranks that
 * name it, as compressed bitmaps. A filter is a few set operations, its count a cardinality, a page of
 * it the ranks from an offset, its facets and timeline one pass over its ranks: milliseconds at 100,000
 * articles, where counting link rows in SQL took 0.1-1 s a first render. Read in one database snapshot,
 * so every count is of the version it carries; immutable, shared by every request.
 */
final class CollectionIndex {

    /** An official as the facets show them. */
    record Official(String slug, String nameVi, String nameEn, String country, boolean curated) {
    }

    /** An outlet as the facets show them. */
    record Outlet(String code, String name) {
    }

    /** Undated articles sort last, as the pages list them. */
    private static final int NO_YEAR = Integer.MIN_VALUE;

    final long version;
    final Instant updatedAt;

    private final long[] idByRank;
    private final int[] yearByRank;
    /** The event of each rank, numbered densely from 0; -1 for an article not grouped yet. */
    private final int[] eventByRank;
    private final int eventCount;
    /** The ranks of the reports that are copies of another. */
    private final RoaringBitmap copies;
    /** The ranks of the articles grouped into an event, and each dense event number's id. */
    private final RoaringBitmap grouped;
    private final long[] eventIds;
    /** The ranks of the reports whose event has more than one. */
    private final RoaringBitmap inSharedEvents;
    /** Each event's ranks: those of event e are memberRanks[memberStart[e]] up to memberStart[e + 1]. */
    private final int[] memberStart;
    private final int[] memberRanks;
    /** Turns a search's matching ids into ranks. */
    private final Ranks ranks;

    private final List<Official> officials;
    private final Map<String, Integer> officialIndex;
    private final Links officialLinks;
    private final List<String> categories;
    private final Map<String, Integer> categoryIndex;
    private final Links categoryLinks;
    private final List<Outlet> outlets;
    private final Map<String, Integer> outletIndex;
    private final Links outletLinks;

    private CollectionIndex(long version, Instant updatedAt, long[] idByRank, int[] yearByRank, Ranks ranks,
            Events events, List<Official> officials,
            Links officialLinks, List<String> categories, Links categoryLinks, List<Outlet> outlets, Links outletLinks) {
        this.version = version;
        this.updatedAt = updatedAt;
        this.idByRank = idByRank;
        this.yearByRank = yearByRank;
        this.ranks = ranks;
        this.eventByRank = events.eventByRank();
        this.eventCount = events.count();
        this.copies = events.copies();
        this.grouped = events.grouped();
        this.eventIds = events.ids();
        this.inSharedEvents = events.inSharedEvents();
        this.memberStart = new int[eventCount + 1];
        for (int event : eventByRank) {
            if (event >= 0) {
                memberStart[event + 1]++;
            }
        }
        for (int e = 0; e < eventCount; e++) {
            memberStart[e + 1] += memberStart[e];
        }
        this.memberRanks = new int[memberStart[eventCount]];
        int[] next = Arrays.copyOf(memberStart, eventCount);
        for (int rank = 0; rank < eventByRank.length; rank++) {
            if (eventByRank[rank] >= 0) {
                memberRanks[next[eventByRank[rank]]++] = rank;
            }
        }
        this.officials = officials;
        this.officialIndex = indexOf(officials.stream().map(Official::slug).toList());
        this.officialLinks = officialLinks;
        this.categories = categories;
        this.categoryIndex = indexOf(categories);
        this.categoryLinks = categoryLinks;
        this.outlets = outlets;
        this.outletIndex = indexOf(outlets.stream().map(Outlet::code).toList());
        this.outletLinks = outletLinks;
    }

    private static Map<String, Integer> indexOf(List<String> keys) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        return index;
    }

    int size() {
        return idByRank.length;
    }

    long id(int rank) {
        return idByRank[rank];
    }

    /** The earliest and the latest year of any dated article; null when none is dated. */
    Integer firstYear() {
        int undated = firstRankBelow(Integer.MIN_VALUE + 1);
        return undated == 0 ? null : yearByRank[undated - 1];
    }

    Integer lastYear() {
        return size() == 0 || yearByRank[0] == NO_YEAR ? null : yearByRank[0];
    }

    List<Official> officials() {
        return officials;
    }

    List<String> categories() {
        return categories;
    }

    List<Outlet> outlets() {
        return outlets;
    }

    /** The ranks of the articles a filter selects, its search's words as the ranks they match. */
    RoaringBitmap select(ArticleFilter filter, RoaringBitmap matches) {
        int from = filter.yearTo() == null ? 0 : firstRankBelow(filter.yearTo() + 1);
        int to = filter.yearFrom() == null ? size() : firstRankBelow(filter.yearFrom());
        RoaringBitmap selected = RoaringBitmap.bitmapOfRange(from, Math.max(from, to));
        narrow(selected, filter.officials(), officialIndex, officialLinks);
        narrow(selected, filter.categories(), categoryIndex, categoryLinks);
        narrow(selected, filter.outlets(), outletIndex, outletLinks);
        if (matches != null) {
            selected.and(matches);
        }
        return selected;
    }

    private static void narrow(RoaringBitmap selected, Set<String> any, Map<String, Integer> index, Links links) {
        if (!any.isEmpty()) {
            RoaringBitmap union = new RoaringBitmap();
            for (String key : any) {
                Integer i = index.get(key);
                if (i != null) {
                    union.or(links.ranksOf[i]);
                }
            }
            selected.and(union);
        }
    }

    /**
     * One rank per event among the selected: its newest selected report that is not a copy, or, when every
     * selected report of the event is a copy, its newest selected copy. A pass over the selected ranks: about
     * a millisecond for 70,000 of them.
     */
    RoaringBitmap folded(RoaringBitmap selected) {
        if (eventCount == 0) {
            return selected;
        }
        BitSet seen = new BitSet(eventCount);
        int[] kept = new int[selected.getCardinality()];
        int n = keepFirstOfEachEvent(RoaringBitmap.andNot(selected, copies), seen, kept, 0);
        n = keepFirstOfEachEvent(RoaringBitmap.and(selected, copies), seen, kept, n);
        int[] ranksKept = Arrays.copyOf(kept, n);
        Arrays.sort(ranksKept);
        return RoaringBitmap.bitmapOf(ranksKept);
    }

    /** The ranks, of those selected, whose article has been grouped into an event. */
    RoaringBitmap grouped(RoaringBitmap selected) {
        return RoaringBitmap.and(selected, grouped);
    }

    /** Someone an official met: in how many events, the first and last of their years, the latest event. */
    record Met(Official official, int events, Integer firstYear, Integer lastYear, long latestEventId) {
    }

    /**
     * The curated officials named in the events of an official's reports (in any report of each), most
     * events first: one pass over the official's reports and their events' reports, newest first.
     */
    List<Met> met(String slug, int limit) {
        Integer key = officialIndex.get(slug);
        if (key == null || eventCount == 0) {
            return List.of();
        }
        int width = officials.size();
        int[] events = new int[width];
        int[] lastEvent = new int[width];
        Arrays.fill(lastEvent, -1);
        int[] firstYear = new int[width];
        int[] lastYear = new int[width];
        long[] latest = new long[width];
        BitSet seenEvents = new BitSet(eventCount);
        PeekableIntIterator mine = officialLinks.ranksOf[key].getIntIterator();
        while (mine.hasNext()) {
            int event = eventByRank[mine.next()];
            if (event < 0 || seenEvents.get(event)) {
                continue;
            }
            seenEvents.set(event);
            for (int m = memberStart[event]; m < memberStart[event + 1]; m++) {
                int rank = memberRanks[m];
                int year = yearByRank[rank];
                officialLinks.forEachOf(rank, (int other) -> {
                    if (lastEvent[other] != event) {
                        lastEvent[other] = event;
                        if (events[other]++ == 0) {
                            latest[other] = eventIds[event];
                            lastYear[other] = year;
                            firstYear[other] = year;
                        } else if (year != NO_YEAR) {
                            firstYear[other] = firstYear[other] == NO_YEAR ? year : Math.min(firstYear[other], year);
                            lastYear[other] = lastYear[other] == NO_YEAR ? year : Math.max(lastYear[other], year);
                        }
                    }
                });
            }
        }
        List<Met> met = new ArrayList<>();
        for (int other = 0; other < width; other++) {
            if (other != key && events[other] > 0 && officials.get(other).curated()) {
                met.add(new Met(officials.get(other), events[other], firstYear[other] == NO_YEAR ? null : firstYear[other],
                        lastYear[other] == NO_YEAR ? null : lastYear[other], latest[other]));
            }
        }
        met.sort(Comparator.comparingInt((Met m) -> -m.events()).thenComparing(m -> m.official().nameVi()));
        return met.size() > limit ? List.copyOf(met.subList(0, limit)) : met;
    }

    /** Two curated officials of different countries named in the same events, how many, and their years. */
    record Tie(Official first, Official second, int events, Integer firstYear, Integer lastYear) {
    }

    /**
     * The pairs of curated officials of different countries named in the same events (in any of an event's
     * reports), for the events of the selected reports, most events first.
     */
    List<Tie> ties(RoaringBitmap selected, int limit) {
        if (eventCount == 0) {
            return List.of();
        }
        BitSet seenEvents = new BitSet(eventCount);
        Map<Long, int[]> pairs = new HashMap<>();
        int[] present = new int[officials.size()];
        int[] mark = new int[officials.size()];
        Arrays.fill(mark, -1);
        PeekableIntIterator ranks = selected.getIntIterator();
        while (ranks.hasNext()) {
            int event = eventByRank[ranks.next()];
            if (event < 0 || seenEvents.get(event)) {
                continue;
            }
            seenEvents.set(event);
            int[] count = {0};
            int year = NO_YEAR;
            for (int m = memberStart[event]; m < memberStart[event + 1]; m++) {
                int rank = memberRanks[m];
                year = Math.max(year, yearByRank[rank]);
                officialLinks.forEachOf(rank, (int key) -> {
                    if (mark[key] != event && officials.get(key).curated()) {
                        mark[key] = event;
                        present[count[0]++] = key;
                    }
                });
            }
            for (int x = 0; x < count[0]; x++) {
                for (int y = x + 1; y < count[0]; y++) {
                    int a = Math.min(present[x], present[y]);
                    int b = Math.max(present[x], present[y]);
                    if (!Objects.equals(officials.get(a).country(), officials.get(b).country())) {
                        int[] tie = pairs.computeIfAbsent(((long) a << 32) | b, k -> new int[] {0, NO_YEAR, NO_YEAR});
                        tie[0]++;
                        if (year != NO_YEAR) {
                            tie[1] = tie[1] == NO_YEAR ? year : Math.min(tie[1], year);
                            tie[2] = Math.max(tie[2], year);
                        }
                    }
                }
            }
        }
        List<Tie> ties = new ArrayList<>(pairs.size());
        pairs.forEach((pair, tie) -> ties.add(new Tie(officials.get((int) (pair >>> 32)), officials.get((int) (long) pair),
                tie[0], tie[1] == NO_YEAR ? null : tie[1], tie[2] == NO_YEAR ? null : tie[2])));
        ties.sort(Comparator.comparingInt((Tie t) -> -t.events()).thenComparing(t -> t.first().slug())
                .thenComparing(t -> t.second().slug()));
        return ties.size() > limit ? List.copyOf(ties.subList(0, limit)) : ties;
    }

    /** The event of the article at a rank; -1 when it has not been grouped yet. */
    long eventId(int rank) {
        return eventByRank[rank] < 0 ? -1 : eventIds[eventByRank[rank]];
    }

    /** The ranks of the selected from the {@code from}-th, {@code size} at the most. */
    int[] ranks(RoaringBitmap selected, int from, int size) {
        if (from >= selected.getCardinality()) {
            return new int[0];
        }
        int[] out = new int[Math.min(size, selected.getCardinality() - from)];
        PeekableIntIterator it = selected.getIntIterator();
        it.advanceIfNeeded(selected.select(from));
        for (int i = 0; i < out.length && it.hasNext(); i++) {
            out[i] = it.next();
        }
        return out;
    }

    private int keepFirstOfEachEvent(RoaringBitmap ranksInOrder, BitSet seen, int[] kept, int n) {
        PeekableIntIterator it = ranksInOrder.getIntIterator();
        while (it.hasNext()) {
            int rank = it.next();
            int event = eventByRank[rank];
            if (event < 0) {
                kept[n++] = rank;
            } else if (!seen.get(event)) {
                seen.set(event);
                kept[n++] = rank;
            }
        }
        return n;
    }

    /** The first rank whose year is below {@code year} (ranks run from the newest year down). */
    private int firstRankBelow(int year) {
        int low = 0;
        int high = size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (yearByRank[middle] >= year) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The ids of the selected articles from the {@code from}-th (newest first), {@code size} at the most. */
    List<Long> ids(RoaringBitmap selected, int from, int size) {
        List<Long> ids = new ArrayList<>(Math.max(0, Math.min(size, selected.getCardinality() - from)));
        if (from >= selected.getCardinality()) {
            return ids;
        }
        PeekableIntIterator ranks = selected.getIntIterator();
        ranks.advanceIfNeeded(selected.select(from));
        while (ranks.hasNext() && ids.size() < size) {
            ids.add(idByRank[ranks.next()]);
        }
        return ids;
    }

    /** The rank of an article the index holds. */
    int rank(long id) {
        return ranks.of(id);
    }

    /** The ranks of these ids, newest first; ids the index does not hold (imported since) are left out. */
    int[] ranks(long[] ids) {
        BitSet found = new BitSet(size());
        for (long id : ids) {
            int rank = ranks.of(id);
            if (rank >= 0) {
                found.set(rank);
            }
        }
        return found.stream().toArray();
    }

    /**
     * The articles sharing the most officials and categories with the one at {@code rank}, newest first among
     * equals, drawn from the {@code candidatesPerLink} newest articles of each of its officials and categories:
     * a common category's every article would be weighed otherwise.
     */
    List<Long> related(int rank, int limit, int candidatesPerLink) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (Links links : List.of(officialLinks, categoryLinks)) {
            links.forEachOf(rank, (int key) -> {
                PeekableIntIterator others = links.ranksOf[key].getIntIterator();
                for (int taken = 0; taken < candidatesPerLink && others.hasNext();) {
                    int other = others.next();
                    if (other != rank) {
                        shared.merge(other, 1, Integer::sum);
                        taken++;
                    }
                }
            });
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> idByRank[e.getKey()]).toList();
    }

    /** How many selected articles name each official, in the order of {@link #officials()}. */
    long[] officialCounts(RoaringBitmap selected) {
        return officialLinks.count(selected);
    }

    long[] categoryCounts(RoaringBitmap selected) {
        return categoryLinks.count(selected);
    }

    long[] outletCounts(RoaringBitmap selected) {
        return outletLinks.count(selected);
    }

    /** For each official, how many events the selected reports that name them belong to. */
    long[] officialEventCounts(RoaringBitmap selected) {
        return eventCounts(officialLinks, selected);
    }

    long[] categoryEventCounts(RoaringBitmap selected) {
        return eventCounts(categoryLinks, selected);
    }

    long[] outletEventCounts(RoaringBitmap selected) {
        return eventCounts(outletLinks, selected);
    }

    /**
     * How many events each key's selected reports belong to: what the list, one entry per event, would show
     * for the key. Reports alone in their event count by intersection sizes; only the few reports of shared
     * events are walked.
     */
    private long[] eventCounts(Links links, RoaringBitmap selected) {
        if (inSharedEvents.isEmpty()) {
            return links.count(selected);
        }
        long[] counts = links.count(RoaringBitmap.andNot(selected, inSharedEvents));
        RoaringBitmap shared = RoaringBitmap.and(selected, inSharedEvents);
        if (shared.isEmpty()) {
            return counts;
        }
        BitSet seen = new BitSet(eventCount);
        for (int key = 0; key < counts.length; key++) {
            RoaringBitmap ofKey = RoaringBitmap.and(shared, links.ranksOf[key]);
            if (ofKey.isEmpty()) {
                continue;
            }
            seen.clear();
            PeekableIntIterator it = ofKey.getIntIterator();
            while (it.hasNext()) {
                int event = eventByRank[it.next()];
                if (!seen.get(event)) {
                    seen.set(event);
                    counts[key]++;
                }
            }
        }
        return counts;
    }

    /**
     * For each year, how many of the selected reports name each official (or category): [year][official];
     * with {@code byEvent}, how many events, where reports alone in their event count as ever and only the
     * reports of shared events are walked.
     */
    Map<Integer, long[]> perYear(RoaringBitmap selected, boolean byOfficial, boolean byEvent) {
        Links links = byOfficial ? officialLinks : categoryLinks;
        int width = byOfficial ? officials.size() : categories.size();
        Map<Integer, long[]> counts = new HashMap<>();
        RoaringBitmap alone = byEvent ? RoaringBitmap.andNot(selected, inSharedEvents) : selected;
        alone.forEach((int rank) -> {
            if (yearByRank[rank] != NO_YEAR) {
                long[] ofYear = counts.computeIfAbsent(yearByRank[rank], y -> new long[width]);
                links.forEachOf(rank, (int key) -> ofYear[key]++);
            }
        });
        if (byEvent) {
            Set<Long> counted = new HashSet<>();
            RoaringBitmap.and(selected, inSharedEvents).forEach((int rank) -> {
                int year = yearByRank[rank];
                if (year != NO_YEAR) {
                    long[] ofYear = counts.computeIfAbsent(year, y -> new long[width]);
                    long event = eventByRank[rank];
                    links.forEachOf(rank, (int key) -> {
                        if (counted.add((((event << 12) | (year & 0xFFF)) << 20) | key)) {
                            ofYear[key]++;
                        }
                    });
                }
            });
        }
        return counts;
    }

    /** How many selected articles each year has (undated ones left out). */
    Map<Integer, Long> totalsPerYear(RoaringBitmap selected) {
        Map<Integer, Long> totals = new HashMap<>();
        selected.forEach((int rank) -> {
            if (yearByRank[rank] != NO_YEAR) {
                totals.merge(yearByRank[rank], 1L, Long::sum);
            }
        });
        return totals;
    }

    /**
     * Which keys (officials, categories or outlets) each rank has: the ranks of each key, and each rank's
     * keys in one array sliced by offsets, so counting under a filter walks its ranks once.
     */
    private static final class Links {
        final RoaringBitmap[] ranksOf;
        final int[] start;
        final int[] keys;

        Links(int keyCount, int rankCount, int[] linkRanks, int[] linkKeys, int links) {
            ranksOf = new RoaringBitmap[keyCount];
            for (int k = 0; k < keyCount; k++) {
                ranksOf[k] = new RoaringBitmap();
            }
            start = new int[rankCount + 1];
            for (int i = 0; i < links; i++) {
                start[linkRanks[i] + 1]++;
            }
            for (int r = 0; r < rankCount; r++) {
                start[r + 1] += start[r];
            }
            keys = new int[links];
            int[] next = Arrays.copyOf(start, rankCount);
            for (int i = 0; i < links; i++) {
                keys[next[linkRanks[i]]++] = linkKeys[i];
                ranksOf[linkKeys[i]].add(linkRanks[i]);
            }
            for (RoaringBitmap ranks : ranksOf) {
                ranks.runOptimize();
            }
        }

        /**
         * Reads (article id, key) rows through {@code COPY}: each row's article as its rank, its key as
         * {@code keyOf} says of the key's text. A link table is hundreds of thousands of rows at 100,000
         * articles, and row by row through the driver they were most of the 0.4 s a reading took.
         */
        static Links read(Connection connection, String select, Ranks ranks, Function<String, Integer> keyOf,
                int keyCount, int rankCount) throws SQLException {
            int[] linkRanks = new int[1024];
            int[] linkKeys = new int[1024];
            int n = 0;
            CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + select + ") to stdout");
            for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy()) {
                int tab = 0;
                long id = 0;
                while (row[tab] != '\t') {
                    id = id * 10 + (row[tab++] - '0');
                }
                int rank = ranks.of(id);
                Integer key = keyOf.apply(new String(row, tab + 1, row.length - tab - 2, StandardCharsets.UTF_8));
                if (rank >= 0 && key != null) {
                    if (n == linkRanks.length) {
                        linkRanks = Arrays.copyOf(linkRanks, n * 2);
                        linkKeys = Arrays.copyOf(linkKeys, n * 2);
                    }
                    linkRanks[n] = rank;
                    linkKeys[n++] = key;
                }
            }
            return new Links(keyCount, rankCount, linkRanks, linkKeys, n);
        }

        void forEachOf(int rank, IntConsumer action) {
            for (int i = start[rank]; i < start[rank + 1]; i++) {
                action.accept(keys[i]);
            }
        }

        /** How many selected ranks each key has: an intersection's size per key, never a walk of the ranks. */
        long[] count(RoaringBitmap selected) {
            long[] counts = new long[ranksOf.length];
            for (int key = 0; key < ranksOf.length; key++) {
                counts[key] = RoaringBitmap.andCardinality(selected, ranksOf[key]);
            }
            return counts;
        }
    }

    /**
     * Reads the collection at one version: the caller runs this in a read-only, repeatable-read
     * transaction, so the version and every row are of the same snapshot.
     */
    static CollectionIndex read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            long version;
            Instant updatedAt;
            try (ResultSet row = statement.executeQuery("select version, updated_at from collection_state where id = 1")) {
                if (!row.next()) {
                    throw new SQLException("the collection has no state row: the importer's migrations have not run");
                }
                version = row.getLong(1);
                updatedAt = row.getTimestamp(2).toInstant();
            }
            Articles articles = Articles.read(statement);
            Ranks ranks = new Ranks(articles.idByRank);
            int n = articles.idByRank.length;
            Events events = Events.read(statement, ranks, n);

            List<Official> officials = new ArrayList<>();
            Map<Long, Integer> officialKey = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("select id, slug, name_vi, name_en, country, curated from official"
                    + " order by slug")) {
                while (rows.next()) {
                    officialKey.put(rows.getLong(1), officials.size());
                    officials.add(new Official(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getBoolean(6)));
                }
            }
            Links officialLinks = Links.read(connection, "select article_id, official_id from article_official", ranks,
                    id -> officialKey.get(Long.parseLong(id)), officials.size(), n);

            List<String> categories = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select code from crime_category order by position, code")) {
                while (rows.next()) {
                    categories.add(rows.getString(1));
                }
            }
            Map<String, Integer> categoryKey = indexOf(categories);
            Links categoryLinks = Links.read(connection, "select article_id, category_code from article_category", ranks,
                    categoryKey::get, categories.size(), n);

            List<Outlet> outlets = new ArrayList<>();
            Map<Long, Integer> outletKey = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("select id, code, name from outlet order by name, code")) {
                while (rows.next()) {
                    outletKey.put(rows.getLong(1), outlets.size());
                    outlets.add(new Outlet(rows.getString(2), rows.getString(3)));
                }
            }
            Links outletLinks = Links.read(connection, "select id, outlet_id from article where outlet_id is not null",
                    ranks, id -> outletKey.get(Long.parseLong(id)), outlets.size(), n);
            return new CollectionIndex(version, updatedAt, articles.idByRank, articles.yearByRank, ranks, events,
                    List.copyOf(officials), officialLinks, List.copyOf(categories), categoryLinks, List.copyOf(outlets),
                    outletLinks);
        }
    }

    /** Each rank's event, numbered densely, and the ranks of the copies. */
    private record Events(int[] eventByRank, int count, RoaringBitmap copies, RoaringBitmap grouped, long[] ids,
            RoaringBitmap inSharedEvents) {

        static Events read(Statement statement, Ranks ranks, int articles) throws SQLException {
            int[] eventByRank = new int[articles];
            Arrays.fill(eventByRank, -1);
            Map<Long, Integer> dense = new HashMap<>();
            RoaringBitmap copies = new RoaringBitmap();
            RoaringBitmap grouped = new RoaringBitmap();
            try (ResultSet rows = statement.executeQuery(
                    "select article_id, event_id, copy_of is not null from article_event")) {
                while (rows.next()) {
                    int rank = ranks.of(rows.getLong(1));
                    if (rank < 0) {
                        continue;
                    }
                    eventByRank[rank] = dense.computeIfAbsent(rows.getLong(2), e -> dense.size());
                    grouped.add(rank);
                    if (rows.getBoolean(3)) {
                        copies.add(rank);
                    }
                }
            }
            long[] ids = new long[dense.size()];
            dense.forEach((id, index) -> ids[index] = id);
            int[] reports = new int[dense.size()];
            for (int event : eventByRank) {
                if (event >= 0) {
                    reports[event]++;
                }
            }
            RoaringBitmap inSharedEvents = new RoaringBitmap();
            for (int rank = 0; rank < eventByRank.length; rank++) {
                if (eventByRank[rank] >= 0 && reports[eventByRank[rank]] > 1) {
                    inSharedEvents.add(rank);
                }
            }
            return new Events(eventByRank, dense.size(), copies, grouped, ids, inSharedEvents);
        }
    }

    /** Every article's id and year, newest first. */
    private record Articles(long[] idByRank, int[] yearByRank) {

        static Articles read(Statement statement) throws SQLException {
            long[] ids = new long[1024];
            int[] years = new int[1024];
            int n = 0;
            try (ResultSet rows = statement.executeQuery("select id, date_year from article order by"
                    + " date_year desc nulls last, date_month desc nulls last, date_day desc nulls last, id desc")) {
                while (rows.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                        years = Arrays.copyOf(years, n * 2);
                    }
                    ids[n] = rows.getLong(1);
                    int year = rows.getInt(2);
                    years[n++] = rows.wasNull() ? NO_YEAR : year;
                }
            }
            return new Articles(Arrays.copyOf(ids, n), Arrays.copyOf(years, n));
        }
    }

    /**
     * Article ids to ranks: an array indexed by id where the ids are dense (drawn from one sequence, they
     * are), else a binary search over the sorted ids. A search turns up to every id of the collection into
     * ranks, 100,000 binary searches cost it about 20 ms.
     */
    private static final class Ranks {
        private final long firstId;
        private final int[] rankById;
        private final long[] sorted;
        private final int[] rankOfSorted;

        Ranks(long[] idByRank) {
            long first = Arrays.stream(idByRank).min().orElse(0);
            long last = Arrays.stream(idByRank).max().orElse(-1);
            firstId = first;
            if (last - first < 4L * idByRank.length + 1024) {
                rankById = new int[(int) (last - first + 1)];
                Arrays.fill(rankById, -1);
                for (int r = 0; r < idByRank.length; r++) {
                    rankById[(int) (idByRank[r] - first)] = r;
                }
                sorted = null;
                rankOfSorted = null;
            } else {
                rankById = null;
                sorted = idByRank.clone();
                Arrays.sort(sorted);
                rankOfSorted = new int[sorted.length];
                for (int r = 0; r < idByRank.length; r++) {
                    rankOfSorted[Arrays.binarySearch(sorted, idByRank[r])] = r;
                }
            }
        }

        int of(long id) {
            if (rankById != null) {
                long at = id - firstId;
                return at < 0 || at >= rankById.length ? -1 : rankById[(int) at];
            }
            int at = Arrays.binarySearch(sorted, id);
            return at < 0 ? -1 : rankOfSorted[at];
        }
    }
}
