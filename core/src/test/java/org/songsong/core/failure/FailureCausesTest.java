package org.songsong.core.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;

/** One answer, for the importer and the reader alike, to "is the database out of reach?". */
class FailureCausesTest {

    @Test
    void aLostOrRefusedConnectionOrAServerShuttingDownIsUnreachable() {
        assertThat(FailureCauses.databaseUnreachable(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(FailureCauses.databaseUnreachable(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(FailureCauses.databaseUnreachable(new SQLException("remaining connection slots are reserved",
                "53300"))).isTrue();
        assertThat(FailureCauses.databaseUnreachable(new RuntimeException("could not open",
                new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aStatementCancelledForRunningTooLongIsTheDatabaseNotAnsweringInTime() {
        assertThat(FailureCauses.databaseUnreachable(new IllegalStateException("the search could not be run",
                new SQLException("canceling statement due to statement timeout", "57014")))).isTrue();
    }

    @Test
    void aConnectionThatBrokeAtCommitIsFoundAmongTheSuppressed() {
        RuntimeException commit = new RuntimeException("could not commit");
        commit.addSuppressed(new SQLException("This connection has been closed.", "08003"));
        assertThat(FailureCauses.databaseUnreachable(commit)).isTrue();
    }

    @Test
    void aRefusedStatementIsNot() {
        assertThat(FailureCauses.databaseUnreachable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(FailureCauses.databaseUnreachable(new SQLTransactionRollbackException("serialization", "40001")))
                .isFalse();
        assertThat(FailureCauses.databaseUnreachable(new IllegalStateException("no such article"))).isFalse();
        // a socket that broke outside the database's driver (a client gone, a truncated resource) is not an outage
        assertThat(FailureCauses.databaseUnreachable(new UncheckedIOException(new SocketException("Broken pipe"))))
                .isFalse();
        assertThat(FailureCauses.databaseUnreachable(new SQLException("I/O", new SocketException("reset")))).isTrue();
    }
}
