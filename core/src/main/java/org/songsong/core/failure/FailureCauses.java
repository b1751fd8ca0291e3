package org.songsong.core.failure;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Every exception behind a failure: its causes and what each suppressed. A batch that the database
 * refuses when it commits (a deferred constraint) or drops at commit reaches the importer as the
 * transaction manager's "could not commit", with the database's own error only among its suppressed
 * exceptions.
 */
public final class FailureCauses {

    private FailureCauses() {
    }

    /** The failure, then its causes and suppressed exceptions, depth first; each once. */
    public static List<Throwable> of(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        collect(failure, all, Collections.newSetFromMap(new IdentityHashMap<>()));
        return all;
    }

    private static void collect(Throwable e, List<Throwable> all, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return;
        }
        all.add(e);
        collect(e.getCause(), all, seen);
        for (Throwable suppressed : e.getSuppressed()) {
            collect(suppressed, all, seen);
        }
    }

    /** What to tell a reader: the database's own message if one is behind the failure, else the root cause's. */
    public static String message(Throwable failure) {
        List<Throwable> all = of(failure);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) instanceof SQLException sql && sql.getMessage() != null) {
                return sql.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * True when a failure means the database cannot be reached or is not answering (down, restarting, the
     * connection dropped, the pool waited in vain, a query timed out), rather than that it refused one
     * statement: the importer then stops writing, the reader answers 503. Also when the connection broke as
     * a transaction committed (the reason is then a suppressed exception).
     */
    public static boolean databaseUnreachable(Throwable failure) {
        List<Throwable> causes = of(failure);
        // a broken socket is the database's only where the database's driver is behind the failure
        boolean fromTheDatabase = causes.stream().anyMatch(e -> e instanceof SQLException
                || e.getClass().getName().contains("JDBC") || e.getClass().getName().startsWith("org.postgresql."));
        for (Throwable e : causes) {
            String name = e.getClass().getName();
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                            || sql.getSQLState().equals("53300") || sql.getSQLState().equals("57014"))) {
                // 08: connection exception; 57P: the server shutting down or starting; 53300: no slot;
                // 57014: a statement cancelled, as a statement timeout does
                return true;
            }
            if (e instanceof SQLTransientConnectionException || e instanceof SQLTimeoutException
                    || e instanceof ConnectException || e instanceof TimeoutException
                    || name.endsWith("JDBCConnectionException") || name.contains("AcquisitionTimeout")
                    || (fromTheDatabase && (e instanceof SocketException || e instanceof EOFException))) {
                return true;
            }
            String message = e.getMessage();
            if (message != null && (message.contains("Acquisition timeout")
                    || message.contains("This connection has been closed"))) {
                return true; // the pool could not get a connection, or holds one the server dropped
            }
        }
        return false;
    }
}
