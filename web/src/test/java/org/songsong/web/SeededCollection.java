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

    private static final java.util.regex.Pattern ARTICLE_LINK = java.util.regex.Pattern.compile(
            "<h3 class=\"article-item__title\" lang=\"vi\"><a href=\"/articles/([a-z0-9-]+)[\"?]");

    /** The slugs of the articles a list page shows, in the order it shows them. */
    static java.util.List<String> listed(String html) {
        java.util.List<String> slugs = new java.util.ArrayList<>();
        java.util.regex.Matcher m = ARTICLE_LINK.matcher(html);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    /** The slugs an SQL query over the database returns: the expectation a page is checked against. */
    static java.util.Set<String> slugs(String sql, Object... params) {
        java.util.Set<String> slugs = new java.util.HashSet<>();
        TestDatabase.rows(sql, params).forEach(r -> slugs.add((String) r.get(0)));
        return slugs;
    }

    /** The articles the database links to an official. */
    static java.util.Set<String> naming(String official) {
        return slugs("select a.slug from article a join article_official l on l.article_id = a.id join official o "
                + "on o.id = l.official_id where o.slug = ?", official);
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void fiveSeeds(ArticleImporter importer) {
        load(importer, Seeds.FIVE);
    }

    /**
     * The whole collection, loaded unless the test database already holds exactly it, extracted by this
     * build (a database left by an older build is reloaded).
     */
    static void ensureEverything(ArticleImporter importer) {
        long current = TestDatabase.count("select count(*) from article where extraction_version = ? "
                + "and not english_generated", importer.extractionVersion());
        if (current != 21 || TestDatabase.count("select count(*) from article") != 21) {
            everything(importer);
        }
    }

    /** The whole collection: the five seeds and the sixteen corpus articles, each with its curated English. */
    static void everything(ArticleImporter importer) {
        try (var files = java.nio.file.Files.list(Seeds.dir().resolve("corpus"))) {
            java.util.List<String> all = new java.util.ArrayList<>(Seeds.FIVE);
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().forEach(all::add);
            load(importer, all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void load(ArticleImporter importer, java.util.List<String> articles) {
        TestDatabase.clear();
        for (String seed : articles) {
            FileOutcome outcome = importer.importFile(seed, read(Seeds.anywhere(seed)), new ArticleImporter.Translation(
                    Seeds.translationName(seed), read(Seeds.anywhere(Seeds.translationName(seed)))), false).get(0);
            if (outcome.status() != ImportStatus.IMPORTED || outcome.article().englishIsGenerated()) {
                throw new IllegalStateException("seed " + seed + " did not import: " + outcome);
            }
        }
    }
}
