package org.songsong.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.songsong.core.failure.FailureCauses;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.ImportLock;
import org.songsong.core.writeside.StoredArticles;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports article files and folders. Every file is imported in its own transaction; a file that cannot
 * be used is reported with its reason while the others are imported, and the exit status is then 1.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import article files (or every *.txt file under the given folders).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file was imported, updated or unchanged",
            "1:at least one file was rejected (the others were imported)",
            "2:wrong usage, or no article file found",
            "3:another import was writing to the same database; nothing was imported",
            "4:the database could not be reached, or its schema brought up to date; nothing was imported" })
public class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, or folders to search for *.txt files.")
    List<Path> paths;

    @Option(names = "--dry-run", description = "Parse and report what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path reportFile;

    @Spec
    CommandSpec spec;

    @Inject
    ArticleImporter importer;


    @Inject
    ImportReportWriter reportWriter;

    /** Held while the run writes: one import at a time per database. */
    @Inject
    ImportLock lock;

    /**
     * The importer owns the schema and brings it up to date when a run starts, not when the application
     * does: {@code --help} and {@code generate} need no database, and an unreachable one gets a line of
     * its own instead of the framework's failed start.
     */
    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Inject
    ImporterConfig config;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFiles sources = SourceFiles.collect(paths);
        if (sources.files().isEmpty() && sources.problems().isEmpty()) {
            err.println("No article files found in " + paths + " (folders are searched for *.txt files).");
            return 2;
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            return databaseUnreachable(err, e);
        }
        // a dry run writes nothing, so it runs alongside an import
        Optional<ImportLock.Held> held = Optional.empty();
        if (!dryRun) {
            try {
                held = lock.tryAcquire();
            } catch (SQLException e) {
                return databaseUnreachable(err, e);
            }
            if (held.isEmpty()) {
                err.println("Another import is writing to this database; nothing was imported. Run this one again "
                        + "once it has finished (src-docs/operations.md).");
                err.flush();
                return 3;
            }
        }
        try (ImportRun outcomes = new ImportRun(reportFile == null ? null : reportWriter.open(reportFile), reportFile, dryRun, out, err)) {
            for (FileOutcome problem : sources.problems()) {
                outcomes.add(problem);
                err.println("rejected   " + problem.file() + ": " + problem.reason());
            }
            return importAll(sources, outcomes);
        } finally {
            held.ifPresent(ImportLock.Held::close);
        }
    }

    /**
     * One line that names the database and the driver's own reason ("Connection to localhost:5432 refused",
     * "database … does not exist", "password authentication failed"), without the address's parameters,
     * which may hold a password.
     */
    private int databaseUnreachable(PrintWriter err, Exception e) {
        String message = FailureCauses.message(e).lines().findFirst().orElse("").strip();
        while (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        int parameters = databaseUrl.indexOf('?');
        err.println("error: the database " + (parameters < 0 ? databaseUrl : databaseUrl.substring(0, parameters))
                + " cannot be reached or brought up to date: " + message + ". Nothing was imported. The database "
                + "is set with QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and "
                + "QUARKUS_DATASOURCE_PASSWORD (src-docs/operations.md).");
        err.flush();
        return 4;
    }

    private int importAll(SourceFiles sources, ImportRun outcomes) throws IOException, InterruptedException {
        if (!dryRun && !keysAnEarlierRunLeftAsideRestored(outcomes)) {
            return 1;
        }
        StoredArticles stored = dryRun ? null : importer.storedArticles();
        // a first load writes without its foreign keys and adds them back at the end, checking each table once
        int suspendedKeys = stored != null && stored.size() == 0 ? importer.suspendForeignKeys() : 0;
        boolean keysLeftAside = false;
        // a report describes every article, so then unchanged files are read through like the others
        boolean skipUnchanged = stored != null && reportFile == null;
        outcomes.files = sources.files().size();
        String lost;
        try {
            lost = new ImportPipeline(importer, config, outcomes, dryRun).run(sources, stored, skipUnchanged);
        } finally {
            if (suspendedKeys > 0) {
                List<String> problems = importer.restoreForeignKeys().problems();
                problems.forEach(problem -> outcomes.err.println("error: " + problem
                        + " (the next import tries again before it writes anything)"));
                keysLeftAside = !problems.isEmpty();
            }
        }
        ImportSummary summary = report(outcomes);
        return summary.rejected() > 0 || keysLeftAside ? 1 : 0;
    }

    /**
     * A first load that stopped before adding its foreign keys back left them to this run, which adds them
     * back before it writes anything; false (and nothing imported) when they cannot be.
     */
    private boolean keysAnEarlierRunLeftAsideRestored(ImportRun outcomes) {
        ArticleImporter.ForeignKeysRestored leftOver = importer.restoreForeignKeys();
        List<String> problems = leftOver.problems();
        if (leftOver.restored() > 0) {
            outcomes.err.println("Added back " + leftOver.restored() + " foreign key(s) an earlier import had set "
                    + "aside and not restored.");
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> outcomes.err.println("error: " + problem));
            outcomes.err.println("Nothing was imported: an earlier import into an empty collection set these "
                    + "foreign keys aside and they could not be added back (src-docs/operations.md).");
            outcomes.err.flush();
        }
        return problems.isEmpty();
    }

    /** The run's summary on the console and at the end of the report. */
    private ImportSummary report(ImportRun outcomes) throws IOException {
        PrintWriter out = outcomes.out;
        ImportSummary summary = outcomes.summary();
        out.println(summary.describe());
        if (summary.describeWithoutCuratedEnglish() != null) {
            out.println(summary.describeWithoutCuratedEnglish());
        }
        if (outcomes.report != null) {
            outcomes.report.finish(summary);
            out.println("Report written to " + reportFile);
        }
        out.flush();
        outcomes.err.flush();
        return summary;
    }
}
