package org.songsong.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.songsong.core.translation.MachineTranslator;
import org.songsong.core.writeside.MachineEnglishStore;
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
 * Gives machine English to the articles that have none of their own, through the engine the operator
 * runs. Curated English is never replaced, and machine English is not asked for twice.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Translate the articles that have neither curated nor machine English with the engine "
                + "SONGSONG_TRANSLATION_ENGINE names (src-docs/translations.md).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every article asked for was translated, or none needed it",
            "1:some articles could not be translated (they keep their generated digest; the others were translated)",
            "2:wrong usage: no engine configured, or no article file found under PATH",
            "4:the database could not be reached, or its schema brought up to date (what was translated before it was lost stays)",
            "5:the engine could not be reached, or refused or failed the requests; the run stopped" })
public class TranslateCommand implements Callable<Integer> {

    private static final String NOTHING_TRANSLATED = "Nothing was translated.";

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Only the articles imported from these files, or from the *.txt files under these folders.")
    List<Path> paths = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "Translate at most N articles.")
    Integer limit;

    @Option(names = "--dry-run", description = "Report what would be sent to the engine; send and write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Inject
    Database database;

    @Inject
    TranslationEngines engines;

    @Inject
    MachineEnglishStore store;

    @Inject
    TranslationConfig config;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit != null && limit < 1) {
            err.println("--limit must be at least 1.");
            return 2;
        }
        MachineTranslator translator;
        try {
            translator = engines.translator();
        } catch (TranslationEngines.NotConfigured e) {
            err.println("error: " + e.getMessage() + ". " + NOTHING_TRANSLATED);
            return 2;
        }
        List<String> files = null;
        if (!paths.isEmpty()) {
            SourceFiles sources = SourceFiles.collect(paths);
            files = sources.files().stream().map(SourceFiles.Source::name).toList();
            if (files.isEmpty()) {
                err.println("No article files found in " + paths + " (folders are searched for *.txt files).");
                return 2;
            }
        }
        int migrated = database.migrate(err, NOTHING_TRANSLATED);
        if (migrated != 0) {
            return migrated;
        }
        List<Long> ids;
        try {
            ids = store.untranslated(files, limit == null ? Integer.MAX_VALUE : limit);
        } catch (RuntimeException e) {
            return database.unreachable(err, e, NOTHING_TRANSLATED);
        }
        String engine = engines.describe().orElseThrow();
        if (ids.isEmpty()) {
            out.println("Every article " + (files == null ? "" : "of " + paths + " ") + "has English of its own "
                    + "(curated or machine): nothing to translate.");
            out.flush();
            return 0;
        }
        out.println((dryRun ? "Checking " : "Translating ") + ids.size() + " article(s) with " + engine);
        TranslationRun.Outcome outcome = new TranslationRun(translator, store, config.inFlight(), out, err).run(ids, dryRun);
        out.println(outcome.describe(dryRun, engine));
        out.flush();
        if (outcome.stoppedBecause() != null) {
            err.println("Stopped: " + outcome.stoppedBecause() + ".");
            err.flush();
            return outcome.databaseLost() ? Database.UNREACHABLE : 5;
        }
        return outcome.failed() > 0 ? 1 : 0;
    }
}
