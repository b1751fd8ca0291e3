package org.songsong.core.imports;

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
        String outlet,
        String sourceUrl,
        String contentHash,
        int paragraphCount,
        List<CaptionReport> captions) {

    public record CaptionReport(String text, String credit) {
    }
}
