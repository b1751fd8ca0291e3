package org.songsong.web;

import java.util.List;
import java.util.Locale;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.ArticleCategory;
import org.songsong.core.domain.ArticleOfficial;
import org.songsong.core.parse.PublicationDate;

/**
 * What the pages show of articles, copied out of the entities inside the request so templates never
 * touch the database.
 */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** One row of the article list. */
    public record Summary(String slug, String titleVi, String titleEn, boolean englishGenerated, String dateLabel,
            String isoDate, String outletName) {
    }

    /** One article page. */
    public record Detail(String slug, String titleVi, boolean titleDerived, boolean titleViCurated, String titleEn,
            String summaryVi, String summaryEn, boolean englishGenerated, String dateLabel, String isoDate,
            String precision, String yearSource, String dateAsWritten, String outletName, String sourceUrl,
            String sourceFile, List<ParagraphView> paragraphs, List<CaptionView> captions, List<OfficialView> officials,
            List<CategoryView> categories) {
    }

    /** A paragraph in Vietnamese and, when an editor translated it, English. */
    public record ParagraphView(String vi, String en) {
    }

    /** An official the article names, with the title it gives them. */
    public record OfficialView(String slug, String nameVi, String nameEn, String nameZh, String country,
            String roleAsWritten, boolean curated) {
    }

    /** A crime category the article names, with the phrases that name it. */
    public record CategoryView(String code, String labelVi, String labelEn, List<String> evidence) {
    }

    public record CaptionView(String text, String textEn, String credit) {
    }

    static Summary summary(Article article, ReaderLanguage language) {
        PublicationDate date = article.date();
        return new Summary(article.slug, article.titleVi, article.titleEn, article.englishGenerated,
                DateLabels.format(date, language),
                date == null ? null : date.iso(), article.outlet == null ? null : article.outlet.name);
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
                article.officials.stream()
                        .sorted(java.util.Comparator.comparing((ArticleOfficial o) -> firstParagraph(o.paragraphs)))
                        .map(o -> new OfficialView(o.official.slug, o.official.nameVi, o.official.nameEn,
                                o.official.nameZh, o.official.country, o.roleAsWritten, o.official.curated))
                        .toList(),
                article.categories.stream()
                        .sorted(java.util.Comparator.comparingInt((ArticleCategory c) -> c.category.position))
                        .map(c -> new CategoryView(c.category.code, c.category.labelVi, c.category.labelEn, c.evidence))
                        .toList());
    }

    private static int firstParagraph(List<Integer> paragraphs) {
        return paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0);
    }
}
