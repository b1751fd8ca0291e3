package org.songsong.importer.translation;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.songsong.core.failure.FailureCauses;
import org.songsong.core.translation.MachineEnglish;
import org.songsong.core.translation.MachineTranslator;
import org.songsong.core.translation.TranslationException;
import org.songsong.core.writeside.MachineEnglishStore;

/**
 * Translates articles, several at a time, with a line for each: an article whose translation fails keeps
 * its generated digest and the run goes on; an engine that cannot be reached, or that fails on several
 * articles in a row, stops the run, since every other article would wait on it in vain.
 */
public final class TranslationRun {

    /** After this many failed articles in a row the engine is taken to be broken. */
    static final int FAILURES_IN_A_ROW = 5;

    /** An article that could not be translated, and why. */
    public record Failure(String file, String reason) {
    }

    /** What a run did; {@code stoppedBecause} is null when it went through every article. */
    public record Outcome(int articles, int translated, int failed, int changedMeanwhile, int textsSent,
            int textsRecalled, int charactersToSend, String stoppedBecause, boolean databaseLost,
            List<Failure> failures) {

        public int untouched() {
            return articles - translated - failed - changedMeanwhile;
        }

        public String describe(boolean dryRun, String engine) {
            if (dryRun) {
                return "Dry run: " + articles + " article(s) without English of their own; translating them would send "
                        + textsSent + " text(s) (" + charactersToSend + " characters) to " + engine + "; "
                        + textsRecalled + " text(s) are in the translation memory already. Nothing was sent or written.";
            }
            StringBuilder line = new StringBuilder("Translated " + translated + " of " + articles + " article(s) with "
                    + engine + " (" + textsSent + " text(s) sent, " + textsRecalled + " from the translation memory).");
            if (failed > 0 || untouched() > 0) {
                line.append(' ').append(failed + untouched()).append(" article(s) keep their generated digest: run "
                        + "translate again to try them again.");
            }
            if (changedMeanwhile > 0) {
                line.append(' ').append(changedMeanwhile).append(" article(s) changed while they were translated and "
                        + "were left for the next run.");
            }
            return line.toString();
        }
    }

    private final MachineTranslator translator;
    private final MachineEnglishStore store;
    private final int threads;
    private final PrintWriter out;
    private final PrintWriter err;

    public TranslationRun(MachineTranslator translator, MachineEnglishStore store, int threads, PrintWriter out,
            PrintWriter err) {
        this.translator = translator;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.out = out;
        this.err = err;
    }

    public Outcome run(List<Long> ids, boolean dryRun) throws InterruptedException {
        Counts counts = new Counts(ids.size());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "translate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> all = new ArrayList<>();
            for (long id : ids) {
                all.add(workers.submit(() -> one(id, dryRun, counts)));
            }
            for (Future<?> one : all) {
                try {
                    one.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
        }
        out.flush();
        err.flush();
        return new Outcome(ids.size(), counts.translated.get(), counts.failed.get(), counts.changed.get(),
                counts.sent.get(), counts.recalled.get(), counts.characters.get(), counts.stopped.get(),
                counts.databaseLost.get(), List.copyOf(counts.failures));
    }

    private static final class Counts {
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger translated = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger failedInARow = new AtomicInteger();
        final AtomicInteger changed = new AtomicInteger();
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger recalled = new AtomicInteger();
        final AtomicInteger characters = new AtomicInteger();
        final AtomicReference<String> stopped = new AtomicReference<>();
        final AtomicBoolean databaseLost = new AtomicBoolean();
        final Queue<Failure> failures = new ConcurrentLinkedQueue<>();

        Counts(int total) {
            this.total = total;
        }

        String counter() {
            return "[" + done.incrementAndGet() + "/" + total + "] ";
        }
    }

    private void one(long id, boolean dryRun, Counts counts) {
        if (counts.stopped.get() != null) {
            return;
        }
        try {
            translateOne(id, dryRun, counts);
        } catch (RuntimeException e) {
            // the database failed under this article: reading it, keeping its translations or storing them
            counts.failed.incrementAndGet();
            String reason = FailureCauses.message(e).lines().findFirst().orElse("").strip();
            if (FailureCauses.databaseUnreachable(e)) {
                counts.databaseLost.set(true);
                counts.stopped.compareAndSet(null, "the database could not be reached: " + reason);
            } else {
                synchronized (this) {
                    err.println(counts.counter() + "not stored " + id + ": " + reason);
                    err.flush();
                }
            }
        }
    }

    private void translateOne(long id, boolean dryRun, Counts counts) {
        Optional<MachineEnglishStore.Untranslated> read = store.read(id);
        if (read.isEmpty()) {
            counts.changed.incrementAndGet();
            return;
        }
        MachineEnglishStore.Untranslated article = read.get();
        if (dryRun) {
            MachineTranslator.Plan plan = translator.plan(article.vietnamese());
            counts.sent.addAndGet(plan.texts());
            counts.characters.addAndGet(plan.characters());
            counts.recalled.addAndGet(plan.recalled());
            print(counts, "would send " + plan.texts() + " text(s), " + plan.characters() + " characters ("
                    + plan.recalled() + " in the memory), for "
                    + article.sourceFile() + " -> " + article.slug());
            return;
        }
        try {
            MachineEnglish english = translator.translate(article.vietnamese());
            counts.failedInARow.set(0);
            counts.sent.addAndGet(english.sent());
            counts.recalled.addAndGet(english.recalled());
            if (store.store(article, english, Instant.now())) {
                counts.translated.incrementAndGet();
                print(counts, "translated " + article.sourceFile() + " -> " + article.slug() + " ("
                        + english.sent() + " text(s) sent, " + english.recalled() + " from memory)");
            } else {
                counts.changed.incrementAndGet();
                print(counts, "changed    " + article.sourceFile() + " while it was translated; left for the next run");
            }
        } catch (TranslationException e) {
            counts.failed.incrementAndGet();
            counts.failures.add(new Failure(article.sourceFile(), e.getMessage()));
            synchronized (this) {
                out.flush();
                err.println(counts.counter() + "not translated " + article.sourceFile() + ": " + e.getMessage());
                err.flush();
            }
            if (e.engineUnavailable()) {
                counts.stopped.compareAndSet(null, e.getMessage());
            } else if (counts.failedInARow.incrementAndGet() >= FAILURES_IN_A_ROW) {
                counts.stopped.compareAndSet(null, "the engine failed on " + FAILURES_IN_A_ROW + " articles in a row; "
                        + "the last: " + e.getMessage());
            }
        }
    }

    /** A progress line, numbered in the order the lines come out. */
    private synchronized void print(Counts counts, String line) {
        out.println(counts.counter() + line);
        out.flush();
    }
}
