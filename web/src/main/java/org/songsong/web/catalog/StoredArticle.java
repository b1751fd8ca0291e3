package org.songsong.web.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.ArticleCategory;
import org.songsong.core.parse.PublicationDate;

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

    static StoredArticle of(Article a) {
        return new StoredArticle(a.id, a.slug, a.titleVi, a.titleDerived, a.titleViCurated, a.titleEn, a.summaryVi,
                a.summaryEn, EnglishProvenance.of(a), a.date(), a.dateAsWritten, a.publishedOn,
                a.outlet == null ? null : a.outlet.code, a.outlet == null ? null : a.outlet.name, a.sourceUrl,
                a.sourceFile, a.paragraphs.stream().map(p -> new Paragraph(p.textVi, p.textEn)).toList(),
                a.captions.stream().map(c -> new Caption(c.textVi, c.textEn, c.credit)).toList(),
                ArticleCatalog.sortByFirstMention(a.officials.stream().map(ArticleCatalog::ref).toList()),
                a.categories.stream().sorted(Comparator.comparingInt((ArticleCategory c) -> c.category.position))
                        .map(ArticleCatalog::ref).toList());
    }
}
