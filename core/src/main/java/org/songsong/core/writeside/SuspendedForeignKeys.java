package org.songsong.core.writeside;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The foreign keys of the tables an import fills, set aside while a first import loads an empty collection
 * and added back when it ends, as PostgreSQL's "Populating a Database" advises: in place, each constraint
 * checks every row written with a query of its own (22 an article, about 0.08 ms of database CPU, on the one
 * connection every batch waits for); added back, it checks each table in one pass. Each constraint is
 * recorded in {@code suspended_foreign_key}, as PostgreSQL prints its definition, in the transaction that
 * drops it, so the schema is the migrations' own again after the load, and a run that dies in between
 * leaves the next one what to add back. Rows are only written by the import, whole articles in
 * transactions, so nothing can break a constraint meanwhile; adding it back checks that anyway.
 */
final class SuspendedForeignKeys {

    /** The tables a batch writes, whose foreign keys are set aside. */
    static final List<String> TABLES = List.of("article", "article_search", "article_paragraph", "article_caption",
            "article_official", "article_category", "article_fingerprint");

    private SuspendedForeignKeys() {
    }

    /** Records and drops the tables' foreign keys, in the caller's transaction; returns how many. */
    static int suspend(Connection connection) throws SQLException {
        List<String[]> constraints = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("""
                insert into suspended_foreign_key (table_name, constraint_name, definition, suspended_at)
                select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), now()
                from pg_constraint c
                where c.contype = 'f' and c.conrelid = any(?::regclass[])
                returning table_name, constraint_name""")) {
            find.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
            try (ResultSet found = find.executeQuery()) {
                while (found.next()) {
                    constraints.add(new String[] { found.getString(1), found.getString(2) });
                }
            }
        }
        try (Statement drop = connection.createStatement()) {
            for (String[] constraint : constraints) {
                drop.execute("alter table " + constraint[0] + " drop constraint " + quoted(constraint[1]));
            }
        }
        return constraints.size();
    }

    /** A foreign key set aside: where it belongs and how it reads. */
    record Suspended(String table, String name, String definition) {
        String describe() {
            return name + " on " + table;
        }
    }

    static List<Suspended> list(Connection connection) throws SQLException {
        List<Suspended> suspended = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("select table_name, constraint_name, definition "
                        + "from suspended_foreign_key order by table_name, constraint_name")) {
            while (rows.next()) {
                suspended.add(new Suspended(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return suspended;
    }

    /** Adds one back, checking every row, and forgets it, in the caller's transaction. */
    static void restore(Connection connection, Suspended constraint) throws SQLException {
        try (Statement add = connection.createStatement()) {
            add.execute("alter table " + constraint.table() + " add constraint " + quoted(constraint.name()) + " "
                    + constraint.definition());
        }
        try (PreparedStatement forget = connection.prepareStatement(
                "delete from suspended_foreign_key where table_name = ? and constraint_name = ?")) {
            forget.setString(1, constraint.table());
            forget.setString(2, constraint.name());
            forget.executeUpdate();
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
