package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * The importer pointed at a database that is not there: the commands that need none work, and an import
 * says in one line which database it could not reach and why, instead of the framework's failed start.
 */
@QuarkusMainTest
@TestProfile(WithoutTheDatabaseTest.NobodyListening.class)
class WithoutTheDatabaseTest extends ImportTestSupport {

    /** A port nothing listens on: every connection is refused at once. */
    static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/songsong";

    public static class NobodyListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", NOWHERE + "?password=not-for-the-log");
        }
    }

    @Test
    void anImportSaysWhichDatabaseItCouldNotReachAndWhyInOneLine(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("import", fiveSeeds.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.getErrorOutput().lines().filter(line -> !line.isBlank()))
                .singleElement().asString()
                .startsWith("error: the database " + NOWHERE + " cannot be reached")
                .contains("Connection to 127.0.0.1:1 refused")
                .contains("Nothing was imported")
                .doesNotContain("not-for-the-log")
                .doesNotContain("Exception");
        assertThat(result.getOutput()).doesNotContain("imported ");
    }

    @Test
    void aDryRunNeedsTheDatabaseToo(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("import", "--dry-run", fiveSeeds.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.getErrorOutput()).contains("cannot be reached").doesNotContain("\tat ");
    }

    @Test
    void usageMistakesAreToldBeforeTheDatabaseIsAsked(QuarkusMainLauncher launcher) throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty"));

        LaunchResult result = launcher.launch("import", empty.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("No article files found").doesNotContain("database");
    }

    @Test
    void generatingACorpusNeedsNoDatabase(QuarkusMainLauncher launcher) throws IOException {
        Path out = work.resolve("generated");

        LaunchResult result = launcher.launch("generate", "--count", "3", "--out", out.toString(),
                fiveSeeds.toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("g0000001.txt", "g0000002.txt", "g0000003.txt");
        }
    }

    @Test
    void helpNeedsNoDatabase(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("import").contains("generate");
        assertThat(result.getErrorOutput()).isBlank();
    }
}
