package org.songsong.importer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The importer's own settings, each overridable by an environment variable
 * ({@code SONGSONG_IMPORTER_BATCH_SIZE}, …).
 */
@ConfigMapping(prefix = "songsong.importer")
public interface ImporterConfig {

    /** Larger files are not articles (a news article is a few kilobytes); reading them whole would waste memory. */
    @WithDefault("5000000")
    long maxFileBytes();

    /**
     * Articles written per transaction; a batch that fails is written again one article at a time. Each
     * batch costs a commit and a few statements of its own, and its one connection's writing alone: at 100
     * the workers waited for the writer, at 1,000 they barely do (src-docs/performance.md).
     */
    @WithDefault("1000")
    int batchSize();

    /** Threads that read, check and extract files while the writer stores what they have done; 0: one per core. */
    @WithDefault("0")
    int threads();
}
