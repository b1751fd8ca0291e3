package org.songsong.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.parse.RejectedFileException;
import org.songsong.core.testing.SeedVariations;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.testing.WrittenArticles;
import org.songsong.core.translation.Glossary;
import org.songsong.core.translation.MachineTranslator;
import org.songsong.core.translation.TranslationException;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.ImportStatus;
import org.songsong.core.writeside.EventStore;
import org.songsong.core.writeside.MachineEnglishStore;

/**
 * Fills the test database through the import code users run: with exactly the five seed articles and their
 * curated English, or with the whole collection of the seeds and the variations the tests write of them.
 */
public final class SeededCollection {

    private SeededCollection() {
    }

    private static final Pattern ARTICLE_LINK = Pattern.compile(
            "<h[23] class=\"article-item__title\" lang=\"vi\"><a href=\"/articles/([a-z0-9-]+)[\"?]");

    /** The slugs of the articles a list page shows, in the order it shows them. */
    public static List<String> listed(String html) {
        List<String> slugs = new ArrayList<>();
        Matcher m = ARTICLE_LINK.matcher(html);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    /** The slugs an SQL query over the database returns: the expectation a page is checked against. */
    public static Set<String> slugs(String sql, Object... params) {
        Set<String> slugs = new HashSet<>();
        TestDatabase.rows(sql, params).forEach(r -> slugs.add((String) r.get(0)));
        return slugs;
    }

    /**
     * The entries a list shows for these articles, one per event (src-docs/events.md), worked out apart
     * from the reader: for each event, its newest article that is not a copy, else its newest copy; an article
     * not grouped yet is an entry of its own.
     */
    public static Set<String> oneEntryPerEvent(Set<String> articles) {
        return slugs("""
                select distinct on (coalesce(e.event_id, -a.id)) a.slug
                from article a left join article_event e on e.article_id = a.id
                where a.slug = any(?) order by coalesce(e.event_id, -a.id), e.copy_of is not null,
                a.date_year desc nulls last, a.date_month desc nulls last, a.date_day desc nulls last, a.id desc""",
                (Object) articles.toArray(String[]::new));
    }

    /** The articles the database links to an official. */
    public static Set<String> naming(String official) {
        return slugs("select a.slug from article a join article_official l on l.article_id = a.id join official o "
                + "on o.id = l.official_id where o.slug = ?", official);
    }

    /** An article file and its curated English, as the tests import them. */
    private record ArticleFile(String name, byte[] text, String translationName, byte[] translation) {
    }

    private static List<ArticleFile> seeds() {
        return Seeds.five().map(seed -> new ArticleFile(seed, Seeds.bytes(seed), Seeds.translationName(seed),
                Seeds.bytes(Seeds.translationName(seed)))).toList();
    }

    /**
     * The collection the reader's tests page, filter and search: the five seeds and the sixteen variations
     * the tests write of them ({@link SeedVariations#collection()}), 21 articles, each with its curated English.
     */
    private static List<ArticleFile> everythingFiles() {
        List<ArticleFile> all = new ArrayList<>(seeds());
        for (SeedVariations.Variation v : SeedVariations.collection()) {
            all.add(new ArticleFile(v.name(), v.text(), v.translationName(), v.translation()));
        }
        return all;
    }

    public static void fiveSeeds(ArticleImporter importer) {
        load(seeds());
    }

    /** The seed {@link #fiveSeedsWithEnglishOfEachKind} imports without its English, which keeps a generated digest. */
    public static final String GENERATED_SEED = "000_83b8647a2fd0dd5c.txt";
    /** The seed it imports without its English and then has translated by {@link EditorsEngine}. */
    public static final String MACHINE_SEED = "002_319e9fbe4659c530.txt";

    /**
     * The five seeds with English of each kind: three with their editors' English, {@link #GENERATED_SEED}
     * with a generated digest, and {@link #MACHINE_SEED} translated by an engine (one that answers with the
     * editors' sentences) as {@code importer translate} would, through the glossary and the translation memory.
     */
    public static void fiveSeedsWithEnglishOfEachKind() throws TranslationException, RejectedFileException {
        load(seeds().stream().filter(seed -> !seed.name().equals(GENERATED_SEED) && !seed.name().equals(MACHINE_SEED))
                .toList());
        ArticleImporter importer = new ArticleImporter();
        for (String seed : List.of(GENERATED_SEED, MACHINE_SEED)) {
            importer.importFile(seed, Seeds.bytes(seed), false);
        }
        MachineEnglishStore store = new MachineEnglishStore();
        long id = TestDatabase.count("select id from article where source_file = '" + MACHINE_SEED + "'");
        MachineEnglishStore.Untranslated article = store.read(id).orElseThrow();
        CuratedEnglish editors = CuratedEnglish.read(Seeds.bytes(Seeds.translationName(MACHINE_SEED)));
        MachineTranslator translator = new MachineTranslator(new EditorsEngine(editors, article.vietnamese().title(),
                article.vietnamese().summary()), Glossary.of(importer.knowledge(), DigestVocabulary.load()), store);
        if (!store.store(article, translator.translate(article.vietnamese()), Instant.parse("2026-11-30T09:15:00Z"))) {
            throw new IllegalStateException(MACHINE_SEED + " changed while it was translated");
        }
        groupIntoEvents();
    }

    /**
     * The five seeds and {@link WrittenArticles#NEXT_DAY_OF_THE_VISIT}: seed 001's conference and, the next
     * day, the visiting minister's meeting in a province, two events of one visit.
     */
    public static void fiveSeedsAndTheNextDayOfAVisit() throws RejectedFileException {
        load(seeds());
        new ArticleImporter().importFile(WrittenArticles.NEXT_DAY_OF_THE_VISIT_FILE,
                WrittenArticles.NEXT_DAY_OF_THE_VISIT.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        groupIntoEvents();
    }

    /**
     * The whole collection, loaded unless the test database already holds exactly it (the same files with
     * the same bytes and curated English), extracted by this build (a database left by an older build, or
     * holding other articles, is reloaded).
     */
    public static void ensureEverything(ArticleImporter importer) {
        Map<String, String> expected = new HashMap<>();
        for (ArticleFile file : everythingFiles()) {
            expected.put(file.name(), ArticleImporter.sha256(file.text()) + " " + ArticleImporter.sha256(file.translation()));
        }
        Map<String, String> stored = new HashMap<>();
        TestDatabase.rows("select source_file, content_hash || ' ' || translation_hash from article "
                + "where extraction_version = ? and english_source = 'CURATED'", importer.extractionVersion())
                .forEach(row -> stored.put((String) row.get(0), (String) row.get(1)));
        if (!stored.equals(expected) || TestDatabase.count("select count(*) from article") != expected.size()
                || TestDatabase.count("select count(*) from article_event") != expected.size()) {
            everything(importer);
        }
    }

    /** The whole collection: the five seeds and the sixteen variations of them, each with its curated English. */
    public static void everything(ArticleImporter importer) {
        load(everythingFiles());
    }

    /**
     * Empties the database and imports the articles as one run of the importer command does. The command
     * brings the knowledge base's officials (with their offices) into the database before its first article,
     * once a run; the application's importer did that at its first import and would not again into the
     * emptied database, so each load is a run of a new importer.
     */
    private static void load(List<ArticleFile> articles) {
        TestDatabase.clear();
        ArticleImporter importer = new ArticleImporter();
        for (ArticleFile file : articles) {
            FileOutcome outcome = importer.importFile(file.name(), file.text(),
                    new ArticleImporter.Translation(file.translationName(), file.translation()), false).get(0);
            if (outcome.status() != ImportStatus.IMPORTED || outcome.article().englishIsGenerated()) {
                throw new IllegalStateException(file.name() + " did not import with its curated English: " + outcome);
            }
        }
        groupIntoEvents();
    }

    /** Groups the collection into events, as the importer command does at the end of a run. */
    public static void groupIntoEvents() {
        new EventStore().regroup(Instant.now());
    }
}
