package org.songsong.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct JDBC access to the tests' PostgreSQL database, to arrange a clean collection and to check what
 * the applications stored, independently of the code under test. Same URL as the applications' %test
 * profile: {@code SONGSONG_TEST_JDBC_URL}, by default the local {@code songsong_test} database.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String url() {
        String env = System.getenv("SONGSONG_TEST_JDBC_URL");
        return env == null || env.isBlank() ? "jdbc:postgresql://localhost:5432/songsong_test" : env;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "songsong", "songsong");
    }

    /**
     * Empties the collection, its search vocabulary and its translation memory; the schema and the fixed
     * reference data (crime categories) stay.
     */
    public static void clear() {
        execute("do $$ begin if to_regclass('article') is not null then "
                + "truncate article, article_search, article_paragraph, article_caption, article_official, article_category, "
                + "official, official_alias, official_role, outlet cascade; end if; "
                + "if to_regclass('event') is not null then truncate article_fingerprint, article_event, event_redirect, event cascade; "
                + "update collection_state set grouping_version = null; end if; "
                + "if to_regclass('search_word') is not null then truncate search_word; end if; "
                + "if to_regclass('translation_memory') is not null then truncate translation_memory; end if; end $$");
    }

    public static void execute(String sql) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        List<List<Object>> rows = rows(sql, params);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    /**
     * How many articles are stored, 0 before a run has created the schema: a test that watches a run from
     * another thread may look before the run's migrations committed (on a fresh database, when it runs first).
     */
    public static long storedArticles() {
        return string("select to_regclass('article')::text") == null ? 0 : count("select count(*) from article");
    }

    /** The schema's foreign keys as PostgreSQL prints them ("article_paragraph article_paragraph_article_id_fkey FOREIGN KEY …"), sorted. */
    public static List<String> foreignKeys() {
        return rows("select c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) "
                + "from pg_constraint c join pg_namespace n on n.oid = c.connamespace "
                + "where c.contype = 'f' and n.nspname = current_schema() order by 1").stream()
                .map(row -> (String) row.get(0)).toList();
    }

    public static String string(String sql, Object... params) {
        List<List<Object>> rows = rows(sql, params);
        return rows.isEmpty() ? null : (String) rows.get(0).get(0);
    }

    public static List<List<Object>> rows(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
