package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/**
 * Files that disappear or change after a run has listed them: the vanished one is reported and the rest
 * imported; the changed one is imported as it was when read, whole; the next run completes the job.
 */
@QuarkusMainTest
@TestProfile(FilesChangingDuringImportTest.SmallBatches.class)
class FilesChangingDuringImportTest extends ImportTestSupport {

    /** Enough articles ahead of the two files that the run has not read them when the first batch is stored. */
    private static final int AHEAD = 600;

    /** Batches of 100, and so 200 files read ahead of the writer: the run stores a batch long before its end. */
    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("songsong.importer.batch-size", "100");
        }
    }

    @Test
    void aVanishedFileIsReportedAndAChangedOneIsImportedAsRead(QuarkusMainLauncher launcher) throws Exception {
        Path corpus = generatedCorpus(AHEAD);
        Path vanishing = corpus.resolve("zz-vanishing.txt");
        Path changing = corpus.resolve("zz-changing.txt");
        Files.write(vanishing, Seeds.bytes("000_83b8647a2fd0dd5c.txt"));
        Files.write(changing, Seeds.bytes("001_24bae8ffd6009766.txt"));
        byte[] corrected = (Seeds.text("001_24bae8ffd6009766.txt")
                + "\n\nĐoạn này được thêm vào trong lúc nhập.\n").getBytes(StandardCharsets.UTF_8);

        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread editor = new Thread(() -> {
            // once the run has stored its first batch, the two files at the end have been listed, not read
            try {
                while (!done.get()) {
                    if (TestDatabase.storedArticles() > 0) {
                        Files.delete(vanishing);
                        Files.write(changing, corrected);
                        return;
                    }
                    Thread.sleep(2);
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        editor.start();
        LaunchResult first;
        try {
            first = launcher.launch("import", corpus.toString());
        } finally {
            done.set(true);
            editor.join();
        }

        assertThat(failed.get()).isNull();
        assertThat(Files.exists(vanishing)).as("the file was removed during the run").isFalse();
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.getErrorOutput()).contains("zz-vanishing.txt: disappeared before it could be read");
        assertThat(first.getOutput()).contains("imported " + (AHEAD + 1) + ", updated 0, unchanged 0, rejected 1");
        assertThat(TestDatabase.string("select content_hash from article where source_file = 'zz-changing.txt'"))
                .as("stored from the bytes read, whole").isEqualTo(ArticleImporter.sha256(corrected));
        assertThat(TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = 'zz-changing.txt' and p.text_vi like '%được thêm vào trong lúc nhập%'")).isOne();

        LaunchResult second = launcher.launch("import", corpus.toString());

        assertThat(second.exitCode()).as(second.getErrorOutput()).isZero();
        assertThat(second.getOutput()).contains("imported 0, updated 0, unchanged " + (AHEAD + 1) + ", rejected 0");
    }
}
