package org.songsong.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the importer's command-line tests share: an empty collection, a folder of the five seeds, the report. */
abstract class ImportTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    /** A folder holding exactly the five seed articles and their curated English. */
    Path fiveSeeds;

    @BeforeEach
    void emptyCollectionAndFiveSeeds() {
        TestDatabase.clear();
        fiveSeeds = work.resolve("seeds");
        Seeds.copyFiveTo(fiveSeeds);
    }

    /** {@code count} articles generated from the five seeds (the benchmark's generator), in a folder of the work area. */
    Path generatedCorpus(int count) throws IOException {
        Path folder = work.resolve("generated");
        new org.songsong.core.bench.CorpusGenerator(Seeds.fiveBytes(), 20081).write(count, folder);
        return folder;
    }

    static JsonNode report(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** The report's entry for a file, matched by the end of its name. */
    static JsonNode entry(JsonNode report, String file) {
        for (JsonNode entry : report.get("files")) {
            if (entry.get("file").asText().endsWith(file)) {
                return entry;
            }
        }
        throw new AssertionError("no report entry for " + file + " in " + report);
    }
}
