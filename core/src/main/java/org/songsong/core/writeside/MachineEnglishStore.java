package org.songsong.core.writeside;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.songsong.core.domain.Article;
import org.songsong.core.text.SearchVector;
import org.songsong.core.text.SearchWordSet;
import org.songsong.core.translation.ArticleTexts;
import org.songsong.core.translation.MachineEnglish;
import org.songsong.core.translation.TranslationMemory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Machine English in the collection: which articles still have only a generated digest, their
 * Vietnamese, and the engine's English written beside it, each article in a transaction of its own.
 * Also the translation memory ({@code translation_memory}).
 */
@ApplicationScoped
public class MachineEnglishStore implements TranslationMemory {

    /**
     * An article with a generated digest as it was read: its Vietnamese, the positions of its paragraphs
     * and captions, and the time it was last written, which its English is stored against.
     */
    public record Untranslated(long id, String slug, String sourceFile, Timestamp updatedAt, ArticleTexts vietnamese,
            List<Integer> paragraphPositions, List<Integer> captionPositions) {
    }

    /** The engine and model an article's machine English came from. */
    public record MachineSource(String engine, String model) {
    }

    /** The source files among these whose articles have machine English, with where it came from. */
    public Map<String, MachineSource> machineSources(Collection<String> sourceFiles) {
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select source_file, translation_engine, "
                    + "translation_model from article where english_source = 'MACHINE' and source_file = any(?)")) {
                select.setArray(1, connection.createArrayOf("text", sourceFiles.toArray()));
                Map<String, MachineSource> sources = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sources.put(rows.getString(1), new MachineSource(rows.getString(2), rows.getString(3)));
                    }
                }
                return sources;
            }
        });
    }

    /**
     * The ids of articles whose English is a generated digest, in the order they were first imported;
     * with {@code sourceFiles}, only the articles of those files.
     */
    public List<Long> untranslated(Collection<String> sourceFiles, int limit) {
        return read(connection -> {
            String sql = "select id from article where english_source = 'GENERATED'"
                    + (sourceFiles == null ? "" : " and source_file = any(?)") + " order by id limit ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int parameter = 1;
                if (sourceFiles != null) {
                    select.setArray(parameter++, connection.createArrayOf("text", sourceFiles.toArray()));
                }
                select.setInt(parameter, limit);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** The article's Vietnamese; empty when it is gone or has English of its own by now. */
    public Optional<Untranslated> read(long id) {
        return read(connection -> {
            try (PreparedStatement article = connection.prepareStatement("select slug, source_file, updated_at, title_vi, "
                    + "summary_vi from article where id = ? and english_source = 'GENERATED'")) {
                article.setLong(1, id);
                try (ResultSet row = article.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    List<Integer> paragraphPositions = new ArrayList<>();
                    List<String> paragraphs = texts(connection, "article_paragraph", id, paragraphPositions);
                    List<Integer> captionPositions = new ArrayList<>();
                    List<String> captions = texts(connection, "article_caption", id, captionPositions);
                    return Optional.of(new Untranslated(id, row.getString(1), row.getString(2), row.getTimestamp(3),
                            new ArticleTexts(row.getString(4), row.getString(5), paragraphs, captions),
                            paragraphPositions, captionPositions));
                }
            }
        });
    }

    private static List<String> texts(Connection connection, String table, long articleId, List<Integer> positions)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select position, text_vi from " + table + " where article_id = ? order by position")) {
            select.setLong(1, articleId);
            List<String> texts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getInt(1));
                    texts.add(rows.getString(2));
                }
            }
            return texts;
        }
    }

    /**
     * Writes the article's machine English, makes it findable by its English words, and bumps the
     * collection's version. False, and nothing written, when the article was written again since it was
     * read (an import changed it, or gave it curated English): its English would not match its text.
     */
    public boolean store(Untranslated article, MachineEnglish machine, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> onConnection(connection -> {
            ArticleTexts english = machine.english();
            try (PreparedStatement update = connection.prepareStatement("update article set title_en = ?, summary_en = ?, "
                    + "english_source = 'MACHINE', translation_engine = ?, translation_model = ?, translated_at = ?, "
                    + "updated_at = ? where id = ? and updated_at = ? and english_source = 'GENERATED'")) {
                update.setString(1, english.title());
                update.setString(2, english.summary());
                update.setString(3, machine.engine());
                update.setString(4, machine.model());
                update.setTimestamp(5, Timestamp.from(now));
                update.setTimestamp(6, Timestamp.from(now));
                update.setLong(7, article.id());
                update.setTimestamp(8, article.updatedAt());
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            updateTexts(connection, "article_paragraph", article.id(), article.paragraphPositions(), english.paragraphs());
            updateTexts(connection, "article_caption", article.id(), article.captionPositions(), english.captions());
            updateSearchVector(connection, article, english);
            try (PreparedStatement bump = connection.prepareStatement(
                    "update collection_state set version = version + 1, updated_at = ? where id = 1")) {
                bump.setTimestamp(1, Timestamp.from(now));
                bump.executeUpdate();
            }
            return true;
        }));
    }

    private static void updateTexts(Connection connection, String table, long articleId, List<Integer> positions,
            List<String> english) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update " + table + " t set text_en = v.en "
                + "from unnest(?::int[], ?::text[]) as v(position, en) where t.article_id = ? and t.position = v.position")) {
            update.setArray(1, connection.createArrayOf("int4", positions.toArray()));
            update.setArray(2, connection.createArrayOf("text", english.toArray()));
            update.setLong(3, articleId);
            update.executeUpdate();
        }
    }

    /** The vector the importer would have made had the article come with this English, and its new words. */
    private static void updateSearchVector(Connection connection, Untranslated article, ArticleTexts english)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select o.name_vi, o.name_en, "
                + "array(select alias from official_alias a where a.official_id = o.id order by a.id) "
                + "from article_official ao join official o on o.id = ao.official_id where ao.article_id = ? order by ao.id")) {
            select.setLong(1, article.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    names.add(rows.getString(2));
                    Array aliases = rows.getArray(3);
                    names.addAll(List.of((String[]) aliases.getArray()));
                }
            }
        }
        ArticleTexts vietnamese = article.vietnamese();
        SearchVector vector = SearchVector.of(SearchDocument.of(new SearchDocument.Parts(vietnamese.title(), english.title(),
                names, vietnamese.summary(), english.summary(), vietnamese.paragraphs(), vietnamese.captions(),
                english.paragraphs(), english.captions())));
        try (PreparedStatement update = connection.prepareStatement(
                "update article_search set search_vector = ?::tsvector where article_id = ?")) {
            update.setString(1, vector.literal());
            update.setLong(2, article.id());
            update.executeUpdate();
        }
        // in one order for every article: two translations inserting the same new words never wait on each other in a cycle
        Set<String> words = new TreeSet<>();
        vector.forEachWordNotIn(new SearchWordSet(), words::add);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into search_word (word) select unnest(?::text[]) on conflict do nothing")) {
            insert.setArray(1, connection.createArrayOf("text", words.toArray()));
            insert.executeUpdate();
        }
    }

    @Override
    public Map<String, String> recall(String engine, String model, Collection<String> sourceHashes) {
        if (sourceHashes.isEmpty()) {
            return Map.of();
        }
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select source_sha256, english from translation_memory "
                    + "where engine = ? and model = ? and source_sha256 = any(?)")) {
                select.setString(1, engine);
                select.setString(2, model);
                select.setArray(3, connection.createArrayOf("text", sourceHashes.toArray()));
                Map<String, String> known = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        known.put(rows.getString(1), rows.getString(2));
                    }
                }
                return known;
            }
        });
    }

    @Override
    public void remember(String engine, String model, Map<String, String> englishBySourceHash) {
        if (englishBySourceHash.isEmpty()) {
            return;
        }
        Map<String, String> sorted = new TreeMap<>(englishBySourceHash); // one order for every writer, as above
        QuarkusTransaction.requiringNew().call(() -> onConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into translation_memory "
                    + "(engine, model, source_sha256, english, created_at) select ?, ?, h, e, now() "
                    + "from unnest(?::text[], ?::text[]) as t(h, e) on conflict (engine, model, source_sha256) "
                    + "do update set english = excluded.english, created_at = excluded.created_at")) {
                insert.setString(1, engine);
                insert.setString(2, model);
                insert.setArray(3, connection.createArrayOf("text", sorted.keySet().toArray()));
                insert.setArray(4, connection.createArrayOf("text", sorted.values().toArray()));
                return insert.executeUpdate();
            }
        }));
    }

    private static <T> T read(ReturningWork<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> onConnection(work));
    }

    private static <T> T onConnection(ReturningWork<T> work) {
        return Article.getEntityManager().unwrap(Session.class).doReturningWork(work);
    }
}
