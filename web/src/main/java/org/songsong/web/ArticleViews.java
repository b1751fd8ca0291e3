package org.songsong.web;

import java.util.List;
import java.util.Locale;

import org.songsong.core.domain.Article;
import org.songsong.core.parse.PublicationDate;

/**
 * What the pages show of articles, copied out of the entities inside the request so templates never
 * touch the database.
 */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** One row of the article list. */
    public record Summary(String slug, String titleVi, String dateLabel, String isoDate, String outletName) {
    }

    /** One article page. */
    public record Detail(String slug, String titleVi, boolean titleDerived, String dateLabel, String isoDate,
            String precision, String yearSource, String dateAsWritten, String outletName, String sourceUrl,
            String sourceFile, List<String> paragraphs, List<CaptionView> captions) {
    }

    public record CaptionView(String text, String credit) {
    }

    static Summary summary(Article article, ReaderLanguage language) {
        PublicationDate date = article.date();
        return new Summary(article.slug, article.titleVi, DateLabels.format(date, language),
                date == null ? null : date.iso(), article.outlet == null ? null : article.outlet.name);
    }

    static Detail detail(Article article, ReaderLanguage language) {
        PublicationDate date = article.date();
        return new Detail(article.slug, article.titleVi, article.titleDerived,
                DateLabels.format(date, language),
                date == null ? null : date.iso(),
                date == null ? null : date.precision().name().toLowerCase(Locale.ROOT),
                date == null || date.yearSource() == null ? null : date.yearSource().name().toLowerCase(Locale.ROOT),
                article.dateAsWritten,
                article.outlet == null ? null : article.outlet.name,
                article.sourceUrl,
                article.sourceFile,
                article.paragraphs.stream().map(p -> p.textVi).toList(),
                article.captions.stream().map(c -> new CaptionView(c.textVi, c.credit)).toList());
    }
}
