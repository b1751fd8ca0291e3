package org.songsong.web;

import org.songsong.core.imports.ArticleImporter;
import org.songsong.core.imports.FileOutcome;
import org.songsong.core.imports.ImportStatus;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;

/** Fills the test database with exactly the five seed articles and their curated English, through the import code users run. */
final class SeededCollection {

    private SeededCollection() {
    }

    static void fiveSeeds(ArticleImporter importer) {
        TestDatabase.clear();
        for (String seed : Seeds.FIVE) {
            FileOutcome outcome = importer.importFile(seed, Seeds.bytes(seed), new ArticleImporter.Translation(
                    Seeds.translationName(seed), Seeds.bytes(Seeds.translationName(seed))), false).get(0);
            if (outcome.status() != ImportStatus.IMPORTED || outcome.article().englishIsGenerated()) {
                throw new IllegalStateException("seed " + seed + " did not import: " + outcome);
            }
        }
    }
}
