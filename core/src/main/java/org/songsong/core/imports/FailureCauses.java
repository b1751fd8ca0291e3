package org.songsong.core.imports;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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
    static List<Throwable> of(Throwable failure) {
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
}
