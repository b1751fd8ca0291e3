package org.songsong.web.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.sql.DataSource;

import org.roaringbitmap.RoaringBitmap;
import org.songsong.web.config.ReaderConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The articles each search's words match, best first, found once per search and collection version. */
@ApplicationScoped
public class SearchMatches {

    /** A search's matches as ranks of the index, best first, and the same ranks as a set. */
    record Matches(int[] inOrder, RoaringBitmap set) {
    }

    @Inject
    DataSource dataSource;

    private final int ranked;
    private final Duration timeout;

    /** The matches of each search's words, each search weighing its matches and 64 more for its key. */
    private final VersionedCache<String, Matches> matchesByWords;

    /**
     * How many searches are matched at once, and how many may wait for their turn: a flood of new searches
     * is turned away ({@code BulkheadException}, a 503 page) instead of taking the database's every core from
     * the article and list pages.
     */
    private final Guard concurrency;
    private final int room;
    /** Searches being matched or waiting to be. */
    private final AtomicInteger inside = new AtomicInteger();

    @Inject
    CollectionVersion versions;

    @Inject
    SearchMatches(ReaderConfig config, MeterRegistry registry) {
        ranked = config.searchMatches().ranked();
        timeout = config.searchMatches().timeout();
        int waiting = config.searchMatches().waiting();
        room = config.searchMatches().concurrent() + waiting;
        concurrency = Guard.create().withDescription("search-matches").withBulkhead()
                .limit(config.searchMatches().concurrent())
                .with(bulkhead -> {
                    if (waiting > 0) {
                        bulkhead.queueSize(waiting).enableSynchronousQueueing();
                    }
                }).done().build();
        matchesByWords = VersionedCache.ofWeight("search-matches", config.searchMatches().maxIds(),
                (Matches matches) -> matches.inOrder().length + 64L, registry);
    }

    /**
     * The articles a search's words match, best first. Ranking reads every match's stored words (about 60
     * µs an article: 5 s for a name in nine articles of ten at 100,000), so only the newest
     * {@link ReaderConfig.SearchMatches#ranked} matches are ranked, best first, and the rest follow newest
     * first: every match of a rarer search is ranked.
     */
    Matches of(CollectionIndex index, String words) {
        Matches kept = matchesByWords.get(words, index.version);
        if (kept == null) {
            inside.incrementAndGet();
            try {
                kept = concurrency.get(() -> find(index, words), Matches.class);
            } finally {
                inside.decrementAndGet();
            }
            matchesByWords.put(words, index.version, kept);
        }
        return kept;
    }

    /**
     * Whether a search for these words would be turned away now: it is not kept for the collection as last
     * read, and as many searches as the reader takes are being matched or waiting. Never waits for anything,
     * so the HTTP layer can ask before a request takes a worker thread.
     */
    public boolean wouldTurnAway(String words) {
        CollectionIndex index = versions.held();
        return inside.get() >= room && (index == null || matchesByWords.get(words, index.version) == null);
    }

    private Matches find(CollectionIndex index, String words) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                int[] newestFirst = index.ranks(matchingIds(connection, words));
                int top = Math.min(ranked, newestFirst.length);
                long[] best = bestFirst(connection, words, LongStream.range(0, top)
                        .map(i -> index.id(newestFirst[(int) i])).toArray());
                int[] inOrder = new int[best.length + newestFirst.length - top];
                for (int i = 0; i < best.length; i++) {
                    inOrder[i] = index.rank(best[i]);
                }
                System.arraycopy(newestFirst, top, inOrder, best.length, newestFirst.length - top);
                RoaringBitmap set = RoaringBitmap.bitmapOfUnordered(inOrder);
                set.runOptimize();
                return new Matches(inOrder, set);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the search could not be run", e);
        }
    }

    /**
     * Every article with all the words, through the full-text index: the planner would rather scan the
     * table for a common word, not knowing each row's words are stored apart, which costs four times more.
     */
    private long[] matchingIds(Connection connection, String words) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local enable_seqscan = off");
            statement.execute("set local statement_timeout = " + timeout.toMillis());
        }
        try (PreparedStatement query = connection.prepareStatement(
                "select article_id from article_search where search_vector @@ plainto_tsquery('simple', ?)")) {
            query.setFetchSize(10_000);
            query.setString(1, words);
            try (ResultSet rows = query.executeQuery()) {
                LongStream.Builder ids = LongStream.builder();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids.build().toArray();
            }
        }
    }

    /**
     * These ids (newest first) by relevance: the words next to each other as typed above scattered ones. The
     * phrase's rank is left out for one word, where it is the word's own: it is two thirds of the cost.
     */
    private static long[] bestFirst(Connection connection, String words, long[] ids) throws SQLException {
        if (ids.length == 0) {
            return ids;
        }
        String phrase = words.contains(" ") ? "4 * ts_rank_cd(a.search_vector, phraseto_tsquery('simple', ?)) + " : "";
        try (PreparedStatement query = connection.prepareStatement("select m.id from unnest(?) with ordinality as m(id, n)"
                + " join article_search a on a.article_id = m.id order by (" + phrase
                + "ts_rank_cd(a.search_vector, plainto_tsquery('simple', ?))) desc, m.n")) {
            Array array = connection.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray());
            query.setArray(1, array);
            query.setString(2, words);
            if (!phrase.isEmpty()) {
                query.setString(3, words);
            }
            try (ResultSet rows = query.executeQuery()) {
                long[] best = new long[ids.length];
                int n = 0;
                while (rows.next()) {
                    best[n++] = rows.getLong(1);
                }
                return Arrays.copyOf(best, n);
            }
        }
    }
}
