package org.songsong.core.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides an article's date by weighing the evidence the parse and the extraction found: the article's day
 * phrase, the page's dates (timestamp lines, the address, the scraper's marker, the file's name), the dates
 * and years the text recounts, the offices of the people named and the events named. Each candidate year
 * scores what agrees with it and loses what rules it out; a stated day is kept whatever year wins, a page
 * date gives a day only where the lede says "sáng nay" or "hôm qua", and no year outside 1990 to next year
 * is chosen. The rule, with its
 * weights, is written out in src-docs/accuracy.md ("How a date is chosen").
 */
public final class DateResolver {

    public static final int EARLIEST_YEAR = 1990;

    /** A date in a URL path ("/2016/03/21/") or a dated article id ("-20251124140225528.htm"). */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:\\d{6,})?(?![\\d])");
    /**
     * An article id with the day inside: three digits, yymmdd, then eight or nine more, as several sites number
     * their articles ("-18526011616102711.htm", "-102231214093512345.htm").
     */
    private static final Pattern URL_ID_DATE = Pattern.compile(
            "(?<![\\d])\\d{3}(\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{8,9}\\.html?");
    /** A year-and-month folder ("/202203/", "/2022/03/") or a year folder ("/html/2026/"). */
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/?(0[1-9]|1[0-2])/");
    private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})/");

    private static final Pattern SINCE_YEAR = Pattern.compile(
            "(?i)từ\\s+(?:năm\\s+)?((?:19[89]|20[0-4])\\d)\\s+(?:đến|tới)\\s+nay");
    /** "sáng nay", "hôm qua", "chiều qua", not followed by the day they stand for ("hôm qua (14/3)"). */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?<![\\p{L}])(?:sáng|chiều|tối|trưa|đêm|hôm)\\s+(nay|qua)(?![\\p{L}])(?!\\s*\\(?\\s*\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MARKER_GAP = 5;
    /** A weekday weighs less than a page date in its window: a misread weekday must not move a dated page. */
    private static final double WEEKDAY_AGREES = 2;
    private static final double WEEKDAY_DISAGREES = 2;
    /** How many years past the evidence's latest the weekday may look: a day and month fall on it within 11. */
    private static final int WEEKDAY_REACH = 11;
    private static final int MAX_ROLE_SPAN = 12;
    private static final int REPORTING_YEAR = 366;
    private static final int EARLIER_EVENT_PARAGRAPH = 2;
    /** The headline (when the file has one) and the first paragraph: where the lede's time is read. */
    private static final int LEDE_BLOCKS = 2;
    private static final Pattern LEDE_LAST_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(?<!\\d\\s)tháng\\s+(trước|này)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "đầu tháng 6 vừa qua", "trong tháng 10": a month without its year (nor a day before it). */
    private static final Pattern LEDE_MONTH_ONLY = Pattern.compile(
            "(?<![\\p{L}\\d])(?<!\\d\\s)(?:(?:đầu|giữa|cuối|trong|hồi|vào)\\s+)?tháng\\s+(\\d{1,2})(?!\\s*[/.-]\\s*\\d)(?!\\s+năm)(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Cuối năm 2019", "Năm 2024, …" at the lede's start: a year the lede reports. */
    private static final Pattern LEDE_YEAR = Pattern.compile(
            "(?:^|(?<![\\p{L}])(?:đầu|giữa|cuối|trong|hồi|vào)\\s+)năm\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    private static final int EARLIER_EVENT_DAYS = 7;
    /** Eight digits or more starting with a date: an address's dated id kept in a file's name. */
    private static final Pattern FILE_NAME_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:\\d{6,9})?(?!\\d)");
    /** "Trong tháng 3/2024, …", "cuối tháng 10 năm 2019": the month the lede reports, when it states no day. */
    private static final Pattern LEDE_MONTH = Pattern.compile(
            "(?<!từ )(?<!đến )(?<!tới )(?<![\\p{L}\\d])tháng\\s+(\\d{1,2})\\s*(?:[/.-]|\\s+năm\\s+)\\s*((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])năm\\s+((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A date the page gives (not the text): when the article was published or captured. */
    record PageDate(int year, Integer month, Integer day, DateSource source) {
        /** The last day the page date can stand for. */
        LocalDate latest() {
            return month == null ? LocalDate.of(year, 12, 31)
                    : day != null ? LocalDate.of(year, month, day) : LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        }

        /** How many days after the news its page date can fall and still be the news's own publication. */
        int reportingWindow() {
            return month == null ? 366 : day == null ? 76 : 45;
        }

        /** A photo's upload day: it may be a file photo's, so it weighs less and never dates a day alone. */
        boolean photo() {
            return source == DateSource.IMAGE;
        }

        /** What the page date scores for a day inside its reporting window: a photo's date counts for less. */
        double inWindowPoints() {
            return photo() ? 2.5 : 4;
        }
    }

    private DateResolver() {
    }

    /** The resolved date from the parse alone, or null when nothing gives a year. */
    public static PublicationDate resolve(ParsedArticle article, List<String> warnings) {
        return resolve(article, YearEvidence.NONE, warnings);
    }

    /** The resolved date, or null when nothing gives a year; what was weighed goes to {@code warnings}. */
    public static PublicationDate resolve(ParsedArticle article, YearEvidence evidence, List<String> warnings) {
        return resolve(article, evidence, null, warnings);
    }

    /**
     * The resolved date, or null when nothing gives a year; what was weighed goes to {@code warnings}. The
     * file's name counts as a page date when it holds a dated id.
     */
    public static PublicationDate resolve(ParsedArticle article, YearEvidence evidence, String fileName,
            List<String> warnings) {
        PublicationDate dated = resolveWeighing(article, evidence, fileName, warnings);
        if (dated == null && evidence.hasRoles()) {
            // an office's years come from the knowledge base and a title read in the text; either can be wrong,
            // so the offices may move a year but never leave a dated article undated
            warnings.add("the offices named (" + evidence.rolesWhy() + ") rule out every year the page and the "
                    + "text give: they are set aside");
            dated = resolveWeighing(article, evidence.withoutRoles(), fileName, warnings);
        }
        return dated != null ? dated : officesAlone(article.dateMention(), evidence, warnings);
    }

    /**
     * The last resort, when neither the page nor the text gives a year: the middle of the years in which the
     * offices named were held together, however long, with the stated day kept. The reader shows the year as
     * inferred from the offices, which beats an article that falls off the timeline.
     */
    private static PublicationDate officesAlone(DateMention mention, YearEvidence evidence, List<String> warnings) {
        if (!evidence.hasRoles()) {
            return null;
        }
        int from = Math.max(EARLIEST_YEAR, evidence.rolesFrom() == null ? EARLIEST_YEAR : evidence.rolesFrom());
        int to = Math.min(Year.now().getValue(), evidence.rolesTo() == null ? Year.now().getValue() : evidence.rolesTo());
        if (from > to) {
            return null;
        }
        int year = from + (to - from) / 2;
        warnings.add("nothing but the offices named dates the article (" + evidence.rolesWhy() + "): year " + year
                + ", the middle of " + from + "–" + to);
        if (mention != null && mention.year() == null && ArticleParser.validDay(year, mention.month(), mention.day())) {
            return day(year, mention, DateSource.ROLES);
        }
        return new PublicationDate(year, null, null, DatePrecision.YEAR, DateSource.ROLES, null, null);
    }

    private static PublicationDate resolveWeighing(ParsedArticle article, YearEvidence evidence, String fileName,
            List<String> warnings) {
        List<PageDate> page = pageDates(article, fileName);
        List<String> captions = article.captions().stream().map(Caption::text).toList();
        List<DatePhrases.RecountedDate> recounted = DatePhrases.recounted(withTitle(article), captions);
        DateMention mention = article.dateMention();
        if (mention != null && mention.year() != null && !plausible(mention.year())) {
            warnings.add("the day '" + mention.asWritten() + "' is of a year outside " + EARLIEST_YEAR
                    + " to next year: it dates something else");
            mention = null;
        }
        if (mention == null) {
            return withoutADay(article, page, recounted, evidence, warnings);
        }
        List<String> weighed = new ArrayList<>();
        PublicationDate dated = withTheDay(article, mention, page, recounted, evidence, weighed);
        String earlier = dated == null ? null : earlierEvent(article, mention, dated, publishedOn(page));
        if (earlier != null) {
            warnings.add(earlier);
            return withoutADay(article, page, recounted, evidence, warnings);
        }
        warnings.addAll(weighed);
        return dated;
    }

    /**
     * The time the headline or lede gives without a day: "Trong tháng 3/2024", "Đầu tháng 6 vừa qua" (the
     * year from the page), "Tháng trước" (the month before the page's), "Cuối năm 2019". Null when it gives
     * none.
     */
    private static PublicationDate ledeTime(ParsedArticle article, List<PageDate> page, YearEvidence evidence,
            List<String> warnings) {
        List<String> texts = withTitle(article);
        String lede = String.join("\n", texts.subList(0, Math.min(LEDE_BLOCKS, texts.size())));
        Matcher m = LEDE_MONTH.matcher(lede);
        if (m.find() && plausible(Integer.parseInt(m.group(2))) && evidence.rolesAllow(Integer.parseInt(m.group(2)))
                && validMonth(m.group(1))) {
            warnings.add("the lede states no day: the month it names, '" + m.group().trim() + "'");
            return new PublicationDate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), null,
                    DatePrecision.MONTH, DateSource.TEXT, DateSource.TEXT, null);
        }
        PageDate p = page.stream().filter(d -> d.month() != null && !d.photo()
                && evidence.rolesAllow(d.year())).findFirst().orElse(null);
        if (p != null && (m = LEDE_LAST_MONTH.matcher(lede)).find()) {
            LocalDate month = LocalDate.of(p.year(), p.month(), 1).minusMonths(m.group(1).equalsIgnoreCase("trước") ? 1 : 0);
            warnings.add("the lede says '" + m.group().trim() + "': read against the " + describe(p.source()) + " "
                    + iso(p));
            return new PublicationDate(month.getYear(), month.getMonthValue(), null, DatePrecision.MONTH, p.source(),
                    DateSource.CONTEXT, null);
        }
        if (p != null && (m = LEDE_MONTH_ONLY.matcher(lede)).find() && validMonth(m.group(1))) {
            int month = Integer.parseInt(m.group(1));
            int year = month > p.month() ? p.year() - 1 : p.year();
            warnings.add("the lede names the month, '" + m.group().trim() + "'; the year from the " + describe(p.source()));
            return new PublicationDate(year, month, null, DatePrecision.MONTH, p.source(), DateSource.TEXT, null);
        }
        // a lede's year is the news's only when no page date says otherwise ("Năm 2019, A trốn sang …" is backstory)
        if ((m = LEDE_YEAR.matcher(lede)).find() && plausible(Integer.parseInt(m.group(1)))
                && evidence.rolesAllow(Integer.parseInt(m.group(1)))
                && (p == null || Math.abs(p.year() - Integer.parseInt(m.group(1))) <= 1)) {
            warnings.add("the lede states no day or month: the year it names, '" + m.group().trim() + "'");
            return new PublicationDate(Integer.parseInt(m.group(1)), null, null, DatePrecision.YEAR, DateSource.TEXT,
                    null, null);
        }
        return null;
    }

    private static boolean validMonth(String month) {
        int value = Integer.parseInt(month);
        return value >= 1 && value <= 12;
    }

    /**
     * Why the day phrase dates an earlier event rather than the news: it stands deep in the body while the
     * lede states no day, and the page was published more than a week after it ("vừa khởi tố …" in the lede,
     * "Ngày 12/8/2020, lực lượng chức năng kiểm tra …" in the third paragraph, a page of 10 September). Null
     * when the day is the article's.
     */
    private static String earlierEvent(ParsedArticle article, DateMention mention, PublicationDate dated,
            PageDate published) {
        int paragraph = paragraphOf(article, mention);
        if (paragraph < EARLIER_EVENT_PARAGRAPH || dated.precision() != DatePrecision.DAY || published == null
                || published.source() == DateSource.MARKER) {
            return null;
        }
        LocalDate day = LocalDate.of(dated.year(), dated.month(), dated.day());
        if (ChronoUnit.DAYS.between(day, published.latest()) <= EARLIER_EVENT_DAYS) {
            return null;
        }
        return "the first day the text states, '" + mention.asWritten() + "', stands in paragraph " + (paragraph + 1)
                + " and is more than a week before the " + describe(published.source()) + " " + iso(published)
                + ": an earlier event, not the article's day";
    }

    private static int paragraphOf(ParsedArticle article, DateMention mention) {
        for (int i = 0; i < article.paragraphs().size(); i++) {
            if (article.paragraphs().get(i).contains(mention.asWritten())) {
                return i;
            }
        }
        return -1;
    }

    private static PublicationDate withTheDay(ParsedArticle article, DateMention mention, List<PageDate> page,
            List<DatePhrases.RecountedDate> recounted, YearEvidence evidence, List<String> warnings) {
        if (mention.year() != null && plausible(mention.year())) {
            for (PageDate p : page) {
                if (Math.abs(p.year() - mention.year()) > 1) {
                    warnings.add("the " + describe(p.source()) + " " + p.year() + " contradicts the year "
                            + mention.year() + " written in the text; the text wins");
                    break;
                }
            }
            return day(mention.year(), mention, DateSource.TEXT);
        }
        for (YearEvidence.DatedEvent event : evidence.events()) {
            if (event.month() != null && mention.month() == event.month()
                    && (event.day() == null || event.day() == mention.day()) && plausible(event.year())) {
                warnings.add("year " + event.year() + " from the event " + event.id() + " on the same day");
                return day(event.year(), mention, DateSource.EVENT);
            }
        }
        Scored best = bestYear(mention, yearLaterInItsSentence(article, mention), page, recounted, evidence);
        if (best == null) {
            if (evidence.hasRoles()) {
                warnings.add("the offices named place the article between " + orDots(evidence.rolesFrom()) + " and "
                        + orDots(evidence.rolesTo()) + " (" + evidence.rolesWhy() + "), not in one year");
            }
            warnings.add("the text gives the day '" + mention.asWritten() + "' but nothing gives the year");
            return null;
        }
        warnings.add("year " + best.year + " inferred for '" + mention.asWritten() + "' from " + best.why());
        return day(best.year, mention, best.source);
    }

    /** "Sáng 29/1, tức mùng 1 Tết Ất Tỵ năm 2025, …": a year the day's own sentence names after it. */
    static Integer yearLaterInItsSentence(ParsedArticle article, DateMention mention) {
        for (String paragraph : article.paragraphs()) {
            int at = paragraph.indexOf(mention.asWritten());
            if (at >= 0) {
                int end = at + mention.asWritten().length();
                while (end < paragraph.length() && ".!?…".indexOf(paragraph.charAt(end)) < 0) {
                    end++;
                }
                Matcher year = SENTENCE_YEAR.matcher(paragraph.substring(at + mention.asWritten().length(), end));
                return year.find() ? Integer.valueOf(year.group(1)) : null;
            }
        }
        return null;
    }

    private static List<String> withTitle(ParsedArticle article) {
        List<String> texts = new ArrayList<>();
        if (!article.titleDerived()) {
            texts.add(article.title());
        }
        texts.addAll(article.paragraphs());
        return texts;
    }

    /** A year's score, the strongest kind of evidence behind it, and the reasons, for the warnings. */
    private record Scored(int year, double score, DateSource source, List<Supplier<String>> reasons, int distance,
            boolean officesOnly) {

        /** The reasons, written out only for the year chosen: every candidate year is scored. */
        String why() {
            return reasons.stream().map(Supplier::get).collect(Collectors.joining(", "));
        }
    }

    private static Scored bestYear(DateMention mention, Integer sentenceYear, List<PageDate> page,
            List<DatePhrases.RecountedDate> recounted, YearEvidence evidence) {
        TreeSet<Integer> candidates = new TreeSet<>();
        page.forEach(p -> {
            candidates.add(p.year());
            candidates.add(p.year() - 1);
        });
        recounted.forEach(r -> {
            candidates.add(r.year());
            candidates.add(r.year() + 1);
        });
        Integer rolesTo = evidence.rolesTo() != null ? evidence.rolesTo()
                : evidence.rolesFrom() != null ? Integer.valueOf(Year.now().getValue()) : null;
        if (evidence.rolesFrom() != null && rolesTo - evidence.rolesFrom() <= MAX_ROLE_SPAN) {
            // with nothing better, a year the offices allow keeps the stated day rather than losing it
            for (int year = evidence.rolesFrom(); year <= rolesTo; year++) {
                candidates.add(year);
            }
        }
        evidence.events().stream().filter(YearEvidence.DatedEvent::prominent).forEach(e -> candidates.add(e.year()));
        DayOfWeek weekday = CalendarWords.weekdayIn(mention.asWritten());
        if (weekday != null && !candidates.isEmpty()) {
            // the weekday picks among the years that follow those the evidence names, a few of which put the
            // day and month on it
            // never past a page date with a day: the news comes before its page
            int last = Math.min(candidates.last() + WEEKDAY_REACH, page.stream().filter(p -> p.day() != null)
                    .mapToInt(PageDate::year).min().orElse(Year.now().getValue() + 1));
            for (int year = candidates.first(); year <= last; year++) {
                candidates.add(year);
            }
        }
        List<Scored> best = new ArrayList<>();
        for (int year : candidates) {
            if (!plausible(year) || !ArticleParser.validDay(year, mention.month(), mention.day())) {
                continue;
            }
            Scored scored = score(year, LocalDate.of(year, mention.month(), mention.day()), sentenceYear, weekday, page,
                    recounted, evidence);
            if (scored.score() <= 0 || (!best.isEmpty() && scored.score() < best.get(0).score())) {
                continue;
            }
            if (!best.isEmpty() && scored.score() > best.get(0).score()) {
                best.clear();
            }
            best.add(scored);
        }
        return best.isEmpty() ? null : tieBreak(best);
    }

    /**
     * Among years that score the same: the one nearest a page date that can be the article's (within a
     * year); else, where only offices support them, the middle of their span (the office is as likely held
     * in any of its years); else the latest, since a year the text names is more often looked back on.
     */
    private static Scored tieBreak(List<Scored> tied) {
        Scored nearest = tied.stream().filter(s -> s.distance() <= REPORTING_YEAR)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::year, Comparator.reverseOrder()))
                .orElse(null);
        if (nearest != null || tied.size() == 1) {
            return nearest != null ? nearest : tied.get(0);
        }
        if (tied.stream().allMatch(Scored::officesOnly)) {
            return tied.get((tied.size() - 1) / 2);
        }
        return tied.get(tied.size() - 1);
    }

    /** Points a candidate year earns, and from what: each kind of evidence adds its own. */
    private static final class Tally {
        double total;
        double strongest;
        DateSource source;
        final List<Supplier<String>> why = new ArrayList<>();

        void add(double points, Supplier<String> reason, DateSource kind) {
            total += points;
            why.add(reason);
            if (points > strongest) {
                strongest = points;
                source = kind;
            }
        }
    }

    private static Scored score(int year, LocalDate date, Integer sentenceYear, DayOfWeek weekday,
            List<PageDate> page, List<DatePhrases.RecountedDate> recounted, YearEvidence evidence) {
        Tally tally = new Tally();
        if (weekday != null) {
            // a weekday is seldom written wrong, and falls on the same day and month again only after five to
            // eleven years
            if (date.getDayOfWeek() == weekday) {
                tally.add(WEEKDAY_AGREES, () -> "the weekday the text writes", DateSource.CONTEXT);
            } else {
                tally.total -= WEEKDAY_DISAGREES;
            }
        }
        int distance = Integer.MAX_VALUE;
        for (PageDate p : page) {
            long lag = ChronoUnit.DAYS.between(date, p.latest());
            distance = (int) Math.min(distance, Math.abs(lag));
            double points = lag >= -2 && lag <= p.reportingWindow() ? p.inWindowPoints() : lag > 0 && lag <= 366 ? 1.5 : 0;
            if (points > 0) {
                tally.add(points, () -> "the " + describe(p.source()) + " " + iso(p), p.source());
            }
        }
        double textPoints = textPoints(year, date, sentenceYear, recounted);
        if (textPoints > 0) {
            tally.add(textPoints, () -> "the dates the text recounts", DateSource.CONTEXT);
        }
        if (evidence.hasRoles()) {
            if (evidence.rolesAllow(year)) {
                tally.add(3, () -> "the offices named (" + evidence.rolesWhy() + ")", DateSource.ROLES);
            } else {
                tally.total -= 8;
            }
        }
        for (YearEvidence.DatedEvent event : evidence.events()) {
            if (event.prominent() && event.year() == year) {
                tally.add(3, () -> "the event " + event.id(), DateSource.EVENT);
            }
        }
        return new Scored(year, tally.total, tally.source, tally.why, distance,
                tally.why.size() == 1 && tally.source == DateSource.ROLES);
    }

    /** What the dates and years the text recounts say for {@code year}; a caption's count a quarter. */
    private static double textPoints(int year, LocalDate date, Integer sentenceYear,
            List<DatePhrases.RecountedDate> recounted) {
        double textPoints = 0;
        for (DatePhrases.RecountedDate r : recounted) {
            double points;
            if (r.month() == null) {
                points = r.year() == year ? (r.current() ? 2 : 1) : r.year() + 1 == year ? 1 : 0;
            } else {
                LocalDate then = LocalDate.of(r.year(), r.month(), r.day() == null ? 15 : r.day());
                long lag = ChronoUnit.DAYS.between(then, date);
                points = lag >= -45 && lag <= 75 ? 2 : lag > 0 && lag <= 366 ? 1 : 0;
            }
            // a caption's date may be a file photo's: it counts, for a quarter of the text's
            textPoints += r.caption() ? points / 4 : points;
        }
        if (sentenceYear != null && sentenceYear == year) {
            textPoints += 1.5;
        }
        return textPoints;
    }

    /** No day in the text: the month of the best page date, else the year the text or the offices give. */
    private static PublicationDate withoutADay(ParsedArticle article, List<PageDate> page,
            List<DatePhrases.RecountedDate> recounted, YearEvidence evidence, List<String> warnings) {
        DateMarker marker = article.marker();
        if (marker != null && page.stream().allMatch(p -> p.source() == DateSource.MARKER || p.photo())) {
            Integer textYear = yearTheTextPointsTo(article, marker);
            if (textYear != null) {
                warnings.add("the date marker " + marker.year() + " is years after everything the text mentions; "
                        + "the text places the article in " + textYear);
                return new PublicationDate(textYear, null, null, DatePrecision.YEAR, DateSource.CONTEXT, null, null);
            }
        }
        PublicationDate ledeTime = ledeTime(article, page, evidence, warnings);
        if (ledeTime != null) {
            return ledeTime;
        }
        for (PageDate p : page) {
            if (!evidence.rolesAllow(p.year())) {
                warnings.add("the " + describe(p.source()) + " " + iso(p) + " contradicts the offices named ("
                        + evidence.rolesWhy() + "); it is not used");
                continue;
            }
            if (p.photo()) {
                // a photo's upload day may be a file photo's: it gives the year, never the month or the day
                warnings.add("the text states no day: the year of the " + describe(p.source()) + " " + iso(p));
                return new PublicationDate(p.year(), null, null, DatePrecision.YEAR, p.source(), null, null);
            }
            int daysBefore = p.day() == null ? -1 : relativeDay(article);
            if (daysBefore >= 0) {
                LocalDate day = LocalDate.of(p.year(), p.month(), p.day()).minusDays(daysBefore);
                warnings.add("the day from the " + describe(p.source()) + " " + iso(p) + ": the text says "
                        + (daysBefore == 0 ? "it happened that day" : "it happened the day before"));
                return new PublicationDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), DatePrecision.DAY,
                        p.source(), p.source(), p.source());
            }
            if (p.month() == null) {
                warnings.add("the text states no day: the year of the " + describe(p.source()) + " " + iso(p));
                return new PublicationDate(p.year(), null, null, DatePrecision.YEAR, p.source(), null, null);
            }
            warnings.add("the text states no day: the month of the " + describe(p.source()) + " " + iso(p));
            return new PublicationDate(p.year(), p.month(), null, DatePrecision.MONTH, p.source(), p.source(), null);
        }
        PublicationDate eventDate = prominentEventDate(evidence, warnings);
        if (eventDate != null) {
            return eventDate;
        }
        if (evidence.rolesFrom() != null && evidence.rolesFrom().equals(evidence.rolesTo())) {
            int year = evidence.rolesFrom();
            warnings.add("year " + year + " from the offices named: " + evidence.rolesWhy());
            return new PublicationDate(year, null, null, DatePrecision.YEAR, DateSource.ROLES, null, null);
        }
        // the latest year the paragraphs name; a caption's only when they name none
        Integer latest = latestYear(recounted, false, evidence);
        latest = latest != null ? latest : latestYear(recounted, true, evidence);
        if (latest != null) {
            warnings.add("no day, page date or marker: the latest year the text names, " + latest);
            return new PublicationDate(latest, null, null, DatePrecision.YEAR, DateSource.CONTEXT, null, null);
        }
        warnings.add("no date found in the text, the marker, the URL or the page metadata");
        return null;
    }

    /** The date of the first event the article reports prominently that the offices named allow; null if none. */
    private static PublicationDate prominentEventDate(YearEvidence evidence, List<String> warnings) {
        for (YearEvidence.DatedEvent event : evidence.events()) {
            if (event.prominent() && evidence.rolesAllow(event.year()) && plausible(event.year())) {
                warnings.add("year " + event.year() + " from the event " + event.id() + " the article reports");
                return new PublicationDate(event.year(), event.month(), event.month() == null ? null : event.day(),
                        event.month() == null ? DatePrecision.YEAR
                                : event.day() == null ? DatePrecision.MONTH : DatePrecision.DAY,
                        DateSource.EVENT, event.month() == null ? null : DateSource.EVENT,
                        event.day() == null ? null : DateSource.EVENT);
            }
        }
        return null;
    }

    private static Integer latestYear(List<DatePhrases.RecountedDate> recounted, boolean captions,
            YearEvidence evidence) {
        return recounted.stream().filter(r -> r.caption() == captions && plausible(r.year())
                && evidence.rolesAllow(r.year())).map(DatePhrases.RecountedDate::year).max(Integer::compare).orElse(null);
    }

    /** 0 when the title or lede says "sáng nay" (this morning), 1 for "hôm qua" (yesterday), else -1. */
    private static int relativeDay(ParsedArticle article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title());
        texts.addAll(article.paragraphs().subList(0, Math.min(2, article.paragraphs().size())));
        for (String text : texts) {
            Matcher m = RELATIVE_DAY.matcher(text);
            if (m.find()) {
                return m.group(1).equalsIgnoreCase("nay") ? 0 : 1;
            }
        }
        return -1;
    }

    /**
     * The day the page was published, where a page date gives a day: a timestamp line, else the address,
     * the file's name or the scraper's marker. It is kept beside the article's date, which is the news's.
     */
    public static LocalDate publishedOn(ParsedArticle article, String fileName) {
        PageDate published = publishedOn(pageDates(article, fileName));
        return published == null ? null : LocalDate.of(published.year(), published.month(), published.day());
    }

    /** The first page date with a day, in the order {@link #pageDates} gives them. */
    private static PageDate publishedOn(List<PageDate> page) {
        return page.stream().filter(p -> p.month() != null && p.day() != null && !p.photo())
                .findFirst().orElse(null);
    }

    /** The page's dates: timestamp lines first, then the address, the scraper's marker, the file's name. */
    static List<PageDate> pageDates(ParsedArticle article, String fileName) {
        List<PageDate> page = new ArrayList<>();
        for (LocalDate d : article.metadataDates()) {
            if (plausible(d.getYear())) {
                page.add(new PageDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DateSource.METADATA));
            }
        }
        PageDate url = urlDate(article.sourceUrl());
        if (url != null && plausible(url.year())) {
            page.add(url);
        }
        PageDate named = fileNameDate(fileName);
        if (named != null && page.stream().noneMatch(p -> p.source() == DateSource.URL)) {
            page.add(named);
        }
        // the marker after them: a scraper's capture date, which may come long after the page's
        DateMarker marker = article.marker();
        if (marker != null && plausible(marker.year())) {
            page.add(new PageDate(marker.year(), marker.month(), marker.day(), DateSource.MARKER));
        }
        // the first photo's upload day last, and only when the page gives no date of its own with a day:
        // the first photo is usually the article's, but may be a file photo
        if (!article.imageDates().isEmpty() && page.stream().noneMatch(p -> p.day() != null)) {
            LocalDate photo = article.imageDates().get(0);
            if (plausible(photo.getYear())) {
                page.add(new PageDate(photo.getYear(), photo.getMonthValue(), photo.getDayOfMonth(), DateSource.IMAGE));
            }
        }
        return page;
    }

    static boolean plausible(int year) {
        return year >= EARLIEST_YEAR && year <= Year.now().getValue() + 1;
    }

    private static String describe(DateSource source) {
        return switch (source) {
            case MARKER -> "date marker";
            case URL -> "address's date";
            case METADATA -> "page's timestamp";
            case FILE_NAME -> "file name's date";
            case IMAGE -> "first photo's date";
            default -> source.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String iso(PageDate p) {
        return p.month() == null ? String.valueOf(p.year())
                : p.day() == null ? String.format("%04d-%02d", p.year(), p.month())
                : String.format("%04d-%02d-%02d", p.year(), p.month(), p.day());
    }

    private static String orDots(Integer year) {
        return year == null ? "…" : year.toString();
    }

    private static final Pattern TEXT_YEAR = Pattern.compile("(?<![\\d/.-])((?:19[89]|20[0-4])\\d)(?![\\d/])");

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

    /** The date an address carries: a full date, else a dated id, else a year-and-month or year folder. */
    static PageDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        PageDate dated = firstValidDay(URL_DATE.matcher(url), 0, DateSource.URL);
        if (dated == null) {
            dated = firstValidDay(URL_ID_DATE.matcher(url), 2000, DateSource.URL);
        }
        if (dated != null) {
            return dated;
        }
        Matcher m = URL_MONTH.matcher(url);
        if (m.find()) {
            return new PageDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null, DateSource.URL);
        }
        m = URL_YEAR.matcher(url);
        return m.find() ? new PageDate(Integer.parseInt(m.group(1)), null, null, DateSource.URL) : null;
    }

    /** A dated id a scraper kept from the address in the file's name: "…_20140125.txt", "…-20251124140225528.txt". */
    static PageDate fileNameDate(String fileName) {
        return fileName == null ? null : firstValidDay(FILE_NAME_DATE.matcher(fileName), 0, DateSource.FILE_NAME);
    }

    /** The first match whose groups 1–3 (year, plus {@code century}; month; day) make a real, plausible day. */
    private static PageDate firstValidDay(Matcher m, int century, DateSource source) {
        while (m.find()) {
            int year = century + Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (plausible(year) && ArticleParser.validDay(year, month, day)) {
                return new PageDate(year, month, day, source);
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
}
