package org.songsong.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.songsong.core.writeside.ArticleImporter;
import org.songsong.core.writeside.DatabaseLostException;
import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.StoredArticles;

/**
 * An import's files in flight: worker threads read, check and extract files ahead of the writer, which
 * stores them in batches (in a dry run, plans them) and records each file's outcomes in the files' order.
 */
final class ImportPipeline {

    /** A file handed to a worker, and what the worker will make of it. */
    private record Pending(SourceFiles.Source source, Future<PreparedFile> future) {
    }

    private final ArticleImporter importer;
    private final ImporterConfig config;
    private final ImportRun outcomes;
    private final boolean dryRun;

    ImportPipeline(ArticleImporter importer, ImporterConfig config, ImportRun outcomes, boolean dryRun) {
        this.importer = importer;
        this.config = config;
        this.outcomes = outcomes;
        this.dryRun = dryRun;
    }

    /**
     * Runs every file through; returns why nothing more could be written (the database was lost), or null.
     * With {@code skipUnchanged}, files stored from the same bytes are reported unchanged without extraction.
     */
    String run(SourceFiles sources, StoredArticles stored, boolean skipUnchanged) throws InterruptedException {
        int workers = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = extractionPool(workers);
        String lost = null;
        try {
            Deque<Pending> ahead = new ArrayDeque<>();
            Iterator<SourceFiles.Source> next = sources.files().iterator();
            List<PreparedFile> batch = new ArrayList<>();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < Math.max(2 * config.batchSize(), 4 * workers)) {
                    SourceFiles.Source source = next.next();
                    ahead.add(new Pending(source, pool.submit(() -> PreparedFile.of(source,
                            skipUnchanged ? stored : null, importer, config.maxFileBytes()))));
                }
                PreparedFile prepared = await(ahead.poll().future());
                if (prepared.extracted() == null) {
                    outcomes.file(prepared.outcomes(), prepared.unchanged());
                    continue;
                }
                if (dryRun) {
                    List<FileOutcome> planned = new ArrayList<>(List.of(importer.plan(prepared.extracted())));
                    planned.addAll(prepared.problems());
                    outcomes.file(planned, null);
                    continue;
                }
                batch.add(prepared);
                if (batch.size() >= config.batchSize()) {
                    lost = store(batch, stored);
                    if (lost != null) {
                        notImported(next, ahead, lost);
                        break;
                    }
                }
            }
            if (lost == null) {
                lost = store(batch, stored);
            }
        } finally {
            pool.shutdownNow();
        }
        return lost;
    }

    /** The worker threads that read, check and extract files while the writer stores what they have done. */
    private static ExecutorService extractionPool(int workers) {
        return Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "songsong-extract");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Once the database is out of reach nothing more is written: the files still to come are reported as
     * not imported, with the reason, and a later run picks them up.
     */
    private void notImported(Iterator<SourceFiles.Source> next, Deque<Pending> ahead, String reason) {
        List<String> files = new ArrayList<>();
        for (Pending pending : ahead) {
            pending.future().cancel(true);
            files.add(pending.source().name());
        }
        ahead.clear();
        next.forEachRemaining(source -> files.add(source.name()));
        files.forEach(file -> outcomes.file(List.of(FileOutcome.rejected(file, reason, List.of(), null)), null));
    }

    /** Stores a batch and reports it; returns why nothing more can be written, or null. */
    private String store(List<PreparedFile> batch, StoredArticles stored) {
        if (batch.isEmpty()) {
            return null;
        }
        List<FileOutcome> written;
        try {
            written = importer.storeBatch(batch.stream().map(PreparedFile::extracted).toList(), stored);
        } catch (DatabaseLostException e) {
            String reason = "not imported: " + e.getMessage() + "; nothing of it was written, import again "
                    + "once the database is back";
            for (PreparedFile prepared : batch) {
                outcomes.file(List.of(FileOutcome.rejected(prepared.extracted().sourceFile(), reason,
                        prepared.extracted().warnings(), null)), null);
            }
            batch.clear();
            return reason;
        }
        for (int i = 0; i < batch.size(); i++) {
            List<FileOutcome> these = new ArrayList<>();
            these.add(written.get(i));
            these.addAll(batch.get(i).problems());
            outcomes.file(these, null);
        }
        batch.clear();
        return null;
    }

    private static PreparedFile await(Future<PreparedFile> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a file failed unexpectedly", e.getCause());
        }
    }
}
