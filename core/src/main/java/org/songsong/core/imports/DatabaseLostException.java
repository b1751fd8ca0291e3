package org.songsong.core.imports;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;

/**
 * The database went out of reach while articles were being written. What was committed before stays
 * whole; what was being written is not there at all. Writing more is pointless until it is back, and
 * importing the same files again then finishes the job.
 */
public class DatabaseLostException extends RuntimeException {

    public DatabaseLostException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when a failure means the database cannot be reached, rather than that one article was refused;
     * also when the connection broke as the batch committed (the reason is then a suppressed exception).
     */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable e : FailureCauses.of(failure)) {
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // the SQL standard's class 08: connection exception
            }
            if (e instanceof ConnectException || e instanceof SocketException
                    || e instanceof EOFException) {
                return true;
            }
            String message = e.getMessage();
            if (message != null && (message.contains("Acquisition timeout") || message.contains("This connection has been closed"))) {
                return true; // the pool could not get a connection, or holds one the server dropped
            }
        }
        return false;
    }
}
