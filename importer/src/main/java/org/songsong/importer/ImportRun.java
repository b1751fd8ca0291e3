package org.songsong.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.ImportStatus;
import org.songsong.core.writeside.StoredArticles;

/**
 * Counts a run's outcomes and passes each to the report as it comes: nothing of a file is kept once
 * it is reported, so memory stays flat however many files a run has.
 */
final class ImportRun implements AutoCloseable {
    final ImportReportWriter.Open report;
    final PrintWriter out;
    final PrintWriter err;
    private final Path reportFile;
    private final boolean dryRun;
    private final EnumMap<ImportStatus, Integer> counts = new EnumMap<>(ImportStatus.class);
    private final Set<String> withoutCuratedEnglish = new LinkedHashSet<>();
    private int total;
    int files;
    private int filesDone;

    ImportRun(ImportReportWriter.Open report, Path reportFile, boolean dryRun, PrintWriter out, PrintWriter err) {
        this.report = report;
        this.reportFile = reportFile;
        this.dryRun = dryRun;
        this.out = out;
        this.err = err;
    }

    /**
     * One file's outcomes (its article's first, then its translation's problems), counted, reported and
     * shown as progress; {@code unchanged} is the stored article when the file was not even parsed.
     */
    void file(List<FileOutcome> outcomes, StoredArticles.Stored unchanged) {
        filesDone++;
        for (FileOutcome outcome : outcomes) {
            add(outcome);
            boolean generated = outcome.article() != null ? outcome.article().englishIsGenerated()
                    : unchanged != null && unchanged.withoutCuratedEnglish();
            if (outcome.status() != ImportStatus.REJECTED && generated) {
                withoutCuratedEnglish.add(outcome.file());
            }
            String slug = outcome.article() != null ? outcome.article().slug()
                    : unchanged == null ? null : unchanged.slug();
            ProgressLine.print(outcome, slug, filesDone, files, out, err);
        }
    }

    void add(FileOutcome outcome) {
        total++;
        counts.merge(outcome.status(), 1, Integer::sum);
        if (report != null) {
            try {
                report.add(outcome);
            } catch (IOException e) {
                throw new UncheckedIOException("the report cannot be written to " + reportFile, e);
            }
        }
    }

    ImportSummary summary() {
        return new ImportSummary(total, counts.getOrDefault(ImportStatus.IMPORTED, 0),
                counts.getOrDefault(ImportStatus.UPDATED, 0), counts.getOrDefault(ImportStatus.UNCHANGED, 0),
                counts.getOrDefault(ImportStatus.REJECTED, 0), dryRun, List.copyOf(withoutCuratedEnglish));
    }

    @Override
    public void close() throws IOException {
        if (report != null) {
            report.close();
        }
    }
}
