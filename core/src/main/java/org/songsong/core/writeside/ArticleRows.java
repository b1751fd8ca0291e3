package org.songsong.core.writeside;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.songsong.core.domain.EnglishSource;
import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.parse.PublicationDate;
import org.songsong.core.text.SearchVector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a batch of articles with their paragraphs, captions, links and words as plain rows, in the
 * caller's transaction, through {@code COPY}: the article rows and their search vectors (as PostgreSQL stores them) in
 * its binary format, every other row in its text format. An article written again is deleted and inserted anew under its id,
 * slug and first import time, so its rows never collide with their older selves. Through entities the same
 * batch cost the importer about as much CPU as extracting it, and PostgreSQL a statement per row.
 */
final class ArticleRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Ids are drawn in blocks as Hibernate draws them (the sequences step by 50), so both can share a sequence. */
    private static final int ID_BLOCK = 50;

    /** One article as it is to be stored; {@code id} is null for an article new to the collection. */
    record Row(Long id, String slug, ExtractedArticle extracted, String extractionVersion, Long outletId,
            Map<String, Long> officialIds) {
    }

    /** The columns {@link #insertArticles} copies into, in the order it gives their fields. */
    private static final List<String> ARTICLE_COLUMNS = List.of("id", "slug", "source_file", "content_hash",
            "extraction_version", "title_vi", "title_derived", "title_vi_curated", "title_en", "summary_vi",
            "summary_en", "english_source", "translation_file", "translation_hash", "outlet_id", "source_url",
            "date_year", "date_month", "date_day", "date_precision", "date_year_source", "date_month_source",
            "date_day_source", "date_as_written", "published_on", "import_warnings", "imported_at", "updated_at");

    private final Connection connection;

    ArticleRows(Connection connection) {
        this.connection = connection;
    }

    /** What a batch wrote: each row's id, in order, and the words it added to the vocabulary. */
    record Written(List<Long> ids, Set<String> searchWords) {
    }

    /** Offers each word of a vector that the vocabulary may not hold yet. */
    interface Vocabulary {
        void forEachUnknownWord(SearchVector vector, Consumer<String> action);
    }

    /**
     * Writes the rows. Only the words of their vectors that {@code vocabulary} offers are sent to the
     * database's vocabulary, which keeps the ones it has not got.
     */
    Written write(List<Row> rows, Instant now, Vocabulary vocabulary) throws SQLException {
        Map<Long, Instant> firstImported = deleteExisting(rows);
        List<Long> ids = new ArrayList<>(rows.size());
        long[] fresh = allocate("article_seq", (int) rows.stream().filter(r -> r.id() == null).count());
        int next = 0;
        for (Row row : rows) {
            ids.add(row.id() != null ? row.id() : fresh[next++]);
        }
        insertArticles(rows, ids, firstImported, now);
        copySearchVectors(rows, ids);
        copyParagraphs(rows, ids);
        copyCaptions(rows, ids);
        copyOfficials(rows, ids);
        copyCategories(rows, ids);
        copyFingerprints(rows, ids);
        return new Written(ids, addSearchWords(rows, vocabulary));
    }

    /**
     * The words of the articles just written join the collection's vocabulary, which a search with no
     * exact match corrects its words against. A run sends each word once, the first time one of its
     * batches holds it: after the first few hundred articles a batch of 100 brought a few dozen new words,
     * where collecting the distinct words of its vectors in the database ({@code ts_stat}) cost it about
     * 0.05 ms an article. Words of articles since changed or removed stay: such a word only ever turns a
     * search that found nothing into another that finds nothing.
     */
    private Set<String> addSearchWords(List<Row> rows, Vocabulary vocabulary) throws SQLException {
        Set<String> words = new LinkedHashSet<>();
        for (Row row : rows) {
            vocabulary.forEachUnknownWord(row.extracted().searchVector(), words::add);
        }
        if (!words.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into search_word (word) select unnest(?::text[]) on conflict do nothing")) {
                insert.setArray(1, connection.createArrayOf("text", words.toArray()));
                insert.executeUpdate();
            }
        }
        return words;
    }

    private Map<Long, Instant> deleteExisting(List<Row> rows) throws SQLException {
        Long[] existing = rows.stream().map(Row::id).filter(Objects::nonNull).toArray(Long[]::new);
        Map<Long, Instant> firstImported = new HashMap<>();
        if (existing.length == 0) {
            return firstImported;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from article where id = any(?) returning id, imported_at")) {
            delete.setArray(1, connection.createArrayOf("bigint", existing));
            try (ResultSet deleted = delete.executeQuery()) {
                while (deleted.next()) {
                    firstImported.put(deleted.getLong(1), deleted.getTimestamp(2).toInstant());
                }
            }
        }
        return firstImported;
    }

    private void insertArticles(List<Row> rows, List<Long> ids, Map<Long, Instant> firstImported, Instant now)
            throws SQLException {
        BinaryCopy copy = new BinaryCopy();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ExtractedArticle a = row.extracted();
            PublicationDate date = a.date();
            copy.row(ARTICLE_COLUMNS.size())
                    .int8(ids.get(i))
                    .text(row.slug())
                    .text(a.sourceFile())
                    .text(a.contentHash())
                    .text(row.extractionVersion())
                    .text(a.titleVi())
                    .bool(a.parsed().titleDerived())
                    .bool(a.curated() != null && a.curated().titleVi() != null)
                    .text(a.titleEn())
                    .text(a.summaryVi())
                    .text(a.summaryEn())
                    .text(a.englishGenerated() ? EnglishSource.GENERATED.name() : EnglishSource.CURATED.name())
                    .text(a.translationFile())
                    .text(a.translationHash())
                    .int8(row.outletId())
                    .text(a.parsed().sourceUrl())
                    .int4(date == null ? null : date.year())
                    .int4(date == null ? null : date.month())
                    .int4(date == null ? null : date.day())
                    .text(date == null ? null : name(date.precision()))
                    .text(date == null ? null : name(date.yearSource()))
                    .text(date == null ? null : name(date.monthSource()))
                    .text(date == null ? null : name(date.daySource()))
                    .text(a.parsed().dateMention() == null ? null : a.parsed().dateMention().asWritten())
                    .date(a.publishedOn())
                    .jsonb(json(a.warnings()))
                    .timestamptz(firstImported.getOrDefault(ids.get(i), now))
                    .timestamptz(now);
        }
        copy.into(connection, "article (" + String.join(", ", ARTICLE_COLUMNS) + ")");
    }

    /** Each article's search vector, as PostgreSQL stores it, in the table searches read. */
    private void copySearchVectors(List<Row> rows, List<Long> ids) throws SQLException {
        BinaryCopy copy = new BinaryCopy();
        for (int i = 0; i < rows.size(); i++) {
            copy.row(2).int8(ids.get(i)).tsvector(rows.get(i).extracted().searchVector());
        }
        copy.into(connection, "article_search (article_id, search_vector)");
    }

    private void copyParagraphs(List<Row> rows, List<Long> ids) throws SQLException {
        copyChildren(rows, ids, "article_paragraph_seq", "article_paragraph", List.of("position", "text_vi", "text_en"),
                a -> a.parsed().paragraphs(), (copy, row, position, text) -> copy.int4(position).text(text)
                        .text(curated(row) == null ? null : curated(row).paragraphs().get(position).en()));
    }

    private void copyCaptions(List<Row> rows, List<Long> ids) throws SQLException {
        copyChildren(rows, ids, "article_caption_seq", "article_caption", List.of("position", "text_vi", "text_en", "credit"),
                a -> a.parsed().captions(), (copy, row, position, caption) -> copy.int4(position).text(caption.text())
                        .text(curated(row) == null ? null : curated(row).captions().get(position).en())
                        .text(caption.credit()));
    }

    private void copyOfficials(List<Row> rows, List<Long> ids) throws SQLException {
        copyChildren(rows, ids, "article_official_seq", "article_official", List.of("official_id", "role_as_written", "paragraphs"),
                a -> a.extraction().officials(), (copy, row, position, mention) -> copy
                        .int8(row.officialIds().get(mention.slug())).text(mention.roleAsWritten())
                        .jsonb(json(mention.paragraphs())));
    }

    private void copyCategories(List<Row> rows, List<Long> ids) throws SQLException {
        copyChildren(rows, ids, "article_category_seq", "article_category", List.of("category_code", "evidence", "paragraphs"),
                a -> a.extraction().categories(), (copy, row, position, match) -> copy.text(match.code())
                        .jsonb(json(match.evidence())).jsonb(json(match.paragraphs())));
    }

    private void copyFingerprints(List<Row> rows, List<Long> ids) throws SQLException {
        BinaryCopy copy = new BinaryCopy();
        for (int i = 0; i < rows.size(); i++) {
            ExtractedArticle a = rows.get(i).extracted();
            copy.row(6).int8(ids.get(i)).bytea(a.fingerprint().bytes()).textArray(a.namedEvents())
                    .text(a.place() == null ? null : a.place().vi()).text(a.place() == null ? null : a.place().en())
                    .textArray(List.copyOf(a.caseFacts()));
        }
        copy.into(connection, "article_fingerprint (article_id, min_hashes, named_events, place_vi, place_en, case_facts)");
    }

    private static CuratedEnglish curated(Row row) {
        return row.extracted().curated();
    }

    /** The fields of one child row after its id and its article's, for the child at {@code position}. */
    private interface ChildFields<T> {
        void add(BinaryCopy copy, Row row, int position, T child);
    }

    /**
     * One row per child of each article, each with an id of its own from {@code sequence}, in one binary
     * COPY: the text goes as it is, with no escaping on this side and no parsing on the database's.
     */
    private <T> void copyChildren(List<Row> rows, List<Long> ids, String sequence, String table, List<String> columns,
            Function<ExtractedArticle, List<T>> children, ChildFields<T> fields) throws SQLException {
        int count = 0;
        for (Row row : rows) {
            count += children.apply(row.extracted()).size();
        }
        long[] childIds = allocate(sequence, count);
        BinaryCopy copy = new BinaryCopy();
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<T> these = children.apply(rows.get(i).extracted());
            for (int position = 0; position < these.size(); position++) {
                copy.row(2 + columns.size()).int8(childIds[next++]).int8(ids.get(i));
                fields.add(copy, rows.get(i), position, these.get(position));
            }
        }
        copy.into(connection, table + " (id, article_id, " + String.join(", ", columns) + ")");
    }

    /**
     * {@code count} new ids of a sequence, in as many of its blocks as they need, in one round trip. A value
     * drawn is the lowest id of a block of 50, as Hibernate's {@code pooled-lo} optimizer (Quarkus's default)
     * reads it, so ids never fall in a block another writer drew.
     */
    private long[] allocate(String sequence, int count) throws SQLException {
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
        int next = 0;
        try (PreparedStatement draw = connection.prepareStatement(
                "select nextval(?::regclass) from generate_series(1, ?)")) {
            draw.setString(1, sequence);
            draw.setInt(2, (count + ID_BLOCK - 1) / ID_BLOCK);
            try (ResultSet blocks = draw.executeQuery()) {
                while (blocks.next()) {
                    long low = blocks.getLong(1);
                    for (long id = low; id < low + ID_BLOCK && next < count; id++) {
                        ids[next++] = id;
                    }
                }
            }
        }
        if (next < count) {
            throw new IllegalStateException(sequence + " gave fewer ids than asked for");
        }
        return ids;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String json(List<?> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings or numbers could not be written as JSON", e);
        }
    }
}
