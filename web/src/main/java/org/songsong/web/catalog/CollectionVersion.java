package org.songsong.web.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

import org.jboss.logging.Logger;
import org.songsong.web.config.ReaderConfig;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The version of the collection the reader answers from, and its {@link CollectionIndex}. The importer bumps
 * the version with every batch it writes; the version is looked up at most once a second, and a changed
 * collection is read again in the background while requests go on being answered from the one before, for
 * {@link ReaderConfig.CollectionVersion#maxStaleness} at the most. ETags, kept responses and counts all
 * follow the version of the index, so a page never mixes two.
 */
@ApplicationScoped
public class CollectionVersion {

    private static final Logger LOG = Logger.getLogger(CollectionVersion.class);

    /** A version and when the collection last changed. */
    public record Snapshot(long version, Instant updatedAt) {
    }

    private final Duration maxAge;
    private final Duration maxStaleness;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "collection-index");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    DataSource dataSource;

    private volatile CollectionIndex index;
    private volatile long checkedAt;
    /** When the database was first seen ahead of the index; 0 while it is not. */
    private volatile long behindSince;
    private CompletableFuture<CollectionIndex> reading;

    @Inject
    CollectionVersion(ReaderConfig config) {
        this.maxAge = config.collectionVersion().maxAge();
        this.maxStaleness = config.collectionVersion().maxStaleness();
    }

    /**
     * Begins reading the collection as the application starts, on the reading's own thread, so the first
     * request finds it read or under way (at 100,000 articles a reading takes 0.4-0.8 s).
     */
    void readAtStart(@Observes StartupEvent started) {
        readAgain();
    }

    /** The version last read while it is still trusted, else null: never waits for the database. */
    public Snapshot fresh() {
        CollectionIndex known = index;
        return known != null && System.nanoTime() - checkedAt < maxAge.toNanos() ? snapshot(known) : null;
    }

    public Snapshot current() {
        return snapshot(index());
    }

    private static Snapshot snapshot(CollectionIndex index) {
        return new Snapshot(index.version, index.updatedAt);
    }

    /** The index last read, whatever its version; null before the first reading. Never waits. */
    CollectionIndex held() {
        return index;
    }

    /** The index to answer from: the current one, or one at most {@code maxStaleness} behind the database. */
    CollectionIndex index() {
        CollectionIndex known = index;
        long now = System.nanoTime();
        if (known != null && now - checkedAt < maxAge.toNanos()) {
            return known;
        }
        long stored = storedVersion();
        checkedAt = now;
        if (known != null && known.version == stored) {
            behindSince = 0;
            return known;
        }
        if (behindSince == 0) {
            behindSince = now;
        }
        CompletableFuture<CollectionIndex> next = readAgain();
        if (known != null && now - behindSince < maxStaleness.toNanos()) {
            return known;
        }
        CollectionIndex read = next.join();
        if (read.version < stored) {
            // the reading joined had begun before this request saw the version: the next begins after it (a
            // version lower still is the database's own, restored from a copy, say, and is answered from)
            read = readAgain().join();
        }
        return read;
    }

    /**
     * The reading under way, or a new one. The reading publishes what it read itself, so whoever joins it
     * finds the index in place; a reading done is never handed out again.
     */
    private synchronized CompletableFuture<CollectionIndex> readAgain() {
        if (reading == null || reading.isDone()) {
            reading = CompletableFuture.supplyAsync(() -> {
                try {
                    CollectionIndex read = read();
                    index = read;
                    checkedAt = System.nanoTime();
                    behindSince = 0;
                    return read;
                } catch (RuntimeException e) {
                    LOG.warnf("The collection could not be read again: %s", e.getMessage());
                    throw e;
                }
            }, reader);
        }
        return reading;
    }

    private CollectionIndex read() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                CollectionIndex read = CollectionIndex.read(connection);
                LOG.debugf("Read %d articles at version %d in %d ms", read.size(), read.version,
                        (System.nanoTime() - started) / 1_000_000);
                return read;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the collection cannot be read", e);
        }
    }

    private long storedVersion() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version from collection_state where id = 1")) {
            if (!row.next()) {
                throw new IllegalStateException("the collection has no state row: the importer's migrations have not run");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the collection's version cannot be read", e);
        }
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }
}
