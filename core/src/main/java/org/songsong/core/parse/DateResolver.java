package org.songsong.core.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an article's date from the evidence the parser found. The day and month come from the text
 * when it states them; the year from the text, else the scraper's marker, the URL, or page metadata.
 * A day is never invented: without one the precision is MONTH or YEAR.
 */
public final class DateResolver {

    /** A date in a URL path ("/2016/03/21/") or a dated article id ("-20251124140225528.htm"). */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:\\d{6,})?(?![\\d])");

    private DateResolver() {
    }

    /** The resolved date, or null when nothing gives a year; what was weighed goes to {@code warnings}. */
    public static PublicationDate resolve(ParsedArticle article, List<String> warnings) {
        DateMention mention = article.dateMention();
        DateMarker marker = article.marker();
        LocalDate urlDate = urlDate(article.sourceUrl());
        LocalDate metadata = article.metadataDates().isEmpty() ? null : article.metadataDates().get(0);

        if (mention != null) {
            if (mention.year() != null) {
                if (marker != null && Math.abs(marker.year() - mention.year()) > 1) {
                    warnings.add("the date marker " + marker.year() + " contradicts the year " + mention.year()
                            + " written in the text; the text wins");
                }
                return day(mention.year(), mention, DateSource.TEXT);
            }
            if (marker != null) {
                int year = marker.year();
                // A marker dated January on an article about 28 December reports last year's event.
                if (mention.month() - marker.month() > 6) {
                    year--;
                }
                return day(year, mention, DateSource.MARKER);
            }
            if (urlDate != null) {
                return day(urlDate.getYear(), mention, DateSource.URL);
            }
            if (metadata != null) {
                return day(metadata.getYear(), mention, DateSource.METADATA);
            }
            warnings.add("the text gives the day '" + mention.asWritten() + "' but nothing gives the year");
            return null;
        }
        if (marker != null) {
            if (marker.day() != null) {
                return new PublicationDate(marker.year(), marker.month(), marker.day(), DatePrecision.DAY,
                        DateSource.MARKER, DateSource.MARKER, DateSource.MARKER);
            }
            return new PublicationDate(marker.year(), marker.month(), null, DatePrecision.MONTH,
                    DateSource.MARKER, DateSource.MARKER, null);
        }
        if (urlDate != null) {
            return full(urlDate, DateSource.URL);
        }
        if (metadata != null) {
            return full(metadata, DateSource.METADATA);
        }
        warnings.add("no date found in the text, the marker, the URL or the page metadata");
        return null;
    }

    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (ArticleParser.validDay(year, month, day)) {
                return LocalDate.of(year, month, day);
            }
        }
        return null;
    }

    private static PublicationDate day(int year, DateMention mention, DateSource yearSource) {
        if (!ArticleParser.validDay(year, mention.month(), mention.day())) {
            return new PublicationDate(year, mention.month(), null, DatePrecision.MONTH,
                    yearSource, DateSource.TEXT, null);
        }
        return new PublicationDate(year, mention.month(), mention.day(), DatePrecision.DAY,
                yearSource, DateSource.TEXT, DateSource.TEXT);
    }

    private static PublicationDate full(LocalDate date, DateSource source) {
        return new PublicationDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), DatePrecision.DAY,
                source, source, source);
    }
}
