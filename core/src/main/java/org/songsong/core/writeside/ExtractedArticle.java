package org.songsong.core.writeside;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.english.EnglishDigest;
import org.songsong.core.events.CaseFacts;
import org.songsong.core.events.TextFingerprint;
import org.songsong.core.extract.ArticleExtractor;
import org.songsong.core.extract.CategoryMatch;
import org.songsong.core.extract.EventMention;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.extract.OfficialMention;
import org.songsong.core.knowledge.OutletCatalog;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.parse.PublicationDate;
import org.songsong.core.text.SearchVector;

/**
 * Everything extracted from one file, before it is stored, with its English: an editor's
 * ({@code curated}, from {@code translationFile}) or a generated digest, the full-text vector it is
 * found by ({@link SearchDocument}, {@link SearchVector}), the fingerprint its copies are found by and the case
 * facts (counts and earlier days) by which the reports of one case are found, and where its lede says it
 * happened ({@code place}, null when the vocabulary does not know the place).
 */
public record ExtractedArticle(String sourceFile, String contentHash, ArticleExtractor.Extraction extraction,
        CuratedEnglish curated, String translationFile, String translationHash, EnglishDigest.Digest digest,
        SearchVector searchVector, TextFingerprint fingerprint, Set<String> caseFacts, DigestVocabulary.Place place) {

    /**
     * The article with its search vector and what grouping compares (fingerprint, case facts), worked out from
     * the rest on the thread that extracted it: the one writer thread has enough to do.
     */
    ExtractedArticle withSearchVectorAndFingerprint() {
        PublicationDate date = extraction.date();
        String ownDay = date != null && date.day() != null ? date.day() + "/" + date.month() : null;
        return new ExtractedArticle(sourceFile, contentHash, extraction, curated, translationFile, translationHash,
                digest, SearchVector.of(SearchDocument.of(this)), TextFingerprint.of(parsed().paragraphs()),
                CaseFacts.of(parsed().paragraphs(), ownDay), place);
    }

    /** The sessions of known series the article reports ("ministerial-crime-conference-5"), not those it recalls. */
    public List<String> namedEvents() {
        return extraction.events().stream().filter(EventMention::prominent)
                .map(e -> e.seriesId() + "-" + e.number()).distinct().toList();
    }

    public boolean englishGenerated() {
        return curated == null;
    }

    public String titleVi() {
        return curated != null && curated.titleVi() != null ? curated.titleVi() : parsed().title();
    }

    public String titleEn() {
        return curated != null ? curated.titleEn() : digest.titleEn();
    }

    public String summaryVi() {
        return curated != null ? curated.summaryVi() : digest.summaryVi();
    }

    public String summaryEn() {
        return curated != null ? curated.summaryEn() : digest.summaryEn();
    }

    public ParsedArticle parsed() {
        return extraction.parsed();
    }

    public PublicationDate date() {
        return extraction.date();
    }

    public OutletCatalog.OutletInfo outlet() {
        return extraction.outlet();
    }

    /** The day the page was published, when a page date gives one. */
    public LocalDate publishedOn() {
        return extraction.publishedOn();
    }

    public List<String> warnings() {
        return extraction.warnings();
    }

    public ArticleReport report(String slug) {
        ParsedArticle parsed = parsed();
        PublicationDate date = date();
        OutletCatalog.OutletInfo outlet = outlet();
        Map<String, String> sources = new LinkedHashMap<>();
        if (date != null) {
            sources.put("year", lower(date.yearSource()));
            sources.put("month", lower(date.monthSource()));
            sources.put("day", lower(date.daySource()));
        }
        return new ArticleReport(slug, titleVi(), parsed.titleDerived(), parsed.lede(),
                date == null ? null : date.iso(),
                date == null ? null : lower(date.precision()),
                sources,
                parsed.dateMention() == null ? null : parsed.dateMention().asWritten(),
                extraction.publishedOn() == null ? null : extraction.publishedOn().toString(),
                outlet == null ? null : outlet.code(),
                parsed.sourceUrl(),
                contentHash,
                parsed.paragraphs().size(),
                parsed.captions().stream()
                        .map(c -> new ArticleReport.CaptionReport(c.text(), c.credit()))
                        .toList(),
                extraction.officials().stream().map(ExtractedArticle::officialReport).toList(),
                extraction.categories().stream().map(CategoryMatch::code).toList(),
                extraction.events().stream().map(e -> e.seriesId() + "-" + e.number()).distinct().toList(),
                titleEn(), summaryEn(), summaryVi(), englishGenerated(), translationFile);
    }

    private static ArticleReport.OfficialReport officialReport(OfficialMention o) {
        return new ArticleReport.OfficialReport(o.slug(), o.nameVi(), o.nameEn(), o.nameZh(), o.country(),
                o.roleAsWritten(), o.curated(), o.paragraphs());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
