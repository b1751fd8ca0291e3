package org.songsong.core.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.songsong.core.knowledge.OutletCatalog;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.parse.PublicationDate;

/** Everything extracted from one file, before it is stored. */
public record ExtractedArticle(
        String sourceFile,
        String contentHash,
        ParsedArticle parsed,
        PublicationDate date,
        OutletCatalog.OutletInfo outlet,
        List<String> warnings) {

    public ArticleReport report(String slug) {
        Map<String, String> sources = new LinkedHashMap<>();
        if (date != null) {
            sources.put("year", lower(date.yearSource()));
            sources.put("month", lower(date.monthSource()));
            sources.put("day", lower(date.daySource()));
        }
        return new ArticleReport(slug, parsed.title(), parsed.titleDerived(), parsed.lede(),
                date == null ? null : date.iso(),
                date == null ? null : lower(date.precision()),
                sources,
                parsed.dateMention() == null ? null : parsed.dateMention().asWritten(),
                outlet == null ? null : outlet.code(),
                parsed.sourceUrl(),
                contentHash,
                parsed.paragraphs().size(),
                parsed.captions().stream()
                        .map(c -> new ArticleReport.CaptionReport(c.text(), c.credit()))
                        .toList());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
