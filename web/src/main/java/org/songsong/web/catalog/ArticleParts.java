package org.songsong.web.catalog;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The officials and categories of articles read as JSON arrays built by PostgreSQL beside the article's own
 * columns: a page of articles, or one article, then costs one statement for all of them rather than one
 * per kind of part (each a round trip, and most of what a first render waits for; performance.md).
 */
final class ArticleParts {

    private ArticleParts() {
    }

    /** The officials of the article whose id is {@code articleId} (an SQL expression), as a JSON array. */
    static String officialsJson(String articleId) {
        return "(select coalesce(json_agg(json_build_array(o.slug, o.name_vi, o.name_en, o.name_zh, o.country, "
                + "ao.role_as_written, o.curated, ao.paragraphs) order by ao.id), '[]') "
                + "from article_official ao join official o on o.id = ao.official_id where ao.article_id = " + articleId + ")";
    }

    /** The crime categories of the article, in the categories' order, as a JSON array. */
    static String categoriesJson(String articleId) {
        return "(select coalesce(json_agg(json_build_array(k.code, k.label_vi, k.label_en, ac.evidence, ac.paragraphs) "
                + "order by k.position), '[]') from article_category ac join crime_category k on k.code = ac.category_code "
                + "where ac.article_id = " + articleId + ")";
    }

    static List<ArticleCatalog.OfficialRef> officials(ObjectMapper json, Object column) {
        List<ArticleCatalog.OfficialRef> officials = new ArrayList<>();
        for (JsonNode o : tree(json, column)) {
            officials.add(new ArticleCatalog.OfficialRef(o.get(0).asText(), o.get(1).asText(), text(o.get(2)),
                    text(o.get(3)), text(o.get(4)), text(o.get(5)), o.get(6).asBoolean(), integers(o.get(7))));
        }
        return ArticleCatalog.sortByFirstMention(officials);
    }

    static List<ArticleCatalog.CategoryRef> categories(ObjectMapper json, Object column) {
        List<ArticleCatalog.CategoryRef> categories = new ArrayList<>();
        for (JsonNode c : tree(json, column)) {
            List<String> evidence = new ArrayList<>();
            c.get(3).forEach(e -> evidence.add(e.asText()));
            categories.add(new ArticleCatalog.CategoryRef(c.get(0).asText(), c.get(1).asText(), c.get(2).asText(),
                    List.copyOf(evidence), integers(c.get(4))));
        }
        return List.copyOf(categories);
    }

    static JsonNode tree(ObjectMapper json, Object column) {
        try {
            return json.readTree(column.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database returned parts of an article that are not JSON", e);
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<Integer> integers(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return List.copyOf(values);
    }
}
