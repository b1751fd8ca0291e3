package org.songsong.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.songsong.core.parse.RejectedFileException;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.core.writeside.ExtractedArticle;
import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.ImportStatus;
import org.songsong.core.writeside.StoredArticles;

/** One file after reading and extraction: either its outcomes are known, or it is ready to be stored. */
record PreparedFile(List<FileOutcome> outcomes, ExtractedArticle extracted, List<FileOutcome> problems,
        StoredArticles.Stored unchanged) {

    static PreparedFile done(List<FileOutcome> outcomes) {
        return new PreparedFile(outcomes, null, List.of(), null);
    }

    /**
     * Reads one file and its translation and extracts the article, on a worker thread. With {@code stored},
     * a file whose bytes, translation and way of extracting match what is stored is reported unchanged
     * straight away, without being parsed.
     */
    static PreparedFile of(SourceFiles.Source source, StoredArticles stored, ArticleImporter importer,
            long maxFileBytes) {
        byte[] bytes;
        try {
            long size = Files.size(source.path());
            if (size > maxFileBytes) {
                return done(List.of(FileOutcome.rejected(source.name(), String.format(Locale.ROOT,
                        "too large to be an article: %.1f MB (the limit is %.1f MB, songsong.importer.max-file-bytes)",
                        size / 1e6, maxFileBytes / 1e6), List.of(), null)));
            }
            bytes = Files.readAllBytes(source.path());
        } catch (NoSuchFileException e) {
            return done(List.of(FileOutcome.rejected(source.name(), "disappeared before it could be read",
                    List.of(), null)));
        } catch (IOException e) {
            return done(List.of(FileOutcome.rejected(source.name(), "cannot be read: " + e.getMessage(),
                    List.of(), null)));
        }
        ArticleImporter.Translation translation = null;
        List<FileOutcome> problems = new ArrayList<>();
        if (source.translation() != null) {
            String name = source.translation().getFileName().toString();
            try {
                translation = new ArticleImporter.Translation(name, Files.readAllBytes(source.translation()));
            } catch (IOException e) {
                problems.add(FileOutcome.rejected(name, "cannot be read: " + e.getMessage(), List.of(), null));
            }
        }
        String contentHash = ArticleImporter.sha256(bytes);
        if (stored != null && stored.unchanged(source.name(), contentHash,
                translation == null ? null : ArticleImporter.sha256(translation.bytes()), importer.extractionVersion())) {
            StoredArticles.Stored known = stored.byFile(source.name()).orElseThrow();
            return new PreparedFile(List.of(new FileOutcome(source.name(), ImportStatus.UNCHANGED, null, known.warnings(),
                    null)), null, List.of(), known);
        }
        try {
            ExtractedArticle extracted = importer.extract(source.name(), bytes, translation, problems);
            return new PreparedFile(List.of(), extracted, problems, null);
        } catch (RejectedFileException e) {
            List<FileOutcome> rejected = new ArrayList<>();
            rejected.add(FileOutcome.rejected(source.name(), e.getMessage(), List.of(), null));
            if (translation != null) {
                rejected.add(FileOutcome.rejected(translation.fileName(), "its article " + source.name()
                        + " was rejected", List.of(), null));
            }
            rejected.addAll(problems);
            return done(rejected);
        }
    }
}
