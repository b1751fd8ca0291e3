package org.songsong.web.page;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

import org.songsong.core.parse.PublicationDate;
import org.songsong.core.text.VietnameseText;

/**
 * How to cite an article: a Chicago-style note and a BibTeX entry, with the date accessed. The note is
 * also given in its parts, so a page can mark the outlet's name and the Vietnamese title as Vietnamese.
 */
public record Citation(String chicago, String bibtex, String publisher, String titleVi, String titleEn, String rest) {

    static Citation of(String outlet, String titleVi, String titleEn, PublicationDate date, String url, String slug,
            String readerUrl, LocalDate accessed) {
        String where = url != null ? url : readerUrl;
        String when = date == null ? "n.d." : switch (date.precision()) {
            case DAY -> monthName(date.month()) + " " + date.day() + ", " + date.year();
            case MONTH -> monthName(date.month()) + " " + date.year();
            case YEAR -> String.valueOf(date.year());
        };
        String accessedOn = monthName(accessed.getMonthValue()) + " " + accessed.getDayOfMonth() + ", " + accessed.getYear();
        String publisher = outlet == null ? "Unknown outlet" : outlet;
        String rest = when + ". " + where + ". Accessed " + accessedOn + ".";
        String chicago = publisher + ". “" + titleVi + "”" + (titleEn == null ? "" : " [" + titleEn + "]") + ". " + rest;
        StringBuilder bib = new StringBuilder();
        bib.append("@misc{").append(key(slug, date)).append(",\n");
        field(bib, "title", titleVi);
        if (titleEn != null) {
            field(bib, "note", "English title: " + titleEn);
        }
        field(bib, "howpublished", publisher);
        if (date != null) {
            field(bib, "year", String.valueOf(date.year()));
            if (date.month() != null) {
                field(bib, "month", Month.of(date.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            }
        }
        field(bib, "url", where);
        field(bib, "urldate", accessed.toString());
        bib.setLength(bib.length() - 2);
        bib.append("\n}");
        return new Citation(chicago, bib.toString(), publisher, titleVi, titleEn, rest);
    }

    private static String key(String slug, PublicationDate date) {
        String words = String.join("", Arrays.stream(slug.split("-")).limit(3).toList());
        return "songsong-" + (date == null ? "nd" : date.year()) + "-" + VietnameseText.fold(words);
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
    }

    /** Braces and backslashes would end the field or start a command: they are escaped. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '$', '_' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
