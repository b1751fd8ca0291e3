package org.songsong.core.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates an article's own text states. Two kinds matter: the day phrases that can be the
 * article's day ("Sáng 21/3", "ngày 28 đến ngày 29 tháng 6", "năm mới 2017 (1/1)"), and the dates and
 * years it recounts ("từ ngày 23/1/2022", "tháng 7/2023", "Năm 2024"), which tell which year a day
 * written without one belongs to.
 */
public final class DatePhrases {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The longest lead-in of a day phrase before its first number ("chiều hôm qua nay (ngày 21/3)"). */
    private static final int BEFORE_A_NUMBER = 48;
    /** The longest run of a day phrase from its first number on ("28 đến ngày 29 tháng 6 năm 2019)"). */
    private static final int AFTER_A_NUMBER = 64;
    /** The longest recounted date before its year ("tháng 12   năm 2020", "ngày 23 / 1 / 2022"). */
    private static final int BEFORE_A_YEAR = 40;
    private static final String TIME_WORD = "(?:rạng sáng|nửa đêm|(?:sáng|chiều|tối|trưa|đêm|khuya)"
            + "(?:\\s+(?:muộn|sớm|khuya|qua|hôm qua))?|ngày(?:\\s+(?:mùng|mồng))?|hôm nay|hôm qua|hôm kia|hôm|mùng|mồng)";
    /**
     * "Sáng 21/3", "Ngày 28-11", "Hôm nay (23/8)", "chiều nay 15.10", "ngày 19/2/2025", and with the weekday
     * ("Sáng thứ Năm (15/3)", "Chủ nhật, ngày 5/5"), which then tells the year.
     */
    private static final Pattern TIME_WORD_DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:" + TIME_WORD + "(?:\\s+" + CalendarWords.WEEKDAY + ")?|" + CalendarWords.WEEKDAY
                    + ")\\s*(?:nay\\s*)?(?:\\(|,)?\\s*(?:ngày\\s*)?)"
                    + "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?![\\d.,/]\\d)(?:\\s*\\))?", FLAGS);
    /** "ngày 28 tháng 6 năm 2019". */
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?<![\\p{L}\\d])ngày\\s+(?:(?:mùng|mồng)\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?", FLAGS);
    /** The first day of a span: "từ ngày 28 đến ngày 29 tháng 6", "trong các ngày 27 và 28/5". */
    private static final Pattern DAY_SPAN = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:các\\s+)?ngày|từ|trong hai ngày|đêm)\\s+(\\d{1,2})\\s*(?:đến|tới|và|-|–|rạng sáng)\\s*(?:ngày\\s+)?\\d{1,2}"
                    + "(?:\\s*[/.-]\\s*|\\s+tháng\\s+)(\\d{1,2})(?:(?:\\s*[/.-]\\s*|\\s+năm\\s+)(\\d{4}))?(?![\\d.,/]\\d)", FLAGS);
    /** A day in brackets after a year or weekday: "ngày đầu năm mới 2017 (1/1)", "thứ Năm (15/3)". */
    private static final Pattern BRACKETED_DAY = Pattern.compile(
            "(?:năm(?:\\s+mới)?\\s+(\\d{4})\\s*|(?<![\\p{L}\\d]))\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*\\)", FLAGS);
    /** A full date written without a time word: "23/1/2022", "03-07-2019", "28.3.2022". */
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*((?:19|20)\\d{2})(?![\\d])");
    /** "tháng 7/2023", "tháng 7 năm 2023", "tháng 12-2020". */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])tháng\\s+(\\d{1,2})\\s*(?:[/.-]|\\s+năm\\s+)\\s*((?:19|20)\\d{2})(?![\\d])", FLAGS);
    /** "năm 2024", "trong năm 2022", "cuối năm 2016". */
    private static final Pattern YEAR_WORD = Pattern.compile(
            "(?<![\\p{L}\\d])năm\\s+((?:19|20)\\d{2})(?![\\d])", FLAGS);
    /** What puts a phrase aside as another time than the article's: a birth, a span's start, "earlier". */
    private static final Pattern BIRTH_BEFORE = Pattern.compile(
            "(?:\\bsn|sinh(?:\\s+năm|\\s+ngày)?|năm\\s+sinh|tuổi)\\s*:?\\s*$", FLAGS);
    /** A year or date of birth: "SN 1976", "sinh năm 1953" (not "sinh ngày": a newborn's day can date a case). */
    private static final Pattern BORN_BEFORE = Pattern.compile("(?:\\bsn|sinh(?:\\s+năm)?|năm\\s+sinh)\\s*:?\\s*$", FLAGS);
    /** "9 tháng đầu", "từ đầu", "6 tháng": the year that follows is under way when the article is written. */
    private static final Pattern UNDER_WAY_BEFORE = Pattern.compile(
            "(?:\\d+\\s+tháng(?:\\s+đầu)?|từ\\s+đầu|(?<![\\p{L}])đầu)\\s*$", FLAGS);
    private static final Pattern SPAN_START_BEFORE = Pattern.compile("(?:từ|kể từ|bắt đầu từ|đến|tới|trước)\\s*$", FLAGS);
    private static final Pattern EARLIER_SENTENCE = Pattern.compile(
            "(?:^|[.!?…]\\s+)(?:trước đó|trước đấy|năm ngoái)(?![\\p{L}\\d])[^.!?…]*$", FLAGS);

    /** A day the text states, where it stands ({@code block} 0 is the first paragraph, captions come last). */
    public record DayPhrase(DateMention mention, int block, int offset, boolean aside) {
    }

    /**
     * A date the text recounts, as precise as it is written (month and day null when not written);
     * {@code current} for a year spoken of as under way ("9 tháng đầu năm 2010", "từ đầu năm 2010").
     */
    public record RecountedDate(int year, Integer month, Integer day, boolean caption, boolean current) {

        public RecountedDate(int year, Integer month, Integer day, boolean caption) {
            this(year, month, day, caption, false);
        }
    }

    private DatePhrases() {
    }

    /**
     * Every day phrase of the paragraphs, then of the captions, in reading order. A phrase is aside when
     * it dates something other than the article's news: a birth, the start of a span ("từ ngày"), or a
     * sentence that opens "Trước đó".
     */
    public static List<DayPhrase> days(List<String> paragraphs, List<String> captions) {
        List<DayPhrase> found = new ArrayList<>();
        List<String> blocks = new ArrayList<>(paragraphs);
        blocks.addAll(captions);
        for (int block = 0; block < blocks.size(); block++) {
            found.addAll(days(blocks.get(block), block));
        }
        return found;
    }

    /** The day phrases of one text, in order of where they start. */
    static List<DayPhrase> days(String text, int block) {
        List<DayPhrase> found = new ArrayList<>();
        if (text.indexOf('/') < 0 && text.indexOf('.') < 0 && text.indexOf('-') < 0
                && !text.toLowerCase(Locale.ROOT).contains("tháng")) {
            return found;
        }
        for (int[] window : numberWindows(text)) {
            for (Pattern pattern : List.of(DAY_SPAN, TIME_WORD_DATE, DATE_WORDS)) {
                Matcher m = within(pattern.matcher(text), window);
                while (m.find()) {
                    add(found, text, block, m, m.group(1), m.group(2), m.group(3));
                }
            }
            Matcher m = within(BRACKETED_DAY.matcher(text), window);
            while (m.find()) {
                add(found, text, block, m, m.group(2), m.group(3), m.group(1));
            }
        }
        found.sort(Comparator.comparingInt(DayPhrase::offset));
        List<DayPhrase> distinct = new ArrayList<>();
        int end = -1;
        for (DayPhrase phrase : found) {
            if (phrase.offset() >= end) {
                distinct.add(phrase);
                end = phrase.offset() + phrase.mention().asWritten().length();
            }
        }
        return distinct;
    }

    /**
     * The stretches of text around what may be a day and month ("21/3", "28-11", "19.2", "5 tháng"), merged
     * where they meet: every day phrase holds one within {@link #BEFORE_A_NUMBER} characters of its start,
     * so the patterns, which try each position they are given, are given only these.
     */
    private static List<int[]> numberWindows(String text) {
        return windows(text, (start, end) -> end - start <= 2 && beginsAMonth(text, end), BEFORE_A_NUMBER, AFTER_A_NUMBER);
    }

    /**
     * The stretches from {@code before} characters ahead of each run of digits that {@code wanted} accepts to
     * {@code after} characters past its end, merged where they meet.
     */
    private static List<int[]> windows(String text, BiPredicate<Integer, Integer> wanted, int before, int after) {
        List<int[]> windows = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isAsciiDigit(text.charAt(end))) {
                end++;
            }
            if (wanted.test(i, end)) {
                int from = Math.max(0, i - before);
                int to = Math.min(text.length(), end + after);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && from <= last[1]) {
                    last[1] = to;
                } else {
                    windows.add(new int[] { from, to });
                }
            }
            i = end;
        }
        return windows;
    }

    /** After a day's number: a separator and a digit ("/3", " - 11"), or the word "tháng". */
    private static boolean beginsAMonth(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && "/.-–".indexOf(text.charAt(i)) >= 0) {
            int j = i + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return j < text.length() && isAsciiDigit(text.charAt(j));
        }
        return text.regionMatches(true, i, "tháng", 0, 5);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The matcher searching only the window, with the text around it visible to its look-behinds. */
    private static Matcher within(Matcher matcher, int[] window) {
        return matcher.region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static void add(List<DayPhrase> found, String text, int block, Matcher m, String dayText,
            String monthText, String yearText) {
        int day = Integer.parseInt(dayText);
        int month = Integer.parseInt(monthText);
        Integer year = yearText == null ? null : Integer.parseInt(yearText);
        if (month < 1 || month > 12 || day < 1 || day > 31 || (year != null && !ArticleParser.validDay(year, month, day))) {
            return;
        }
        for (DayPhrase other : found) {
            if (other.offset() <= m.start() && m.start() < other.offset() + other.mention().asWritten().length()) {
                return;
            }
        }
        found.add(new DayPhrase(new DateMention(m.group().trim(), day, month, year), block, m.start(),
                isAside(text, m.start())));
    }

    private static boolean isAside(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start);
        return BIRTH_BEFORE.matcher(before).find() || SPAN_START_BEFORE.matcher(before).find()
                || EARLIER_SENTENCE.matcher(text.substring(0, start)).find();
    }

    /** Every date and year the text recounts (births left out), captions marked as such. */
    public static List<RecountedDate> recounted(List<String> paragraphs, List<String> captions) {
        List<RecountedDate> found = new ArrayList<>();
        for (int i = 0; i < paragraphs.size() + captions.size(); i++) {
            boolean caption = i >= paragraphs.size();
            String text = caption ? captions.get(i - paragraphs.size()) : paragraphs.get(i);
            for (CalendarWords.LunarYear lunar : CalendarWords.lunarYears(text)) {
                // Tết falls between 21 January and 20 February: its month is the one reporting around it names
                found.add(lunar.newYear() ? new RecountedDate(lunar.year(), 2, 1, caption)
                        : new RecountedDate(lunar.year(), null, null, caption, true));
            }
            List<int[]> windows = yearWindows(text);
            if (windows.isEmpty()) {
                continue;
            }
            List<int[]> taken = new ArrayList<>();
            for (int[] window : windows) {
                Matcher m = within(FULL_DATE.matcher(text), window);
                while (m.find()) {
                    int day = Integer.parseInt(m.group(1));
                    int month = Integer.parseInt(m.group(3));
                    int year = Integer.parseInt(m.group(4));
                    if (ArticleParser.validDay(year, month, day) && !bornAt(text, m.start())) {
                        found.add(new RecountedDate(year, month, day, caption));
                    }
                    taken.add(new int[] { m.start(), m.end() });
                }
            }
            for (int[] window : windows) {
                Matcher m = within(MONTH_YEAR.matcher(text), window);
                while (m.find()) {
                    int month = Integer.parseInt(m.group(1));
                    if (month >= 1 && month <= 12 && !overlaps(taken, m.start()) && !bornAt(text, m.start())) {
                        found.add(new RecountedDate(Integer.parseInt(m.group(2)), month, null, caption));
                    }
                    taken.add(new int[] { m.start(), m.end() });
                }
            }
            for (int[] window : windows) {
                Matcher m = within(YEAR_WORD.matcher(text), window);
                while (m.find()) {
                    if (!overlaps(taken, m.start()) && !bornAt(text, m.start())) {
                        boolean current = UNDER_WAY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find();
                        found.add(new RecountedDate(Integer.parseInt(m.group(1)), null, null, caption, current));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The stretches around each year of this century or the last ("2022", "1998"): every recounted date or
     * year ends with one, at most {@link #BEFORE_A_YEAR} characters after its start.
     */
    private static List<int[]> yearWindows(String text) {
        return windows(text, (start, end) -> end - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start)),
                BEFORE_A_YEAR, 1);
    }

    private static boolean overlaps(List<int[]> taken, int at) {
        for (int[] span : taken) {
            if (at >= span[0] && at < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean bornAt(String text, int start) {
        return BORN_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find();
    }
}
