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

    /** The resolved date from the parse alone, or null when nothing gives a year. */
    public static PublicationDate resolve(ParsedArticle article, List<String> warnings) {
        return resolve(article, YearEvidence.NONE, warnings);
    }

    /**
     * The resolved date, or null when nothing gives a year; what was weighed goes to {@code warnings}.
     * Evidence in order of strength: a year written with the date; a named event whose known date has the
     * same day and month; the marker, unless the offices named rule its year out; an event named in the
     * headline or lede; the URL or page metadata; the one year the offices named allow.
     */
    public static PublicationDate resolve(ParsedArticle article, YearEvidence evidence, List<String> warnings) {
        DateMention mention = article.dateMention();
        DateMarker marker = article.marker();
        LocalDate urlDate = urlDate(article.sourceUrl());
        LocalDate metadata = article.metadataDates().isEmpty() ? null : article.metadataDates().get(0);

        if (mention != null && mention.year() != null) {
            if (marker != null && Math.abs(marker.year() - mention.year()) > 1) {
                warnings.add("the date marker " + marker.year() + " contradicts the year " + mention.year()
                        + " written in the text; the text wins");
            }
            return day(mention.year(), mention, DateSource.TEXT);
        }
        if (mention != null) {
            for (YearEvidence.DatedEvent event : evidence.events()) {
                if (mention.month() == (event.month() == null ? -1 : event.month())
                        && (event.day() == null || event.day() == mention.day())) {
                    warnings.add("year " + event.year() + " from the event " + event.id() + " on the same day");
                    return day(event.year(), mention, DateSource.EVENT);
                }
            }
        }
        if (marker != null && mention == null) {
            Integer textYear = yearTheTextPointsTo(article, marker);
            if (textYear != null) {
                warnings.add("the date marker " + marker.year() + " is years after everything the text mentions; "
                        + "the text places the article in " + textYear);
                return new PublicationDate(textYear, null, null, DatePrecision.YEAR, DateSource.TEXT, null, null);
            }
        }
        if (marker != null) {
            int year = marker.year();
            // A marker dated January on an article about 28 December reports last year's event.
            if (mention != null && mention.month() - marker.month() > 6) {
                year--;
            }
            if (evidence.hasRoles() && !evidence.rolesAllow(year)) {
                warnings.add("the date marker " + marker.year() + "-" + String.format("%02d", marker.month())
                        + " contradicts the offices named (" + evidence.rolesWhy() + "); the marker is not used");
            } else if (mention != null) {
                return day(year, mention, DateSource.MARKER);
            } else if (marker.day() != null) {
                return new PublicationDate(marker.year(), marker.month(), marker.day(), DatePrecision.DAY,
                        DateSource.MARKER, DateSource.MARKER, DateSource.MARKER);
            } else {
                return new PublicationDate(marker.year(), marker.month(), null, DatePrecision.MONTH,
                        DateSource.MARKER, DateSource.MARKER, null);
            }
        }
        for (YearEvidence.DatedEvent event : evidence.events()) {
            if (event.prominent() && evidence.rolesAllow(event.year())) {
                warnings.add("year " + event.year() + " from the event " + event.id() + " the article reports");
                if (mention != null) {
                    return day(event.year(), mention, DateSource.EVENT);
                }
                return new PublicationDate(event.year(), event.month(), event.month() == null ? null : event.day(),
                        event.month() == null ? DatePrecision.YEAR
                                : event.day() == null ? DatePrecision.MONTH : DatePrecision.DAY,
                        DateSource.EVENT, event.month() == null ? null : DateSource.EVENT,
                        event.day() == null ? null : DateSource.EVENT);
            }
        }
        for (var candidate : new Object[][] { { urlDate, DateSource.URL }, { metadata, DateSource.METADATA } }) {
            LocalDate date = (LocalDate) candidate[0];
            DateSource source = (DateSource) candidate[1];
            if (date != null && evidence.rolesAllow(date.getYear())) {
                return mention != null ? day(date.getYear(), mention, source) : full(date, source);
            }
        }
        if (evidence.rolesFrom() != null && evidence.rolesFrom().equals(evidence.rolesTo())) {
            int year = evidence.rolesFrom();
            warnings.add("year " + year + " from the offices named: " + evidence.rolesWhy());
            if (mention != null) {
                return day(year, mention, DateSource.ROLES);
            }
            return new PublicationDate(year, null, null, DatePrecision.YEAR, DateSource.ROLES, null, null);
        }
        if (evidence.hasRoles()) {
            warnings.add("the offices named place the article between " + orDots(evidence.rolesFrom()) + " and "
                    + orDots(evidence.rolesTo()) + " (" + evidence.rolesWhy() + "), not in one year");
        }
        warnings.add(mention != null
                ? "the text gives the day '" + mention.asWritten() + "' but nothing gives the year"
                : "no date found in the text, the marker, the URL or the page metadata");
        return null;
    }

    private static String orDots(Integer year) {
        return year == null ? "…" : year.toString();
    }

    private static final Pattern TEXT_YEAR = Pattern.compile("(?<![\\d/.-])((?:19[89]|20[0-4])\\d)(?![\\d/])");
    private static final Pattern SINCE_YEAR = Pattern.compile(
            "(?i)từ\\s+(?:năm\\s+)?((?:19[89]|20[0-4])\\d)\\s+(?:đến|tới)\\s+nay");
    private static final int MARKER_GAP = 5;

    /**
     * A marker far later than every year the text mentions is wrong (a page re-dated by its site): the
     * text then places the article, just after a "since YEAR until now" it states, or in the latest
     * year it names. Null when the marker is plausible.
     */
    static Integer yearTheTextPointsTo(ParsedArticle article, DateMarker marker) {
        int latest = 0;
        Integer since = null;
        for (String paragraph : article.paragraphs()) {
            Matcher years = TEXT_YEAR.matcher(paragraph);
            while (years.find()) {
                latest = Math.max(latest, Integer.parseInt(years.group(1)));
            }
            Matcher s = SINCE_YEAR.matcher(paragraph);
            while (s.find()) {
                int year = Integer.parseInt(s.group(1));
                since = since == null ? year : Math.max(since, year);
            }
        }
        if (latest == 0 || marker.year() <= latest + MARKER_GAP) {
            return null;
        }
        return since != null && since < latest ? since + 1 : latest;
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
