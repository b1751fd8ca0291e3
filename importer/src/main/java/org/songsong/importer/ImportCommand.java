package org.songsong.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;


import org.songsong.core.imports.ArticleImporter;
import org.songsong.core.imports.FileOutcome;

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
            "2:wrong usage, or no article file found" })
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

    /** Larger files are not articles (a news article is a few kilobytes); reading them whole would waste memory. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "songsong.importer.max-file-bytes", defaultValue = "5000000")
    long maxFileBytes;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFiles sources = SourceFiles.collect(paths);
        if (sources.files().isEmpty() && sources.problems().isEmpty()) {
            err.println("No article files found in " + paths + " (folders are searched for *.txt files).");
            return 2;
        }
        List<FileOutcome> outcomes = new ArrayList<>(sources.problems());
        sources.problems().forEach(p -> err.println("rejected   " + p.file() + ": " + p.reason()));
        int total = sources.files().size();
        int index = 0;
        for (SourceFiles.Source source : sources.files()) {
            index++;
            for (FileOutcome outcome : importOne(source)) {
                outcomes.add(outcome);
                ProgressLine.print(outcome, index, total, out, err);
            }
        }
        ImportSummary summary = ImportSummary.of(outcomes, dryRun);
        out.println(summary.describe());
        if (!summary.withoutCuratedEnglish().isEmpty()) {
            out.println(summary.withoutCuratedEnglish().size() + " article(s) have no curated English yet (a digest "
                    + "was generated): " + String.join(", ", summary.withoutCuratedEnglish()));
        }
        if (reportFile != null) {
            reportWriter.write(reportFile, outcomes, summary);
            out.println("Report written to " + reportFile);
        }
        out.flush();
        err.flush();
        return summary.rejected() > 0 ? 1 : 0;
    }

    private List<FileOutcome> importOne(SourceFiles.Source source) {
        byte[] bytes;
        try {
            long size = Files.size(source.path());
            if (size > maxFileBytes) {
                return List.of(FileOutcome.rejected(source.name(), String.format(java.util.Locale.ROOT,
                        "too large to be an article: %.1f MB (the limit is %.1f MB, songsong.importer.max-file-bytes)",
                        size / 1e6, maxFileBytes / 1e6), List.of(), null));
            }
            bytes = Files.readAllBytes(source.path());
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of(FileOutcome.rejected(source.name(), "disappeared before it could be read", List.of(), null));
        } catch (IOException e) {
            return List.of(FileOutcome.rejected(source.name(), "cannot be read: " + e.getMessage(), List.of(), null));
        }
        ArticleImporter.Translation translation = null;
        if (source.translation() != null) {
            String name = source.translation().getFileName().toString();
            try {
                translation = new ArticleImporter.Translation(name, Files.readAllBytes(source.translation()));
            } catch (IOException e) {
                return List.of(importer.importFile(source.name(), bytes, dryRun),
                        FileOutcome.rejected(name, "cannot be read: " + e.getMessage(), List.of(), null));
            }
        }
        return importer.importFile(source.name(), bytes, translation, dryRun);
    }
}
