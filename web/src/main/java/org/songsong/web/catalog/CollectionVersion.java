package org.songsong.web.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

import org.songsong.web.config.ReaderConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The collection's version (bumped by the importer with every batch it writes), read at most once a
 * second: ETags and cached counts follow an import within a second, and a busy reader does not ask the
 * database for it on every request.
 */
@ApplicationScoped
public class CollectionVersion {

    /** A version and when the collection last changed. */
    public record Snapshot(long version, Instant updatedAt) {
    }

    /** How long a read version is trusted ({@link ReaderConfig.CollectionVersion#maxAge}). */
    private final Duration maxAge;

    @Inject
    CollectionVersion(ReaderConfig config) {
        this.maxAge = config.collectionVersion().maxAge();
    }

    @Inject
    DataSource dataSource;

    private volatile Snapshot snapshot;
    private volatile long readAt;

    /** The version last read while it is still trusted, else null: never waits for the database. */
    public Snapshot fresh() {
        Snapshot known = snapshot;
        return known != null && System.nanoTime() - readAt < maxAge.toNanos() ? known : null;
    }

    public Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && System.nanoTime() - readAt < maxAge.toNanos()) {
            return known;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version, updated_at from collection_state where id = 1")) {
            if (!row.next()) {
                return null;
            }
            Snapshot fresh = new Snapshot(row.getLong(1), row.getTimestamp(2).toInstant());
            snapshot = fresh;
            readAt = System.nanoTime();
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("the collection's version cannot be read", e);
        }
    }
}
