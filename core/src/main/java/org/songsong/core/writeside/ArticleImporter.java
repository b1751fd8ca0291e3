package org.songsong.core.writeside;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.CollectionState;
import org.songsong.core.domain.Official;
import org.songsong.core.domain.Outlet;
import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.english.EnglishDigest;
import org.songsong.core.extract.ArticleExtractor;
import org.songsong.core.extract.OfficialMention;
import org.songsong.core.failure.FailureCauses;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.OutletCatalog;
import org.songsong.core.parse.RejectedFileException;
import org.songsong.core.text.VietnameseText;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.jboss.logging.Logger;

/**
 * Imports one file at a time, each in its own transaction, so a bad file or a failure never leaves
 * half an article behind and never stops the others. Importing a file again changes nothing unless
 * its content, or the way articles are extracted, changed; then its article is updated in place and
 * keeps its slug.
 */
@ApplicationScoped
public class ArticleImporter {

    private static final Logger LOG = Logger.getLogger(ArticleImporter.class);
    private static final int SLUG_LENGTH = 80;

    private final KnowledgeBase knowledge = KnowledgeBase.load();
    private final ArticleExtractor extractor = new ArticleExtractor(knowledge);
    private final EnglishDigest digests = new EnglishDigest(knowledge, DigestVocabulary.load());
    private volatile boolean knowledgeSynced;

    public String extractionVersion() {
        return extractor.version();
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** A curated English file to import with its article. */
    public record Translation(String fileName, byte[] bytes) {
    }

    /** Parses and extracts without touching the database; a translation that does not fit is reported in {@code problems}. */
    public ExtractedArticle extract(String fileName, byte[] bytes, Translation translation, List<FileOutcome> problems)
            throws RejectedFileException {
        ArticleExtractor.Extraction extraction = extractor.extract(fileName, bytes);
        CuratedEnglish curated = null;
        if (translation != null) {
            try {
                CuratedEnglish candidate = CuratedEnglish.read(translation.bytes());
                List<String> misfits = candidate.problemsWith(extraction.parsed(), fileName);
                if (misfits.isEmpty()) {
                    curated = candidate;
                } else {
                    problems.add(FileOutcome.rejected(translation.fileName(), "does not fit " + fileName + ": "
                            + String.join("; ", misfits), List.of(), null));
                }
            } catch (RejectedFileException e) {
                problems.add(FileOutcome.rejected(translation.fileName(), e.getMessage(), List.of(), null));
            }
        }
        List<String> warnings = new ArrayList<>(extraction.warnings());
        EnglishDigest.Digest digest = null;
        if (curated == null) {
            digest = digests.digest(extraction);
            warnings.add("no curated English: a digest was generated");
        }
        return new ExtractedArticle(fileName, sha256(bytes),
                new ArticleExtractor.Extraction(extraction.parsed(), extraction.date(), extraction.publishedOn(),
                        extraction.outlet(),
                        extraction.officials(), extraction.categories(), extraction.events(), List.copyOf(warnings)),
                curated, curated == null ? null : translation.fileName(),
                curated == null ? null : sha256(translation.bytes()), digest, null, null, null,
                digests.placeOf(extraction.parsed().lede())).withSearchVectorAndFingerprint();
    }

    /** Imports one file without curated English. */
    public FileOutcome importFile(String fileName, byte[] bytes, boolean dryRun) {
        return importFile(fileName, bytes, null, dryRun).get(0);
    }

    /**
     * Imports one article file with its curated English, if any; with {@code dryRun} it reports what it
     * would do and writes nothing. The first outcome is the article's; a translation that could not be
     * used follows as a rejected outcome of its own, and the article is imported with generated English.
     */
    public List<FileOutcome> importFile(String fileName, byte[] bytes, Translation translation, boolean dryRun) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<FileOutcome> problems = new ArrayList<>();
        ExtractedArticle extracted;
        try {
            extracted = extract(fileName, bytes, translation, problems);
        } catch (RejectedFileException e) {
            outcomes.add(FileOutcome.rejected(fileName, e.getMessage(), List.of(), null));
            if (translation != null) {
                outcomes.add(FileOutcome.rejected(translation.fileName(), "its article " + fileName
                        + " was rejected", List.of(), null));
            }
            return outcomes;
        }
        if (dryRun) {
            outcomes.add(plan(extracted));
        } else {
            syncKnowledgeOnce();
            outcomes.add(storeAlone(extracted, null).outcomes().get(0));
        }
        outcomes.addAll(problems);
        return outcomes;
    }

    /** What storing this article would do, without writing anything. */
    public FileOutcome plan(ExtractedArticle extracted) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> planInTransaction(extracted));
        } catch (RuntimeException e) {
            LOG.debugf(e, "could not check %s against the collection", extracted.sourceFile());
            return FileOutcome.rejected(extracted.sourceFile(), "could not be checked against the collection: "
                    + rootMessage(e), extracted.warnings(), extracted.report(null));
        }
    }

    private FileOutcome planInTransaction(ExtractedArticle extracted) {
        StoredArticles stored = StoredArticles.loadFor(Article.getEntityManager(), extracted, slugBase(extracted.titleVi()));
        Optional<FileOutcome> settled = settled(extracted, stored, Map.of());
        if (settled.isPresent()) {
            return settled.get();
        }
        Optional<StoredArticles.Stored> existing = stored.byFile(extracted.sourceFile());
        String slug = existing.map(StoredArticles.Stored::slug)
                .orElseGet(() -> stored.reserveSlug(slugBase(extracted.titleVi()), stored.reservations()));
        return new FileOutcome(extracted.sourceFile(), existing.isPresent() ? ImportStatus.UPDATED : ImportStatus.IMPORTED,
                null, extracted.warnings(), extracted.report(slug));
    }

    /**
     * The outcome of an article that is not to be written: the same bytes stored under another name
     * (in the collection or earlier in this batch), or unchanged since it was stored. Empty when it must
     * be written.
     */
    private Optional<FileOutcome> settled(ExtractedArticle extracted, StoredArticles stored,
            Map<String, String> hashesInBatch) {
        String file = extracted.sourceFile();
        Optional<String> twin = stored.sameContentElsewhere(extracted.contentHash(), file)
                .or(() -> Optional.ofNullable(hashesInBatch.get(extracted.contentHash())).filter(f -> !f.equals(file)));
        if (twin.isPresent()) {
            return Optional.of(FileOutcome.rejected(file, "the same article as " + twin.get()
                    + ", already in the collection (identical content under another file name)",
                    extracted.warnings(), extracted.report(null)));
        }
        if (stored.unchanged(file, extracted.contentHash(), extracted.translationHash(), extractionVersion())) {
            return Optional.of(new FileOutcome(file, ImportStatus.UNCHANGED, null, extracted.warnings(),
                    extracted.report(stored.byFile(file).orElseThrow().slug())));
        }
        return Optional.empty();
    }

    /**
     * Sets aside the foreign keys of the tables an import fills, for a run that loads an empty collection
     * ({@link SuspendedForeignKeys}); {@link #restoreForeignKeys} adds them back. Returns how many.
     */
    public int suspendForeignKeys() {
        return QuarkusTransaction.requiringNew().call(() -> onConnection(SuspendedForeignKeys::suspend));
    }

    /** Plain JDBC on the connection of the current transaction. */
    private static <T> T onConnection(ReturningWork<T> work) {
        return Article.getEntityManager().unwrap(Session.class).doReturningWork(work);
    }

    /** What adding back the foreign keys set aside did: the ones restored, and why others could not be. */
    public record ForeignKeysRestored(int restored, List<String> problems) {
    }

    /**
     * Adds back every foreign key set aside, by this run or by one that stopped before it could, each in a
     * transaction of its own: one that cannot be added (the database is out of reach, say) stays recorded
     * for the next run, and the others are restored.
     */
    public ForeignKeysRestored restoreForeignKeys() {
        List<SuspendedForeignKeys.Suspended> suspended;
        try {
            suspended = QuarkusTransaction.requiringNew().call(() -> onConnection(SuspendedForeignKeys::list));
        } catch (RuntimeException e) {
            return new ForeignKeysRestored(0, List.of("the foreign keys set aside could not be added back (they could not be read): " + rootMessage(e)));
        }
        int restored = 0;
        List<String> problems = new ArrayList<>();
        for (SuspendedForeignKeys.Suspended constraint : suspended) {
            try {
                QuarkusTransaction.requiringNew().call(() -> onConnection(connection -> {
                    SuspendedForeignKeys.restore(connection, constraint);
                    return null;
                }));
                restored++;
            } catch (RuntimeException e) {
                problems.add(constraint.describe() + " could not be added back: " + rootMessage(e));
            }
        }
        return new ForeignKeysRestored(restored, problems);
    }

    /** What is stored already, for a run that imports many files. */
    public StoredArticles storedArticles() {
        return QuarkusTransaction.requiringNew().call(() -> StoredArticles.load(Article.getEntityManager()));
    }

    /**
     * A batch's outcomes, and what it stored (null where an article was not written), in the batch's order,
     * with the words it added to the search vocabulary; remembered once its transaction has committed.
     */
    private record Written(List<FileOutcome> outcomes, List<StoredArticles.Stored> stored, Set<String> searchWords) {
        void rememberIn(StoredArticles index, List<ExtractedArticle> batch) {
            for (int i = 0; i < batch.size(); i++) {
                if (stored.get(i) != null) {
                    index.remember(batch.get(i).sourceFile(), stored.get(i));
                }
            }
            index.rememberSearchWords(searchWords);
        }
    }

    /**
     * Stores a batch of extracted articles in one transaction: far fewer round trips and commits than one
     * transaction each, the inserts sent in JDBC batches, with officials, outlets, slugs and duplicates
     * answered from memory. If anything in the batch fails, nothing of it is kept and each article is
     * stored again in a transaction of its own, so one bad article costs only itself. Outcomes come in
     * the batch's order; {@code stored} is kept current.
     *
     * @throws DatabaseLostException when the database is out of reach: nothing of the batch is written
     */
    public List<FileOutcome> storeBatch(List<ExtractedArticle> batch, StoredArticles stored) {
        syncKnowledgeOnce();
        StoredArticles.Reservations reservations = stored.reservations();
        try {
            Written written = QuarkusTransaction.requiringNew().call(() -> storeAll(batch, stored, reservations));
            written.rememberIn(stored, batch);
            return written.outcomes();
        } catch (RuntimeException e) {
            stored.release(reservations);
            throwIfDatabaseLost(e);
            LOG.debugf(e, "a batch of %d articles failed; storing each on its own", batch.size());
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        for (ExtractedArticle extracted : batch) {
            Written written = storeAlone(extracted, stored);
            written.rememberIn(stored, List.of(extracted));
            outcomes.addAll(written.outcomes());
        }
        return outcomes;
    }

    /**
     * One article in a transaction of its own, against {@code stored}, or, when null, against what the
     * database holds for this file, its bytes and its slug.
     */
    private Written storeAlone(ExtractedArticle extracted, StoredArticles stored) {
        StoredArticles.Reservations reservations = stored == null ? null : stored.reservations();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                StoredArticles index = stored != null ? stored
                        : StoredArticles.loadFor(Article.getEntityManager(), extracted, slugBase(extracted.titleVi()));
                return storeAll(List.of(extracted), index, reservations != null ? reservations : index.reservations());
            });
        } catch (RuntimeException e) {
            if (stored != null) {
                stored.release(reservations);
            }
            throwIfDatabaseLost(e);
            LOG.debugf(e, "could not store %s", extracted.sourceFile()); // the outcome says why; the trace is for debugging
            List<StoredArticles.Stored> nothing = new ArrayList<>();
            nothing.add(null);
            return new Written(List.of(FileOutcome.rejected(extracted.sourceFile(), "could not be stored: "
                    + rootMessage(e), extracted.warnings(), extracted.report(null))), nothing, Set.of());
        }
    }

    private static void throwIfDatabaseLost(RuntimeException e) {
        if (DatabaseLostException.isConnectionFailure(e)) {
            LOG.debugf(e, "the database is out of reach");
            throw new DatabaseLostException("the database could not be reached (the connection to it failed or "
                    + "was lost)", e);
        }
    }

    private Written storeAll(List<ExtractedArticle> batch, StoredArticles stored, StoredArticles.Reservations reservations) {
        var em = Article.getEntityManager();
        Map<String, Official> officials = new HashMap<>();
        em.createQuery("select o from Official o", Official.class).getResultList().forEach(o -> officials.put(o.slug, o));
        Map<String, Outlet> outlets = new HashMap<>();
        em.createQuery("select o from Outlet o", Outlet.class).getResultList().forEach(o -> outlets.put(o.code, o));
        Map<String, String> hashesInBatch = new HashMap<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ArticleRows.Row> inOrder = new ArrayList<>(); // null where an article is not to be written
        for (ExtractedArticle extracted : batch) {
            Optional<FileOutcome> settled = settled(extracted, stored, hashesInBatch);
            hashesInBatch.putIfAbsent(extracted.contentHash(), extracted.sourceFile());
            if (settled.isPresent()) {
                outcomes.add(settled.get());
                inOrder.add(null);
                continue;
            }
            Optional<StoredArticles.Stored> existing = stored.byFile(extracted.sourceFile());
            String slug = existing.map(StoredArticles.Stored::slug)
                    .orElseGet(() -> stored.reserveSlug(slugBase(extracted.titleVi()), reservations));
            Map<String, Long> officialIds = new HashMap<>();
            for (var mention : extracted.extraction().officials()) {
                officialIds.put(mention.slug(), officials.computeIfAbsent(mention.slug(),
                        s -> newOfficial(mention)).id);
            }
            Long outletId = extracted.outlet() == null ? null
                    : outlets.computeIfAbsent(extracted.outlet().code(), code -> outlet(extracted.outlet())).id;
            inOrder.add(new ArticleRows.Row(existing.map(StoredArticles.Stored::id).orElse(null), slug, extracted,
                    extractionVersion(), outletId, officialIds));
            outcomes.add(new FileOutcome(extracted.sourceFile(),
                    existing.isPresent() ? ImportStatus.UPDATED : ImportStatus.IMPORTED, null, extracted.warnings(),
                    extracted.report(slug)));
        }
        List<ArticleRows.Row> rows = inOrder.stream().filter(Objects::nonNull).toList();
        ArticleRows.Written rowsWritten = new ArticleRows.Written(List.of(), Set.of());
        if (!rows.isEmpty()) {
            Instant now = Instant.now();
            CollectionState.bump(now);
            em.flush(); // new officials and outlets first: the rows refer to them
            rowsWritten = onConnection(connection -> new ArticleRows(connection).write(rows, now, stored::forEachUnknownSearchWord));
        }
        Iterator<Long> id = rowsWritten.ids().iterator();
        List<StoredArticles.Stored> written = new ArrayList<>();
        for (ArticleRows.Row row : inOrder) {
            written.add(row == null ? null : stored(id.next(), row));
        }
        return new Written(outcomes, written, rowsWritten.searchWords());
    }

    private static StoredArticles.Stored stored(long id, ArticleRows.Row row) {
        ExtractedArticle extracted = row.extracted();
        return new StoredArticles.Stored(id, row.slug(), extracted.contentHash(), row.extractionVersion(),
                extracted.translationHash(), List.copyOf(extracted.warnings()), extracted.englishGenerated());
    }

    /** A new uncurated official, for a person the knowledge base does not know yet. */
    private static Official newOfficial(OfficialMention mention) {
        Official official = new Official();
        official.slug = mention.slug();
        official.nameVi = mention.nameVi();
        official.nameEn = mention.nameEn();
        official.nameZh = mention.nameZh();
        official.country = mention.country();
        official.curated = mention.curated();
        official.persist();
        return official;
    }

    /** The knowledge base's officials and category labels go into the database before the first article. */
    private void syncKnowledgeOnce() {
        if (!knowledgeSynced) {
            QuarkusTransaction.requiringNew().run(() -> KnowledgeSync.sync(knowledge));
            knowledgeSynced = true;
        }
    }

    private static Outlet outlet(OutletCatalog.OutletInfo info) {
        Outlet outlet = Outlet.findByCode(info.code()).orElseGet(Outlet::new);
        outlet.code = info.code();
        outlet.name = info.name();
        outlet.website = info.website();
        outlet.persist();
        return outlet;
    }

    private static String slugBase(String title) {
        String base = VietnameseText.slug(title, SLUG_LENGTH);
        return base.isEmpty() ? "article" : base;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        return FailureCauses.message(e);
    }
}
