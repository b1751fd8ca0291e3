package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.songsong.core.testing.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * Articles are written many to a transaction; when the database refuses one of them (here a trigger
 * stands in for any constraint the row breaks, checked when the batch commits, after all of it was sent),
 * that one is reported and every other article of its batch is still imported.
 */
@QuarkusMainTest
class RefusedArticleTest extends ImportTestSupport {

    private static final String REFUSED = "003_1386dbd5f98cd0ee.txt";

    @AfterEach
    void noMoreRefusals() {
        TestDatabase.execute("drop trigger if exists refuse_one on article; drop function if exists refuse_one()");
    }

    @Test
    void oneRefusedArticleCostsOnlyItself(QuarkusMainLauncher launcher) throws Exception {
        launcher.launch("import", "--dry-run", fiveSeeds.toString()); // the schema exists before the trigger
        TestDatabase.execute("create function refuse_one() returns trigger language plpgsql as $$ begin "
                + "if new.source_file = '" + REFUSED + "' then raise exception 'refused by the test'; end if; "
                + "return new; end $$; create constraint trigger refuse_one after insert on article deferrable initially deferred"
                + " for each row execute function refuse_one()");
        Path reportFile = work.resolve("report.json");

        LaunchResult result = launcher.launch("import", "--report", reportFile.toString(), fiveSeeds.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput()).contains("imported 4, updated 0, unchanged 0, rejected 1 (5 files)");
        assertThat(result.getErrorOutput()).contains(REFUSED + ": could not be stored: ").contains("refused by the test");
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(4);
        assertThat(TestDatabase.count("select count(*) from article where source_file = ?", REFUSED)).isZero();
        assertThat(TestDatabase.count("select count(*) from search_word")).as("the vocabulary holds words")
                .isGreaterThan(100);
        assertThat(TestDatabase.count("select count(*) from (select unnest(tsvector_to_array(search_vector)) from article_search"
                + " except select word from search_word) as missing"))
                .as("every word of the stored articles is in the vocabulary, though the batch that first held them failed")
                .isZero();
        JsonNode entry = entry(report(reportFile), REFUSED);
        assertThat(entry.get("status").asText()).isEqualTo("rejected");
        assertThat(entry.get("article").get("titleVi").asText()).as("the refused article is still described").isNotBlank();
    }
}
