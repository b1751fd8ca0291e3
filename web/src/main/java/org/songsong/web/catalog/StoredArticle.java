package org.songsong.web.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.songsong.core.domain.Article;
import org.songsong.core.parse.PublicationDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One article as the pages and the API read it, copied out of the entities inside the catalog's
 * transaction: what lies outside the catalog never touches an entity or a lazy collection.
 */
public record StoredArticle(long id, String slug, String titleVi, boolean titleDerived, boolean titleViCurated,
        String titleEn, String summaryVi, String summaryEn, EnglishProvenance english, PublicationDate date,
        String dateAsWritten, LocalDate publishedOn, String outletCode, String outletName, String sourceUrl,
        String sourceFile, List<Paragraph> paragraphs, List<Caption> captions, List<ArticleCatalog.OfficialRef> officials,
        List<ArticleCatalog.CategoryRef> categories) {

    /** A paragraph in Vietnamese, with its English where an editor or an engine translated it. */
    public record Paragraph(String textVi, String textEn) {
    }

    public record Caption(String textVi, String textEn, String credit) {
    }

    /**
     * The article's paragraphs, captions, officials and categories in one statement, each as a JSON array of
     * arrays: an article is read in two round trips (the article, then this) rather than one per collection.
     */
    static final String PARTS = """
            select
              (select coalesce(json_agg(json_build_array(p.text_vi, p.text_en) order by p.position), '[]')
                 from article_paragraph p where p.article_id = :id),
              (select coalesce(json_agg(json_build_array(c.text_vi, c.text_en, c.credit) order by c.position), '[]')
                 from article_caption c where c.article_id = :id),
            """ + ArticleParts.officialsJson(":id") + ", " + ArticleParts.categoriesJson(":id");

    /** The article from its entity's columns and the row of {@link #PARTS}. */
    static StoredArticle of(Article a, Object[] parts, ObjectMapper json) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode p : ArticleParts.tree(json, parts[0])) {
            paragraphs.add(new Paragraph(p.get(0).asText(), ArticleParts.text(p.get(1))));
        }
        List<Caption> captions = new ArrayList<>();
        for (JsonNode c : ArticleParts.tree(json, parts[1])) {
            captions.add(new Caption(c.get(0).asText(), ArticleParts.text(c.get(1)), ArticleParts.text(c.get(2))));
        }
        return new StoredArticle(a.id, a.slug, a.titleVi, a.titleDerived, a.titleViCurated, a.titleEn, a.summaryVi,
                a.summaryEn, EnglishProvenance.of(a), a.date(), a.dateAsWritten, a.publishedOn,
                a.outlet == null ? null : a.outlet.code, a.outlet == null ? null : a.outlet.name, a.sourceUrl,
                a.sourceFile, List.copyOf(paragraphs), List.copyOf(captions), ArticleParts.officials(json, parts[2]),
                ArticleParts.categories(json, parts[3]));
    }
}
