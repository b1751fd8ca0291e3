package org.songsong.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.songsong.core.failure.FailureCauses;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.core.writeside.CollectionSummary;
import org.songsong.core.writeside.DatabaseLostException;
import org.songsong.core.writeside.ExtractedArticle;
import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.ImportLock;
import org.songsong.core.writeside.ImportStatus;
import org.songsong.core.writeside.StoredArticles;
import org.songsong.core.parse.RejectedFileException;

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
    CollectionSummary collectionSummary;

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

    /** A file handed to a worker, and what the worker will make of it. */
    private record Pending(SourceFiles.Source source, Future<Prepared> future) {
    }

    /** One file after reading and extraction: either its outcomes are known, or it is ready to be stored. */
    private record Prepared(List<FileOutcome> outcomes, ExtractedArticle extracted, List<FileOutcome> problems,
            StoredArticles.Stored unchanged) {
        static Prepared done(List<FileOutcome> outcomes) {
            return new Prepared(outcomes, null, List.of(), null);
        }
    }

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
        int workers = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = extractionPool(workers);
        String lost = null;
        try {
            Deque<Pending> ahead = new ArrayDeque<>();
            Iterator<SourceFiles.Source> next = sources.files().iterator();
            List<Prepared> batch = new ArrayList<>();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < Math.max(2 * config.batchSize(), 4 * workers)) {
                    SourceFiles.Source source = next.next();
                    ahead.add(new Pending(source, pool.submit(() -> prepare(source, skipUnchanged ? stored : null))));
                }
                Prepared prepared = await(ahead.poll().future());
                if (prepared.extracted() == null) {
                    outcomes.file(prepared.outcomes(), prepared.unchanged());
                    continue;
                }
                if (dryRun) {
                    List<FileOutcome> planned = new ArrayList<>(List.of(importer.plan(prepared.extracted())));
                    planned.addAll(prepared.problems());
                    outcomes.file(planned, null);
                    continue;
                }
                batch.add(prepared);
                if (batch.size() >= config.batchSize()) {
                    lost = store(batch, stored, outcomes);
                    if (lost != null) {
                        notImported(next, ahead, lost, outcomes);
                        break;
                    }
                }
            }
            if (lost == null) {
                lost = store(batch, stored, outcomes);
            }
        } finally {
            pool.shutdownNow();
            if (suspendedKeys > 0) {
                List<String> problems = importer.restoreForeignKeys().problems();
                problems.forEach(problem -> outcomes.err.println("error: " + problem
                        + " (the next import tries again before it writes anything)"));
                keysLeftAside = !problems.isEmpty();
            }
        }
        if (!dryRun && lost == null) {
            summarize(outcomes);
        }
        ImportSummary summary = report(outcomes);
        return summary.rejected() > 0 || keysLeftAside ? 1 : 0;
    }

    /** The worker threads that read, check and extract files while the writer stores what they have done. */
    private static ExecutorService extractionPool(int workers) {
        return Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "songsong-extract");
            thread.setDaemon(true);
            return thread;
        });
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

    /**
     * Once the database is out of reach nothing more is written: the files still to come are reported as
     * not imported, with the reason, and a later run picks them up.
     */
    private static void notImported(Iterator<SourceFiles.Source> next, Deque<Pending> ahead, String reason,
            ImportRun outcomes) {
        List<String> files = new ArrayList<>();
        for (Pending pending : ahead) {
            pending.future().cancel(true);
            files.add(pending.source().name());
        }
        ahead.clear();
        next.forEachRemaining(source -> files.add(source.name()));
        files.forEach(file -> outcomes.file(List.of(FileOutcome.rejected(file, reason, List.of(), null)), null));
    }

    /**
     * The whole collection's facet counts for the reader, taken again when the collection changed. They
     * only spare the reader work: if they cannot be written the reader counts for itself, so the run's
     * outcome stands and the reason is only reported.
     */
    private void summarize(ImportRun outcomes) {
        try {
            collectionSummary.refresh();
        } catch (RuntimeException e) {
            outcomes.err.println("warning: " + e.getMessage() + " (the reader counts the collection itself until "
                    + "the next import)");
        }
    }

    /** Stores a batch and reports it; returns why nothing more can be written, or null. */
    private String store(List<Prepared> batch, StoredArticles stored, ImportRun outcomes) {
        if (batch.isEmpty()) {
            return null;
        }
        List<FileOutcome> written;
        try {
            written = importer.storeBatch(batch.stream().map(Prepared::extracted).toList(), stored);
        } catch (DatabaseLostException e) {
            String reason = "not imported: " + e.getMessage() + "; nothing of it was written, import again "
                    + "once the database is back";
            for (Prepared prepared : batch) {
                outcomes.file(List.of(FileOutcome.rejected(prepared.extracted().sourceFile(), reason,
                        prepared.extracted().warnings(), null)), null);
            }
            batch.clear();
            return reason;
        }
        for (int i = 0; i < batch.size(); i++) {
            List<FileOutcome> these = new ArrayList<>();
            these.add(written.get(i));
            these.addAll(batch.get(i).problems());
            outcomes.file(these, null);
        }
        batch.clear();
        return null;
    }

    private static Prepared await(Future<Prepared> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a file failed unexpectedly", e.getCause());
        }
    }

    /**
     * Reads one file and its translation and extracts the article, on a worker thread. With {@code stored},
     * a file whose bytes, translation and way of extracting match what is stored is reported unchanged
     * straight away, without being parsed.
     */
    private Prepared prepare(SourceFiles.Source source, StoredArticles stored) {
        byte[] bytes;
        try {
            long size = Files.size(source.path());
            if (size > config.maxFileBytes()) {
                return Prepared.done(List.of(FileOutcome.rejected(source.name(), String.format(Locale.ROOT,
                        "too large to be an article: %.1f MB (the limit is %.1f MB, songsong.importer.max-file-bytes)",
                        size / 1e6, config.maxFileBytes() / 1e6), List.of(), null)));
            }
            bytes = Files.readAllBytes(source.path());
        } catch (NoSuchFileException e) {
            return Prepared.done(List.of(FileOutcome.rejected(source.name(), "disappeared before it could be read",
                    List.of(), null)));
        } catch (IOException e) {
            return Prepared.done(List.of(FileOutcome.rejected(source.name(), "cannot be read: " + e.getMessage(),
                    List.of(), null)));
        }
        ArticleImporter.Translation translation = null;
        List<FileOutcome> problems = new ArrayList<>();
        if (source.translation() != null) {
            String name = source.translation().getFileName().toString();
            try {
                translation = new ArticleImporter.Translation(name, Files.readAllBytes(source.translation()));
            } catch (IOException e) {
                problems.add(FileOutcome.rejected(name, "cannot be read: " + e.getMessage(), List.of(), null));
            }
        }
        String contentHash = ArticleImporter.sha256(bytes);
        if (stored != null && stored.unchanged(source.name(), contentHash,
                translation == null ? null : ArticleImporter.sha256(translation.bytes()), importer.extractionVersion())) {
            StoredArticles.Stored known = stored.byFile(source.name()).orElseThrow();
            return new Prepared(List.of(new FileOutcome(source.name(), ImportStatus.UNCHANGED, null, known.warnings(),
                    null)), null, List.of(), known);
        }
        try {
            ExtractedArticle extracted = importer.extract(source.name(), bytes, translation, problems);
            return new Prepared(List.of(), extracted, problems, null);
        } catch (RejectedFileException e) {
            List<FileOutcome> rejected = new ArrayList<>();
            rejected.add(FileOutcome.rejected(source.name(), e.getMessage(), List.of(), null));
            if (translation != null) {
                rejected.add(FileOutcome.rejected(translation.fileName(), "its article " + source.name()
                        + " was rejected", List.of(), null));
            }
            rejected.addAll(problems);
            return Prepared.done(rejected);
        }
    }
}
