package org.songsong.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.songsong.core.parse.DatePrecision;
import org.songsong.core.parse.DateSource;
import org.songsong.core.parse.PublicationDate;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One news article, cleaned: its own text, set apart from the page it was scraped from. */
@Entity
public class Article extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    /** The imported file's name: what identifies the article when the file is imported again. */
    @Column(nullable = false, unique = true)
    public String sourceFile;

    /** SHA-256 of the file's bytes. */
    @Column(nullable = false)
    public String contentHash;

    /** The parser and knowledge base that produced this row; a new one re-extracts unchanged files. */
    @Column(nullable = false)
    public String extractionVersion;

    @Column(nullable = false)
    public String titleVi;

    /** True when the file had no headline: the title was made from the lede, or written by an editor. */
    public boolean titleDerived;

    /** True when an editor wrote the Vietnamese title (the file had none). */
    public boolean titleViCurated;

    public String titleEn;

    public String summaryVi;

    public String summaryEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnglishSource englishSource = EnglishSource.GENERATED;

    /** For machine English: the engine, its model ("" when it names none) and when it translated. */
    public String translationEngine;
    public String translationModel;
    public Instant translatedAt;

    /** The curated English file imported with the article, if any. */
    public String translationFile;

    /** SHA-256 of that file: a changed translation updates the article. */
    public String translationHash;

    @ManyToOne(fetch = FetchType.LAZY)
    public Outlet outlet;

    public String sourceUrl;

    public Integer dateYear;
    public Integer dateMonth;
    public Integer dateDay;
    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision;
    @Enumerated(EnumType.STRING)
    public DateSource dateYearSource;
    @Enumerated(EnumType.STRING)
    public DateSource dateMonthSource;
    @Enumerated(EnumType.STRING)
    public DateSource dateDaySource;
    /** The date phrase as the article writes it ("Sáng 21/3"). */
    public String dateAsWritten;
    /** The day the page was published, when the page gives one; the date above is the news's. */
    public LocalDate publishedOn;

    /** What the importer removed or repaired, so an editor can check it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    @Basic(fetch = FetchType.LAZY)
    public List<String> importWarnings = new ArrayList<>();

    @Column(nullable = false)
    public Instant importedAt;
    @Column(nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ArticleParagraph> paragraphs = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ArticleCaption> captions = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ArticleOfficial> officials = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ArticleCategory> categories = new ArrayList<>();

    /** The date with its precision, or null when no evidence gave a year. */
    public PublicationDate date() {
        if (dateYear == null || datePrecision == null) {
            return null;
        }
        return new PublicationDate(dateYear, dateMonth, dateDay, datePrecision,
                dateYearSource, dateMonthSource, dateDaySource);
    }
}
