package org.songsong.core.events;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.text.VietnameseText;

/**
 * The facts of a case an article recounts, as keys two reports of the same case share even when they are
 * written from different angles on different days: the counts it gives ("18 địa điểm", "1.200 bánh heroin"
 * give {@code n:18 dia} and {@code n:1200 banh}) and the earlier days it names ("sáng 6/6" gives
 * {@code d:6/6}). Counts under ten are left out (every report has "2 đối tượng"), and so are times of day and
 * years, and ages ("30 tuổi" is a person's, and many a case has one).
 */
public final class CaseFacts {

    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,/:-])(\\d{1,3}(?:[.,]\\d{3})+|\\d{2,})(?![\\d.,/:-]\\d)\\s+(\\p{L}+)");
    /**
     * "6/6" anywhere; "6.6" and "6-6" only after a time word (else "2.5 tấn" and "8-10 người" would be days);
     * "ngày 6 tháng 6".
     */
    private static final Pattern DAY = Pattern.compile(
            "(?<![\\d.,/:-])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d])(?!\\s*/\\s*\\d)"
                    + "|(?<![\\p{L}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\\s+(\\d{1,2})[.-](\\d{1,2})(?![\\d])(?![.-]\\d)"
                    + "|(?<![\\p{L}\\d])ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words after a number that make it a time, a date or an age band rather than a count of the case. */
    private static final Set<String> NOT_COUNTED = Set.of("gio", "phut", "giay", "ngay", "thang", "nam", "h", "tuoi");
    private static final int LEAST_COUNT = 10;

    private CaseFacts() {
    }

    /** The facts of the paragraphs; a day the article is dated by ({@code ownDay} "9/6") is not one of them. */
    public static Set<String> of(List<String> paragraphs, String ownDay) {
        Set<String> facts = new TreeSet<>();
        for (String paragraph : paragraphs) {
            Matcher count = COUNT.matcher(paragraph);
            while (count.find()) {
                String digits = count.group(1).replaceAll("[.,]", "");
                String word = VietnameseText.fold(count.group(2));
                if (digits.length() > 7 || NOT_COUNTED.contains(word)) {
                    continue;
                }
                long value = Long.parseLong(digits);
                boolean year = digits.length() == 4 && value >= 1900 && value <= 2099;
                if (value >= LEAST_COUNT && !year) {
                    facts.add("n:" + value + " " + word);
                }
            }
            Matcher day = DAY.matcher(paragraph);
            while (day.find()) {
                int first = day.group(1) != null ? 1 : day.group(3) != null ? 3 : 5;
                int d = Integer.parseInt(day.group(first));
                int m = Integer.parseInt(day.group(first + 1));
                String key = d + "/" + m;
                if (d >= 1 && d <= 31 && m >= 1 && m <= 12 && !key.equals(ownDay)) {
                    facts.add("d:" + key);
                }
            }
        }
        return facts;
    }
}
