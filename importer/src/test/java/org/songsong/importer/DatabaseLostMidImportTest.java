package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.songsong.core.testing.TcpProxy;
import org.songsong.core.testing.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * PostgreSQL goes out of reach in the middle of an import (the network to it is cut): the run stops
 * writing, says why, reports every file it did not import and exits non-zero; the collection holds only
 * whole articles; once the database is back, the same command imports the rest.
 */
@QuarkusMainTest
@QuarkusTestResource(value = DatabaseLostMidImportTest.ProxiedDatabase.class, restrictToAnnotatedClass = true)
class DatabaseLostMidImportTest extends ImportTestSupport {

    private static final int ARTICLES = 400;

    /**
     * The importer's database behind a relay the test cuts; small batches, so the cut falls mid-run. The
     * resource lives in another class loader than the test, so the test asks for the cut through a system
     * property, which the relay's own thread follows.
     */
    public static class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {
        private static final String CUT = "songsong.test.database.cut";
        private TcpProxy proxy;
        private volatile boolean running = true;

        static void cut() throws InterruptedException {
            System.setProperty(CUT, "true");
            Thread.sleep(50);
        }

        static void restore() throws InterruptedException {
            System.clearProperty(CUT);
            Thread.sleep(50);
        }

        @Override
        public Map<String, String> start() {
            proxy = TcpProxy.toTestDatabase();
            Thread follower = new Thread(() -> {
                boolean isCut = false;
                while (running) {
                    boolean wanted = Boolean.getBoolean(CUT);
                    try {
                        if (wanted && !isCut) {
                            proxy.cut();
                        } else if (!wanted && isCut) {
                            proxy.restore();
                        }
                        isCut = wanted;
                        Thread.sleep(2);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }, "database-cut-follower");
            follower.setDaemon(true);
            follower.start();
            String proxied = proxy.jdbcUrl();
            // the profile's own URL in application.properties would win over an unprofiled one
            return Map.of("quarkus.datasource.jdbc.url", proxied, "%test.quarkus.datasource.jdbc.url", proxied,
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "songsong.importer.batch-size", "10");
        }

        @Override
        public void stop() {
            running = false;
            System.clearProperty(CUT);
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @Test
    void aRunThatLosesTheDatabaseStopsCleanlyAndTheNextRunFinishesTheJob(QuarkusMainLauncher launcher) throws Exception {
        Path corpus = generatedCorpus(ARTICLES);
        List<String> foreignKeys = TestDatabase.foreignKeys();
        Path firstReport = work.resolve("first.json");
        AtomicBoolean cut = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<Throwable> watchFailed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread watcher = new Thread(() -> {
            // cut the network once the run has written a few batches
            try {
                while (!cut.get()) {
                    if (TestDatabase.storedArticles() >= 30) {
                        ProxiedDatabase.cut();
                        cut.set(true);
                    }
                    Thread.sleep(5);
                }
            } catch (Throwable e) {
                watchFailed.set(e);
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        LaunchResult first;
        try {
            first = launcher.launch("import", "--report", firstReport.toString(), corpus.toString());
        } finally {
            cut.set(true);
            watcher.join();
        }

        assertThat(watchFailed.get()).isNull();
        assertThat(first.exitCode()).as("a run that could not import everything says so").isEqualTo(1);
        assertThat(first.getErrorOutput()).contains("the database could not be reached")
                .contains("import again once the database is back").doesNotContain("Exception");
        // a first load: its foreign keys, set aside, could not be added back without the database
        assertThat(first.getErrorOutput()).contains("could not be added back")
                .contains("the next import tries again before it writes anything");
        JsonNode summary = report(firstReport).get("summary");
        long stored = TestDatabase.count("select count(*) from article");
        assertThat(summary.get("total").asInt()).isEqualTo(ARTICLES);
        assertThat(summary.get("imported").asLong()).as("what the report says was imported is there").isEqualTo(stored);
        assertThat(summary.get("rejected").asInt()).isEqualTo(ARTICLES - (int) stored).isPositive();
        assertThat(TestDatabase.count("select count(*) from article a where not exists "
                + "(select 1 from article_paragraph p where p.article_id = a.id)")).as("no half-written article").isZero();

        ProxiedDatabase.restore();
        LaunchResult second = launcher.launch("import", corpus.toString());

        assertThat(second.exitCode()).as(second.getErrorOutput()).isZero();
        assertThat(second.getErrorOutput()).contains("foreign key(s) an earlier import had set aside");
        assertThat(second.getOutput()).contains("imported " + (ARTICLES - stored) + ", updated 0, unchanged " + stored
                + ", rejected 0 (" + ARTICLES + " files)");
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(ARTICLES);
        assertThat(TestDatabase.foreignKeys()).as("the keys the first run left aside are back").isEqualTo(foreignKeys);
        assertThat(TestDatabase.count("select count(*) from suspended_foreign_key")).isZero();
    }
}
