package org.songsong.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.songsong.core.failure.FailureCauses;
import org.songsong.core.translation.MachineTranslator;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.core.writeside.EventStore;
import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.ImportLock;
import org.songsong.core.writeside.MachineEnglishStore;
import org.songsong.core.writeside.StoredArticles;
import org.songsong.importer.translation.KeptMachineEnglish;
import org.songsong.importer.translation.TranslationConfig;
import org.songsong.importer.translation.TranslationEngines;
import org.songsong.importer.translation.TranslationRun;

import jakarta.inject.Inject;
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

    @Option(names = "--translate", description = "Then translate the run's articles that have no English of their own "
            + "with the configured engine (SONGSONG_TRANSLATION_ENGINE); an engine that fails never fails the import.")
    boolean translate;

    private static final String NOTHING_IMPORTED = "Nothing was imported.";

    @Spec
    CommandSpec spec;

    @Inject
    ArticleImporter importer;


    @Inject
    ImportReportWriter reportWriter;

    /** Held while the run writes: one import at a time per database. */
    @Inject
    ImportLock lock;

    @Inject
    Database database;

    @Inject
    TranslationEngines engines;

    @Inject
    MachineEnglishStore machineEnglish;

    @Inject
    TranslationConfig translationConfig;

    @Inject
    KeptMachineEnglish keptMachineEnglish;

    @Inject
    ImporterConfig config;

    @Inject
    EventStore events;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFiles sources = SourceFiles.collect(paths);
        if (sources.files().isEmpty() && sources.problems().isEmpty()) {
            err.println("No article files found in " + paths + " (folders are searched for *.txt files).");
            return 2;
        }
        int migrated = database.migrate(err, NOTHING_IMPORTED);
        if (migrated != 0) {
            return migrated;
        }
        // a dry run writes nothing, so it runs alongside an import
        Optional<ImportLock.Held> held = Optional.empty();
        if (!dryRun) {
            try {
                held = lock.tryAcquire();
            } catch (SQLException e) {
                return database.unreachable(err, e, NOTHING_IMPORTED);
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
        List<String> names = sources.files().stream().map(SourceFiles.Source::name).toList();
        Map<String, MachineEnglishStore.MachineSource> machineBefore = dryRun ? Map.of() : keptMachineEnglish.before(names);
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
        Map<String, Object> translation = null;
        EventStore.Regrouped grouped = null;
        // with the database lost, the pipeline has said so: nothing more is asked of it
        if (lost == null && !dryRun) {
            grouped = group(outcomes);
        }
        if (lost == null) {
            try {
                KeptMachineEnglish.Kept kept = keptMachineEnglish.restore(machineBefore);
                if (kept.kept() + kept.changed() > 0) {
                    outcomes.out.println(kept.describe());
                }
                translation = translate && !dryRun ? translate(names, outcomes) : null;
            } catch (RuntimeException e) {
                outcomes.err.println("error: machine English could not be kept or asked for: " + FailureCauses.message(e)
                        + ". The import itself stands; run translate later.");
            }
        }
        ImportSummary summary = report(outcomes, translation, grouped);
        return summary.rejected() > 0 || keysLeftAside || (lost == null && !dryRun && grouped == null) ? 1 : 0;
    }

    /** Groups the collection into events again when the run changed it; null, said on the console, when it failed. */
    private EventStore.Regrouped group(ImportRun outcomes) {
        try {
            ImportSummary counts = outcomes.summary();
            if (counts.imported() + counts.updated() == 0 && events.upToDate()) {
                return EventStore.Regrouped.UNCHANGED;
            }
            EventStore.Regrouped grouped = events.regroup(Instant.now());
            outcomes.out.println(grouped.describe());
            return grouped;
        } catch (RuntimeException e) {
            outcomes.err.println("error: the articles could not be grouped into events: " + FailureCauses.message(e)
                    + ". The import itself stands; the next import groups them again.");
            return null;
        }
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

    /**
     * Translates the run's articles that have only a generated digest. Whatever the engine does, the import
     * stands: what could not be translated keeps its digest, and the console and the report say why.
     */
    private Map<String, Object> translate(List<String> names, ImportRun outcomes) throws InterruptedException {
        Map<String, Object> report = new LinkedHashMap<>();
        MachineTranslator translator;
        try {
            translator = engines.translator();
        } catch (TranslationEngines.NotConfigured e) {
            outcomes.err.println("not translated: " + e.getMessage() + "; the articles keep their generated digest.");
            report.put("notTranslated", e.getMessage());
            return report;
        }
        List<Long> ids = machineEnglish.untranslated(names, Integer.MAX_VALUE);
        TranslationRun.Outcome outcome = new TranslationRun(translator, machineEnglish, translationConfig.inFlight(),
                outcomes.out, outcomes.err).run(ids, false);
        String engine = engines.describe().orElse("");
        outcomes.out.println(outcome.describe(false, engine));
        if (outcome.stoppedBecause() != null) {
            outcomes.err.println("Translation stopped: " + outcome.stoppedBecause() + ". The import itself succeeded; "
                    + "run translate once the engine answers.");
        }
        report.put("engine", engine);
        report.put("articles", outcome.articles());
        report.put("translated", outcome.translated());
        report.put("keptGeneratedDigest", outcome.articles() - outcome.translated());
        report.put("textsSent", outcome.textsSent());
        report.put("textsFromMemory", outcome.textsRecalled());
        report.put("stoppedBecause", outcome.stoppedBecause());
        report.put("failures", outcome.failures().stream()
                .map(failure -> Map.of("file", failure.file(), "reason", failure.reason())).toList());
        return report;
    }

    /** The run's summary on the console and at the end of the report. */
    private ImportSummary report(ImportRun outcomes, Map<String, Object> translation, EventStore.Regrouped grouped)
            throws IOException {
        PrintWriter out = outcomes.out;
        ImportSummary summary = outcomes.summary();
        out.println(summary.describe());
        if (summary.describeWithoutCuratedEnglish() != null) {
            out.println(summary.describeWithoutCuratedEnglish());
        }
        if (outcomes.report != null) {
            outcomes.report.finish(summary, translation, grouped);
            out.println("Report written to " + reportFile);
        }
        out.flush();
        outcomes.err.flush();
        return summary;
    }
}
