package org.songsong.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.ArticleCategory;
import org.songsong.core.parse.PublicationDate;

/**
 * What the pages show of articles, copied out of the entities inside the request so templates never
 * touch the database, with labels in the reader's language.
 */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** An official as a chip or list entry, linking to the articles that name them. */
    public record OfficialChip(String slug, String nameVi, String nameEn, String nameZh, String country,
            String roleAsWritten, boolean curated, List<Integer> paragraphs, String listLink) {
    }

    /** A crime category as a chip, linking to its articles. */
    public record CategoryChip(String code, String label, String labelVi, String labelEn, List<String> evidence,
            List<Integer> paragraphs, String listLink) {
    }

    /** One row of an article list. */
    public record Summary(String slug, String titleVi, String titleEn, boolean englishGenerated, String dateLabel,
            String isoDate, String outletName, List<OfficialChip> officials, List<CategoryChip> categories) {
    }

    /** One article page. */
    public record Detail(String slug, String titleVi, boolean titleDerived, boolean titleViCurated, String titleEn,
            String summaryVi, String summaryEn, boolean englishGenerated, String dateLabel, String isoDate,
            String precision, String yearSource, String dateAsWritten, String outletName, String sourceUrl,
            String sourceFile, List<ParagraphView> paragraphs, List<CaptionView> captions,
            List<OfficialChip> officials, List<CategoryChip> categories) {
    }

    /** A paragraph in Vietnamese and, when an editor translated it, English. */
    public record ParagraphView(String vi, String en) {
    }

    public record CaptionView(String text, String textEn, String credit) {
    }

    static OfficialChip chip(ArticleCatalog.OfficialRef o) {
        return new OfficialChip(o.slug(), o.nameVi(), o.nameEn(), o.nameZh(), o.country(), o.roleAsWritten(),
                o.curated(), o.paragraphs(), Links.list(ArticleFilter.NONE.withOfficial(o.slug()), 1));
    }

    static CategoryChip chip(ArticleCatalog.CategoryRef c, ReaderLanguage language) {
        return new CategoryChip(c.code(), language == ReaderLanguage.VI ? c.labelVi() : c.labelEn(), c.labelVi(),
                c.labelEn(), c.evidence(), c.paragraphs(), Links.list(ArticleFilter.NONE.withCategory(c.code()), 1));
    }

    static Summary summary(ArticleCatalog.ArticleRow row, ReaderLanguage language) {
        PublicationDate date = row.date();
        return new Summary(row.slug(), row.titleVi(), row.titleEn(), row.englishGenerated(),
                DateLabels.format(date, language), date == null ? null : date.iso(), row.outletName(),
                row.officials().stream().map(ArticleViews::chip).toList(),
                row.categories().stream().map(c -> chip(c, language)).toList());
    }

    static Detail detail(Article article, ReaderLanguage language) {
        PublicationDate date = article.date();
        return new Detail(article.slug, article.titleVi, article.titleDerived, article.titleViCurated, article.titleEn,
                article.summaryVi, article.summaryEn, article.englishGenerated,
                DateLabels.format(date, language),
                date == null ? null : date.iso(),
                date == null ? null : date.precision().name().toLowerCase(Locale.ROOT),
                date == null || date.yearSource() == null ? null : date.yearSource().name().toLowerCase(Locale.ROOT),
                article.dateAsWritten,
                article.outlet == null ? null : article.outlet.name,
                article.sourceUrl,
                article.sourceFile,
                article.paragraphs.stream().map(p -> new ParagraphView(p.textVi, p.textEn)).toList(),
                article.captions.stream().map(c -> new CaptionView(c.textVi, c.textEn, c.credit)).toList(),
                ArticleCatalog.sortByFirstMention(article.officials.stream().map(ArticleCatalog::ref).toList())
                        .stream().map(ArticleViews::chip).toList(),
                article.categories.stream()
                        .sorted(Comparator.comparingInt((ArticleCategory c) -> c.category.position))
                        .map(ArticleCatalog::ref).map(c -> chip(c, language)).toList());
    }

}
