package org.songsong.core.writeside;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One import run writes to a collection at a time. Two at once would race for the same slugs and files,
 * and during a first load, which sets the foreign keys aside, a second run's deletes would not cascade
 * and the keys could then not be added back. A run holds a PostgreSQL advisory lock on a connection of
 * its own for as long as it writes: the database lets go of it when the run ends, and when its process
 * or its connection dies, so a crashed run never leaves the collection locked.
 */
@ApplicationScoped
public class ImportLock {

    /** The lock's key, shared by every importer of this product: "songsong" in ASCII. */
    public static final long KEY = 0x736f_6e67_736f_6e67L;

    @Inject
    DataSource dataSource;

    /** The lock, held until closed. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the lock without waiting; empty when another run holds it. */
    public Optional<Held> tryAcquire() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet locked = lock.executeQuery()) {
                if (locked.next() && locked.getBoolean(1)) {
                    return Optional.of(() -> release(connection));
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /**
     * The connection goes back to the pool, whose sessions outlive it: the lock is let go of explicitly. If
     * that fails the session is lost anyway, and the database lets go of the lock with it.
     */
    private static void release(Connection connection) {
        try (connection; PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            // the connection is broken: its session, and the lock, end with it
        }
    }
}
