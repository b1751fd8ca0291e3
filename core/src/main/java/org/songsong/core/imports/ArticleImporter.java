package org.songsong.core.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;
import org.songsong.core.domain.Article;
import org.songsong.core.domain.ArticleCaption;
import org.songsong.core.domain.ArticleParagraph;
import org.songsong.core.domain.Outlet;
import org.songsong.core.extract.ArticleExtractor;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.OutletCatalog;
import org.songsong.core.parse.Caption;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.parse.RejectedFileException;
import org.songsong.core.text.VietnameseText;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

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
    private volatile boolean knowledgeSynced;

    public String extractionVersion() {
        return extractor.version();
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** Parses and extracts without touching the database. */
    public ExtractedArticle extract(String fileName, byte[] bytes) throws RejectedFileException {
        return new ExtractedArticle(fileName, sha256(bytes), extractor.extract(fileName, bytes));
    }

    /** Imports one file; with {@code dryRun} it reports what it would do and writes nothing. */
    public FileOutcome importFile(String fileName, byte[] bytes, boolean dryRun) {
        ExtractedArticle extracted;
        try {
            extracted = extract(fileName, bytes);
        } catch (RejectedFileException e) {
            return FileOutcome.rejected(fileName, e.getMessage(), List.of(), null);
        }
        try {
            if (dryRun) {
                return QuarkusTransaction.requiringNew().call(() -> plan(extracted));
            }
            syncKnowledgeOnce();
            return QuarkusTransaction.requiringNew().call(() -> store(extracted));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not store %s", fileName);
            return FileOutcome.rejected(fileName, "could not be stored: " + rootMessage(e), extracted.warnings(),
                    extracted.report(null));
        }
    }

    private FileOutcome plan(ExtractedArticle extracted) {
        Optional<Article> existing = Article.findBySourceFile(extracted.sourceFile());
        ImportStatus status = existing.map(a -> isUnchanged(a, extracted) ? ImportStatus.UNCHANGED : ImportStatus.UPDATED)
                .orElse(ImportStatus.IMPORTED);
        String slug = existing.map(a -> a.slug).orElseGet(() -> uniqueSlug(extracted.parsed().title()));
        return new FileOutcome(extracted.sourceFile(), status, null, extracted.warnings(), extracted.report(slug));
    }

    private FileOutcome store(ExtractedArticle extracted) {
        Optional<Article> existing = Article.findBySourceFile(extracted.sourceFile());
        if (existing.isPresent() && isUnchanged(existing.get(), extracted)) {
            return new FileOutcome(extracted.sourceFile(), ImportStatus.UNCHANGED, null, extracted.warnings(),
                    extracted.report(existing.get().slug));
        }
        Instant now = Instant.now();
        Article article = existing.orElseGet(() -> {
            Article created = new Article();
            created.sourceFile = extracted.sourceFile();
            created.slug = uniqueSlug(extracted.parsed().title());
            created.importedAt = now;
            return created;
        });
        fill(article, extracted);
        article.updatedAt = now;
        article.persist();
        ImportStatus status = existing.isPresent() ? ImportStatus.UPDATED : ImportStatus.IMPORTED;
        return new FileOutcome(extracted.sourceFile(), status, null, extracted.warnings(),
                extracted.report(article.slug));
    }

    private boolean isUnchanged(Article article, ExtractedArticle extracted) {
        return article.contentHash.equals(extracted.contentHash())
                && article.extractionVersion.equals(extractionVersion());
    }

    /** The knowledge base's officials and category labels go into the database before the first article. */
    private void syncKnowledgeOnce() {
        if (!knowledgeSynced) {
            QuarkusTransaction.requiringNew().run(() -> KnowledgeSync.sync(knowledge));
            knowledgeSynced = true;
        }
    }

    private void fill(Article article, ExtractedArticle extracted) {
        ParsedArticle parsed = extracted.parsed();
        article.contentHash = extracted.contentHash();
        article.extractionVersion = extractionVersion();
        article.titleVi = parsed.title();
        article.titleDerived = parsed.titleDerived();
        article.sourceUrl = parsed.sourceUrl();
        article.setDate(extracted.date());
        article.dateAsWritten = parsed.dateMention() == null ? null : parsed.dateMention().asWritten();
        article.outlet = extracted.outlet() == null ? null : outlet(extracted.outlet());
        article.importWarnings = new ArrayList<>(extracted.warnings());
        replaceParagraphs(article, parsed.paragraphs());
        replaceCaptions(article, parsed.captions());
        ArticleLinks.replaceOfficials(article, extracted.extraction().officials());
        ArticleLinks.replaceCategories(article, extracted.extraction().categories());
    }

    /** Rewrites rows in place rather than deleting and inserting, so positions never collide. */
    private static void replaceParagraphs(Article article, List<String> texts) {
        List<ArticleParagraph> rows = article.paragraphs;
        for (int i = 0; i < texts.size(); i++) {
            if (i < rows.size()) {
                rows.get(i).textVi = texts.get(i);
            } else {
                rows.add(new ArticleParagraph(article, i, texts.get(i)));
            }
        }
        while (rows.size() > texts.size()) {
            rows.remove(rows.size() - 1);
        }
    }

    private static void replaceCaptions(Article article, List<Caption> captions) {
        List<ArticleCaption> rows = article.captions;
        for (int i = 0; i < captions.size(); i++) {
            Caption caption = captions.get(i);
            if (i < rows.size()) {
                rows.get(i).textVi = caption.text();
                rows.get(i).credit = caption.credit();
            } else {
                rows.add(new ArticleCaption(article, i, caption.text(), caption.credit()));
            }
        }
        while (rows.size() > captions.size()) {
            rows.remove(rows.size() - 1);
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

    private static String uniqueSlug(String title) {
        String base = VietnameseText.slug(title, SLUG_LENGTH);
        if (base.isEmpty()) {
            base = "article";
        }
        Set<String> taken = new HashSet<>(Article.getEntityManager()
                .createQuery("select a.slug from Article a where a.slug = ?1 or a.slug like ?2", String.class)
                .setParameter(1, base).setParameter(2, base + "-%").getResultList());
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
