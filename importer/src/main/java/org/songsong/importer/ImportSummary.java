package org.songsong.importer;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The counts that close a run, printed and written into the report's {@code summary}. */
@RegisterForReflection
record ImportSummary(int total, int imported, int updated, int unchanged, int rejected, boolean dryRun,
        List<String> withoutCuratedEnglish) {

    /** How many names the console lists before it only counts the rest (the report has them all). */
    static final int LISTED_ON_CONSOLE = 20;

    String describe() {
        return (dryRun ? "Dry run, nothing written: " : "")
                + "imported " + imported + ", updated " + updated + ", unchanged " + unchanged
                + ", rejected " + rejected + " (" + total + " file" + (total == 1 ? "" : "s") + ")";
    }

    /** The line about articles whose English is a generated digest, or null when there are none. */
    String describeWithoutCuratedEnglish() {
        if (withoutCuratedEnglish.isEmpty()) {
            return null;
        }
        int n = withoutCuratedEnglish.size();
        String names = String.join(", ", withoutCuratedEnglish.subList(0, Math.min(n, LISTED_ON_CONSOLE)));
        return n + " article(s) have no curated English yet (a digest was generated): " + names
                + (n > LISTED_ON_CONSOLE ? " and " + (n - LISTED_ON_CONSOLE) + " more" : "")
                + ". A translation engine gives them machine English: translate, or import --translate "
                + "(src-docs/translations.md)";
    }
}
