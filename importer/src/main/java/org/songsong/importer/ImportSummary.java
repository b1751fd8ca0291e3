package org.songsong.importer;

import java.util.List;

import org.songsong.core.imports.FileOutcome;
import org.songsong.core.imports.ImportStatus;

/** The counts that close a run, printed and written into the report's {@code summary}. */
@io.quarkus.runtime.annotations.RegisterForReflection
record ImportSummary(int total, int imported, int updated, int unchanged, int rejected, boolean dryRun,
        List<String> withoutCuratedEnglish) {

    static ImportSummary of(List<FileOutcome> outcomes, boolean dryRun) {
        return new ImportSummary(outcomes.size(),
                count(outcomes, ImportStatus.IMPORTED),
                count(outcomes, ImportStatus.UPDATED),
                count(outcomes, ImportStatus.UNCHANGED),
                count(outcomes, ImportStatus.REJECTED),
                dryRun,
                outcomes.stream()
                        .filter(o -> o.status() != ImportStatus.REJECTED && o.article() != null
                                && o.article().englishIsGenerated())
                        .map(FileOutcome::file).toList());
    }

    private static int count(List<FileOutcome> outcomes, ImportStatus status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    String describe() {
        return (dryRun ? "Dry run, nothing written: " : "")
                + "imported " + imported + ", updated " + updated + ", unchanged " + unchanged
                + ", rejected " + rejected + " (" + total + " file" + (total == 1 ? "" : "s") + ")";
    }
}
