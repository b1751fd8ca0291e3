package org.songsong.core.writeside;

import org.songsong.core.failure.FailureCauses;

/**
 * The database went out of reach while articles were being written. What was committed before stays
 * whole; what was being written is not there at all. Writing more is pointless until it is back, and
 * importing the same files again then finishes the job.
 */
public class DatabaseLostException extends RuntimeException {

    public DatabaseLostException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when a failure means the database cannot be reached, rather than that one article was refused. */
    public static boolean isConnectionFailure(Throwable failure) {
        return FailureCauses.databaseUnreachable(failure);
    }
}
