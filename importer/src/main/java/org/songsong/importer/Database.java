package org.songsong.importer;

import java.io.PrintWriter;

import org.songsong.core.failure.FailureCauses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The collection's database as the commands meet it. The importer owns the schema and brings it up to
 * date when a command starts, not when the application does: {@code --help} and {@code generate} need no
 * database, and an unreachable one gets a line of its own instead of the framework's failed start.
 */
@ApplicationScoped
class Database {

    /** The exit status of a command that could not reach its database. */
    static final int UNREACHABLE = 4;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    /** 0 once the schema is current; {@link #UNREACHABLE}, with the reason on {@code err}, when it cannot be made so. */
    int migrate(PrintWriter err, String nothingDone) {
        try {
            flyway.migrate();
            return 0;
        } catch (FlywayException e) {
            return unreachable(err, e, nothingDone);
        }
    }

    /**
     * One line that names the database and the driver's own reason ("Connection to localhost:5432 refused",
     * "database … does not exist", "password authentication failed"), without the address's parameters,
     * which may hold a password; returns {@link #UNREACHABLE}.
     */
    int unreachable(PrintWriter err, Exception e, String nothingDone) {
        String message = FailureCauses.message(e).lines().findFirst().orElse("").strip();
        while (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        int parameters = databaseUrl.indexOf('?');
        err.println("error: the database " + (parameters < 0 ? databaseUrl : databaseUrl.substring(0, parameters))
                + " cannot be reached or brought up to date: " + message + ". " + nothingDone + " The database "
                + "is set with QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and "
                + "QUARKUS_DATASOURCE_PASSWORD (src-docs/operations.md).");
        err.flush();
        return UNREACHABLE;
    }
}
