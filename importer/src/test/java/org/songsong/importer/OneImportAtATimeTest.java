package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ImportLock;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/**
 * An import refuses to start while another writes to the same database, and says so; the other's lock
 * is held as an importer holds it, on a session of its own.
 */
@QuarkusMainTest
class OneImportAtATimeTest extends ImportTestSupport {

    @Test
    void anImportWaitsForNoneAndWritesNothingWhileAnotherIsWriting(QuarkusMainLauncher launcher) throws SQLException {
        try (Connection other = TestDatabase.connect()) {
            lock(other);

            LaunchResult refused = launcher.launch("import", fiveSeeds.toString());

            assertThat(refused.exitCode()).isEqualTo(3);
            assertThat(refused.getErrorOutput()).contains("Another import is writing to this database; nothing was imported");
            assertThat(TestDatabase.count("select count(*) from article")).isZero();

            LaunchResult dryRun = launcher.launch("import", "--dry-run", fiveSeeds.toString());
            assertThat(dryRun.exitCode()).as("a dry run writes nothing, so it may run").isZero();
        }
        // the other run is over
        LaunchResult after = launcher.launch("import", fiveSeeds.toString());
        assertThat(after.exitCode()).as(after.getErrorOutput()).isZero();
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(5);
    }

    @Test
    void aFinishedImportLeavesTheDatabaseFreeForTheNext(QuarkusMainLauncher launcher) throws SQLException {
        assertThat(launcher.launch("import", fiveSeeds.toString()).exitCode()).isZero();

        assertThat(TestDatabase.count("select count(*) from pg_locks where locktype = 'advisory'"))
                .as("advisory locks left behind").isZero();
        try (Connection next = TestDatabase.connect()) {
            assertThat(tryLock(next)).as("another process can take the lock").isTrue();
        }
    }

    @Test
    void aRunWhoseSessionDiedLeavesNoLockBehind(QuarkusMainLauncher launcher) throws SQLException {
        Connection crashed = TestDatabase.connect();
        lock(crashed);
        crashed.close(); // as when an importer's process is killed: the database ends its session

        LaunchResult next = launcher.launch("import", fiveSeeds.toString());

        assertThat(next.exitCode()).as(next.getErrorOutput()).isZero();
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(5);
    }

    private static void lock(Connection connection) throws SQLException {
        assertThat(tryLock(connection)).isTrue();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, ImportLock.KEY);
            try (var result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
