package org.songsong.core.writeside;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.songsong.core.text.SearchVector;
import org.songsong.core.text.SearchWordSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * What an import run needs to know about the articles already stored, read in one query at the start:
 * each file's fingerprint (so an unchanged file is recognised without being parsed), the content hashes
 * (the same article under two names) and the slugs in use (so a new slug is chosen without asking the
 * database). The run keeps it current as it writes; an import run is the collection's only writer.
 */
public final class StoredArticles {

    /** An imported file as stored. */
    public record Stored(long id, String slug, String contentHash, String extractionVersion, String translationHash,
            List<String> warnings, boolean withoutCuratedEnglish) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> warnings(String json) {
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (IOException e) {
            throw new IllegalStateException("an article's stored import warnings are not a JSON list: " + json, e);
        }
    }

    private final Map<String, Stored> byFile = new ConcurrentHashMap<>();
    private final Map<String, String> fileByHash = new ConcurrentHashMap<>();
    private final Set<String> slugs = ConcurrentHashMap.newKeySet();
    /**
     * Words this run has stored in the search vocabulary (not read at the start: the database keeps what it
     * has). Only the writer asks for them, a vector at a time.
     */
    private final SearchWordSet searchWords = new SearchWordSet();
    /** The suffix last given to each slug base: numbers below it are all taken, so the search starts there. */
    private final Map<String, Integer> lastSuffix = new ConcurrentHashMap<>();

    private StoredArticles() {
    }

    public static StoredArticles empty() {
        return new StoredArticles();
    }

    private static final String COLUMNS = "select id, slug, source_file, content_hash, extraction_version, "
            + "translation_hash, import_warnings::text, english_source <> 'CURATED' from article";

    /** Everything stored, for a run over many files. */
    public static StoredArticles load(EntityManager em) {
        return of(em.createNativeQuery(COLUMNS));
    }

    /**
     * Only what one article's import depends on: the row of its file, rows with its bytes, and the slugs
     * its title could take. The same answers as {@link #load} for this article, in one small query.
     */
    public static StoredArticles loadFor(EntityManager em, ExtractedArticle article, String slugBase) {
        return of(em.createNativeQuery(COLUMNS + " where source_file = ?1 or content_hash = ?2 or slug = ?3 or slug like ?4")
                .setParameter(1, article.sourceFile()).setParameter(2, article.contentHash())
                .setParameter(3, slugBase).setParameter(4, slugBase + "-%"));
    }

    @SuppressWarnings("unchecked")
    private static StoredArticles of(Query query) {
        StoredArticles stored = new StoredArticles();
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            stored.remember((String) row[2], new Stored(((Number) row[0]).longValue(), (String) row[1],
                    (String) row[3], (String) row[4], (String) row[5], warnings((String) row[6]), (Boolean) row[7]));
        }
        return stored;
    }

    public Optional<Stored> byFile(String sourceFile) {
        return Optional.ofNullable(byFile.get(sourceFile));
    }

    /** True when this file was stored from these very bytes and translation by this way of extracting. */
    public boolean unchanged(String sourceFile, String contentHash, String translationHash, String extractionVersion) {
        Stored stored = byFile.get(sourceFile);
        return stored != null && stored.contentHash().equals(contentHash)
                && stored.extractionVersion().equals(extractionVersion)
                && Objects.equals(stored.translationHash(), translationHash);
    }

    /** Another file stored with exactly these bytes. */
    public Optional<String> sameContentElsewhere(String contentHash, String sourceFile) {
        String other = fileByHash.get(contentHash);
        return other == null || other.equals(sourceFile) ? Optional.empty() : Optional.of(other);
    }

    public void remember(String sourceFile, Stored stored) {
        Stored previous = byFile.put(sourceFile, stored);
        if (previous != null && sourceFile.equals(fileByHash.get(previous.contentHash()))) {
            fileByHash.remove(previous.contentHash());
        }
        fileByHash.putIfAbsent(stored.contentHash(), sourceFile);
        slugs.add(stored.slug());
    }

    /** Each word of {@code vector} this run has not stored in the search vocabulary yet. */
    public synchronized void forEachUnknownSearchWord(SearchVector vector, Consumer<String> action) {
        vector.forEachWordNotIn(searchWords, action);
    }

    public synchronized void rememberSearchWords(Set<String> words) {
        words.forEach(searchWords::add);
    }

    /**
     * The base itself when free, else the base with the smallest free number from 2 up, as the database
     * would answer; the slugs of one batch are reserved until it is written or given up.
     */
    public String reserveSlug(String base, Reservations reservations) {
        if (slugs.add(base)) {
            reservations.slugs.add(base);
            return base;
        }
        int n = Math.max(2, lastSuffix.getOrDefault(base, 2));
        while (!slugs.add(base + "-" + n)) {
            n++;
        }
        reservations.bases.putIfAbsent(base, lastSuffix.get(base));
        lastSuffix.put(base, n);
        reservations.slugs.add(base + "-" + n);
        return base + "-" + n;
    }

    /** Slugs reserved for a batch, given back if the batch is not written. */
    public static final class Reservations {
        private final List<String> slugs = new ArrayList<>();
        private final Map<String, Integer> bases = new HashMap<>();
    }

    public Reservations reservations() {
        return new Reservations();
    }

    public void release(Reservations reservations) {
        slugs.removeAll(new HashSet<>(reservations.slugs));
        reservations.bases.forEach((base, suffix) -> {
            if (suffix == null) {
                lastSuffix.remove(base);
            } else {
                lastSuffix.put(base, suffix);
            }
        });
    }

    public int size() {
        return byFile.size();
    }
}
