package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.songsong.core.bench.CorpusGenerator;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;
import org.songsong.core.text.SearchVector;
import org.songsong.core.text.VietnameseText;
import org.songsong.core.writeside.BinaryCopy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer sends the vectors it works out itself; a search finds an article only if they are the
 * vectors PostgreSQL's own parser makes of the same words, so the two are compared here on every real
 * article, on generated ones and on the cases where PostgreSQL's limits apply.
 */
class SearchVectorAgreesWithPostgresTest {

    @TempDir
    Path work;

    @Test
    void everyRealAndGeneratedArticleGetsTheVectorPostgresMakesOfItsWords() throws Exception {
        List<String> texts = new ArrayList<>();
        List<byte[]> real = new ArrayList<>();
        // the seeds, and the outside corpus where this machine has it
        for (Path file : Seeds.articles()) {
            real.add(Files.readAllBytes(file));
        }
        new CorpusGenerator(real, 20081).write(200, work);
        try (Stream<Path> files = Files.list(work)) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        real.forEach(bytes -> texts.add(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(texts).hasSizeGreaterThan(200);

        assertThat(disagreements(texts.stream().map(VietnameseText::fold).toList())).isEmpty();
    }

    @Test
    void postgresLimitsOnPositionsAndWordLengthAreKept() throws Exception {
        List<String> texts = List.of(
                "",
                "COVID-19, tp.hcm 1,5 tấn; 公安 Bộ\nCông an e-mail a@b.vn http://x.vn/a?b=1 <b>&amp; 1e5 0x1f 2.5.1",
                "ma tuy ".repeat(300),
                IntStream.rangeClosed(1, 16_390).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")) + " w5 w16384",
                // a word of exactly 2,047 characters is indexed by PostgreSQL 15.20 and was not by 15.18: the
                // limit is tried on each side of it (such a word is never met in an article)
                "a" + "x".repeat(2_045) + " b " + "y".repeat(3_000) + " c");
        assertThat(disagreements(texts.stream().map(VietnameseText::fold).toList())).isEmpty();
    }

    /**
     * The texts whose vector differs from PostgreSQL's, for the words a search would split them into: in
     * the literal form and in the binary form, which goes through {@code COPY} as the importer sends it.
     */
    private static List<String> disagreements(List<String> foldedTexts) throws SQLException {
        List<String> differing = new ArrayList<>();
        try (Connection connection = TestDatabase.connect()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("create temporary table sent (n integer, folded text, vector tsvector) on commit drop");
            }
            BinaryCopy copy = new BinaryCopy();
            for (int n = 0; n < foldedTexts.size(); n++) {
                copy.row(3).int4(n).text(foldedTexts.get(n)).tsvector(SearchVector.of(foldedTexts.get(n)));
            }
            copy.into(connection, "sent (n, folded, vector)");
            try (PreparedStatement compare = connection.prepareStatement("select ?::tsvector = expected,"
                    + " vector = expected, vector::text = expected::text from sent, to_tsvector('simple',"
                    + " regexp_replace(folded, '[^a-z0-9]+', ' ', 'g')) as expected where n = ?")) {
                for (int n = 0; n < foldedTexts.size(); n++) {
                    String folded = foldedTexts.get(n);
                    compare.setString(1, SearchVector.of(folded).literal());
                    compare.setInt(2, n);
                    try (ResultSet result = compare.executeQuery()) {
                        result.next();
                        if (!result.getBoolean(1) || !result.getBoolean(2) || !result.getBoolean(3)) {
                            differing.add(folded.substring(0, Math.min(80, folded.length())) + " (literal "
                                    + result.getBoolean(1) + ", binary " + result.getBoolean(2) + ", "
                                    + result.getBoolean(3) + ")");
                        }
                    }
                }
            }
            connection.rollback();
        }
        return differing;
    }
}
