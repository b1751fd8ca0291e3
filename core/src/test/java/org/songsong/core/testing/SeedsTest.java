package org.songsong.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweeps read the five seeds, and the outside corpus too where the machine has it. */
class SeedsTest {

    private static final String PROPERTY = "songsong.corpus.dir";
    private final String configured = System.getProperty(PROPERTY);

    @AfterEach
    void restore() {
        if (configured == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, configured);
        }
    }

    @Test
    void theSeedsAreFiveAndNothingElseLivesBesideThem() throws Exception {
        try (var files = Files.list(Seeds.dir())) {
            assertThat(files.filter(f -> f.toString().endsWith(".txt")).map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Seeds.FIVE);
        }
        assertThat(Seeds.dir().resolve("corpus")).doesNotExist();
    }

    @Test
    void theArticlesAreTheSeedsThenTheOutsideCorpusWhenItIsThere(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("b.txt"), "Bài b");
        Files.writeString(corpus.resolve("a.txt"), "Bài a");
        Files.writeString(corpus.resolve("a.en.json"), "{}");
        System.setProperty(PROPERTY, corpus.toString());
        assertThat(Seeds.outsideCorpus()).contains(corpus.toAbsolutePath().normalize());
        assertThat(Seeds.articles()).hasSize(7).startsWith(Seeds.path(Seeds.FIVE.get(0)))
                .endsWith(corpus.resolve("a.txt").toAbsolutePath().normalize(),
                        corpus.resolve("b.txt").toAbsolutePath().normalize());

        System.setProperty(PROPERTY, corpus.resolve("missing").toString());
        assertThat(Seeds.outsideCorpus()).isEmpty();
        assertThat(Seeds.articles()).hasSize(5);
    }

    @Test
    void withoutThePropertyTheCorpusIsLookedForBesideTheCheckout() {
        System.clearProperty(PROPERTY);
        Path expected = Seeds.dir().toAbsolutePath().normalize().getParent().getParent().resolve("shared/corpus/articles").normalize();
        assertThat(Seeds.outsideCorpus()).isEqualTo(Files.isDirectory(expected)
                ? java.util.Optional.of(expected) : java.util.Optional.empty());
    }
}
