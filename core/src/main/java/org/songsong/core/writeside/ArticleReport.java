package org.songsong.core.writeside;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the importer extracted from one file, as the {@code --report} shows it. Scripts read this:
 * fields are only ever added, never renamed or removed (see src-docs/import-format.md).
 *
 * @param date          ISO 8601 with the stated precision ({@code 2016-03-21}, {@code 2023-12}, {@code 2016}),
 *                      or null when nothing gives a year
 * @param dateSources   where the year, month and day came from ({@code text}, {@code marker}, {@code url}, …)
 * @param publishedOn   the day the page was published (ISO), when a page date gives one; the date is the news's
 * @param officials     the people named, curated or found by their title
 * @param categories    codes of the crime categories the article names
 * @param events        the numbered sessions of known series it names ({@code ministerial-crime-conference-5})
 * @param englishIsGenerated true when the English is a generated digest, false when an editor's translation
 * @param translationFile    the curated English file used, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArticleReport(
        String slug,
        String titleVi,
        boolean titleDerived,
        String lede,
        String date,
        String datePrecision,
        Map<String, String> dateSources,
        String dateAsWritten,
        String publishedOn,
        String outlet,
        String sourceUrl,
        String contentHash,
        int paragraphCount,
        List<CaptionReport> captions,
        List<OfficialReport> officials,
        List<String> categories,
        List<String> events,
        String titleEn,
        String summaryEn,
        String summaryVi,
        boolean englishIsGenerated,
        String translationFile) {

    public record CaptionReport(String text, String credit) {
    }

    /** An official the article names; {@code nameVi} is the knowledge base's spelling, even if the article misspells it. */
    public record OfficialReport(String slug, String nameVi, String nameEn, String nameZh, String country,
            String roleAsWritten, boolean curated, List<Integer> paragraphs) {
    }
}
