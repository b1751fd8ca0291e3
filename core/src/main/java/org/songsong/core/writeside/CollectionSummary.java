package org.songsong.core.writeside;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Keeps the whole collection's facet counts (table {@code collection_facet}, and the article count and
 * the first and last years in {@code collection_state}) for the reader's unfiltered pages, which would
 * otherwise count every link row of the collection after each import. The counts are taken in one
 * snapshot and stamped with the collection's version of that snapshot, so the reader uses them only while
 * nothing has been written since.
 */
@ApplicationScoped
public class CollectionSummary {

    private static final Logger LOG = Logger.getLogger(CollectionSummary.class);

    @Inject
    DataSource dataSource;

    /**
     * Counts again if the collection changed since the counts were last taken; returns whether it did.
     * A writer that changes the collection meanwhile wins: the counts are then left for its next run.
     */
    public boolean refresh() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            // one snapshot for the counts and the version they are stamped with
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement sql = connection.createStatement()) {
                boolean counted = countIfStale(sql);
                connection.commit();
                return counted;
            } catch (SQLException e) {
                connection.rollback();
                if ("40001".equals(e.getSQLState())) {
                    LOG.infof("the collection changed while its facet counts were taken: the reader counts until the next import");
                    return false;
                }
                throw e;
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the collection's facet counts could not be written: " + e.getMessage(), e);
        }
    }

    private static boolean countIfStale(Statement sql) throws SQLException {
        try (ResultSet state = sql.executeQuery(
                "select version, summary_version from collection_state where id = 1 for update")) {
            if (!state.next() || (state.getObject(2) != null && state.getLong(1) == state.getLong(2))) {
                return false;
            }
        }
        sql.executeUpdate("delete from collection_facet");
        sql.executeUpdate("insert into collection_facet (kind, code, articles)"
                + " select 'official', o.slug, count(*) from article_official ao join official o on o.id = ao.official_id"
                + " group by o.slug"
                + " union all select 'category', category_code, count(*) from article_category group by category_code"
                + " union all select 'outlet', ot.code, count(*) from article a join outlet ot on ot.id = a.outlet_id"
                + " group by ot.code");
        sql.executeUpdate("update collection_state set summary_version = version,"
                + " (summary_articles, summary_first_year, summary_last_year)"
                + " = (select count(*), min(date_year), max(date_year) from article) where id = 1");
        return true;
    }
}
