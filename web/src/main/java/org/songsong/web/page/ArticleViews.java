package org.songsong.web.page;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.songsong.core.parse.PublicationDate;
import org.songsong.core.text.Highlighter;
import org.songsong.core.text.Sentences;
import org.songsong.core.text.VietnameseText;
import org.songsong.web.catalog.ArticleCatalog;
import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.EnglishProvenance;
import org.songsong.web.catalog.StoredArticle;
import org.songsong.web.i18n.DateLabels;
import org.songsong.web.i18n.ReaderLanguage;

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

    /** One row of an article list; titles and the snippet come as segments, search matches marked. */
    public record Summary(String slug, String link, String titleVi, List<Highlighter.Segment> titleViSegments,
            String titleEn, List<Highlighter.Segment> titleEnSegments, List<Highlighter.Segment> snippet,
            String snippetLang, EnglishProvenance english, String dateLabel, String isoDate, String outletName,
            List<OfficialChip> officials, List<CategoryChip> categories, String eventLink, int eventReports) {
    }

    /** One article page. */
    public record Detail(long id, String slug, String titleVi, boolean titleDerived, boolean titleViCurated, String titleEn,
            String summaryVi, String summaryEn, EnglishProvenance english, String translatedLabel, String dateLabel, String isoDate,
            String precision, String yearSource, String dateAsWritten, String publishedLabel, String publishedIso,
            String outletName, String sourceUrl, String sourceFile, List<ParagraphView> paragraphs, List<CaptionView> captions,
            List<OfficialChip> officials, List<CategoryChip> categories, String query) {
    }

    /** A paragraph in Vietnamese and, when an editor or an engine translated it, English, with search matches marked. */
    public record ParagraphView(String vi, String en, List<Highlighter.Segment> viSegments,
            List<Highlighter.Segment> enSegments) {
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
        return summary(row, language, null);
    }

    static Summary summary(ArticleCatalog.ArticleRow row, ReaderLanguage language, String query) {
        PublicationDate date = row.date();
        Set<String> terms = Highlighter.terms(query);
        List<Highlighter.Segment> snippet = List.of();
        String snippetLang = null;
        if (!terms.isEmpty()) {
            for (String[] candidate : new String[][] { { row.summaryEn(), "en" }, { row.summaryVi(), "vi" } }) {
                String sentence = firstSentenceMatching(candidate[0], terms);
                if (sentence != null) {
                    snippet = Highlighter.segments(sentence, terms);
                    snippetLang = candidate[1];
                    break;
                }
            }
        }
        String link = "/articles/" + row.slug() + (query == null ? "" : "?q=" + Links.encode(query));
        return new Summary(row.slug(), link, row.titleVi(), Highlighter.segments(row.titleVi(), terms), row.titleEn(),
                Highlighter.segments(row.titleEn(), terms), snippet, snippetLang, row.english(),
                DateLabels.format(date, language), date == null ? null : date.iso(), row.outletName(),
                row.officials().stream().map(ArticleViews::chip).toList(),
                row.categories().stream().map(c -> chip(c, language)).toList(),
                row.event() == null ? null : "/events/" + row.event().id(), row.event() == null ? 1 : row.event().reports());
    }

    /** The first sentence holding every search word, else the first holding any. */
    private static String firstSentenceMatching(String text, Set<String> terms) {
        if (text == null) {
            return null;
        }
        List<String> sentences = Sentences.split(text);
        for (String sentence : sentences) {
            long marked = Highlighter.segments(sentence, terms).stream().filter(Highlighter.Segment::mark)
                    .map(seg -> VietnameseText.fold(seg.text())).distinct().count();
            if (marked == terms.size()) {
                return sentence;
            }
        }
        return sentences.stream().filter(sentence -> Highlighter.matches(sentence, terms)).findFirst().orElse(null);
    }

    /** The publication day is shown when it is not the article's own date (the news came days before). */
    private static boolean publishedApart(StoredArticle article, PublicationDate date) {
        return article.publishedOn() != null && (date == null || !article.publishedOn().toString().equals(date.iso()));
    }

    static Detail detail(StoredArticle article, ReaderLanguage language, String query) {
        PublicationDate date = article.date();
        Set<String> terms = Highlighter.terms(query);
        boolean publishedApart = publishedApart(article, date);
        return new Detail(article.id(), article.slug(), article.titleVi(), article.titleDerived(),
                article.titleViCurated(), article.titleEn(), article.summaryVi(), article.summaryEn(),
                article.english(), article.english().translatedAt() == null ? null
                        : DateLabels.format(LocalDate.ofInstant(article.english().translatedAt(), ZoneOffset.UTC), language),
                DateLabels.format(date, language),
                date == null ? null : date.iso(),
                date == null ? null : date.precision().name().toLowerCase(Locale.ROOT),
                date == null || date.yearSource() == null ? null : date.yearSource().name().toLowerCase(Locale.ROOT),
                article.dateAsWritten(),
                publishedApart ? DateLabels.format(article.publishedOn(), language) : null,
                publishedApart ? article.publishedOn().toString() : null,
                article.outletName(), article.sourceUrl(), article.sourceFile(),
                article.paragraphs().stream().map(p -> new ParagraphView(p.textVi(), p.textEn(),
                        Highlighter.segments(p.textVi(), terms), Highlighter.segments(p.textEn(), terms))).toList(),
                article.captions().stream().map(c -> new CaptionView(c.textVi(), c.textEn(), c.credit())).toList(),
                article.officials().stream().map(ArticleViews::chip).toList(),
                article.categories().stream().map(c -> chip(c, language)).toList(),
                terms.isEmpty() ? null : query);
    }

}
