package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.songsong.core.testing.TestDatabase;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * An import into an empty collection sets the foreign keys of the tables it fills aside while it loads and
 * adds them back at the end: afterwards the schema is the migrations' own, and one an earlier run could not
 * add back is added back before anything else is written, or nothing is written at all.
 */
@QuarkusMainTest
class FirstLoadTest extends ImportTestSupport {

    @Test
    void aFirstImportLeavesEveryForeignKeyAsTheMigrationsMadeIt(QuarkusMainLauncher launcher) {
        List<String> migrated = TestDatabase.foreignKeys();
        assertThat(migrated).anyMatch(key -> key.startsWith("article_paragraph ")
                && key.endsWith("REFERENCES article(id) ON DELETE CASCADE"));

        LaunchResult result = launcher.launch("import", fiveSeeds.toString());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(TestDatabase.foreignKeys()).isEqualTo(migrated);
        assertThat(TestDatabase.count("select count(*) from suspended_foreign_key")).isZero();
        // the restored keys hold: removing an article removes its paragraphs and links with it
        long paragraphs = TestDatabase.count("select count(*) from article_paragraph");
        TestDatabase.execute("delete from article where source_file = '000_83b8647a2fd0dd5c.txt'");
        assertThat(TestDatabase.count("select count(*) from article_paragraph")).isBetween(1L, paragraphs - 1);
        assertThat(TestDatabase.count("select count(*) from article_paragraph p where not exists "
                + "(select 1 from article a where a.id = p.article_id)")).isZero();
        assertThat(TestDatabase.count("select count(*) from article_official o where not exists "
                + "(select 1 from article a where a.id = o.article_id)")).isZero();
    }

    @Test
    void aKeyAnEarlierRunLeftAsideIsAddedBackBeforeAnythingIsWrittenOrNothingIs(QuarkusMainLauncher launcher) {
        List<String> migrated = TestDatabase.foreignKeys();
        // as a run killed in the middle of a first load leaves it, with a row the key would refuse
        TestDatabase.execute("insert into suspended_foreign_key select c.conrelid::regclass::text, c.conname, "
                + "pg_get_constraintdef(c.oid), now() from pg_constraint c where c.conname = 'article_paragraph_article_id_fkey'");
        TestDatabase.execute("alter table article_paragraph drop constraint article_paragraph_article_id_fkey");
        TestDatabase.execute("insert into article_paragraph (id, article_id, position, text_vi) values (-1, -1, 0, 'mồ côi')");

        LaunchResult refused = launcher.launch("import", fiveSeeds.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.getErrorOutput()).contains("article_paragraph_article_id_fkey on article_paragraph could "
                + "not be added back").contains("Nothing was imported").doesNotContain("Exception");
        assertThat(TestDatabase.count("select count(*) from article")).isZero();

        TestDatabase.execute("delete from article_paragraph where id = -1");
        LaunchResult next = launcher.launch("import", fiveSeeds.toString());

        assertThat(next.exitCode()).as(next.getErrorOutput()).isZero();
        assertThat(next.getErrorOutput()).contains("Added back 1 foreign key(s) an earlier import had set aside");
        assertThat(next.getOutput()).contains("imported 5, updated 0, unchanged 0, rejected 0 (5 files)");
        assertThat(TestDatabase.foreignKeys()).isEqualTo(migrated);
        assertThat(TestDatabase.count("select count(*) from suspended_foreign_key")).isZero();
    }
}
