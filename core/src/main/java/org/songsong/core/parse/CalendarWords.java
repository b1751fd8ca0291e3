package org.songsong.core.parse;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.text.VietnameseText;

/**
 * The calendar words Vietnamese reporting dates with besides numbers: the weekday written next to a day
 * ("Sáng thứ Năm (15/3)", "Chiều Chủ nhật, 5/5") and the lunar year named by its stem and branch ("Tết
 * Giáp Thìn", "Xuân Ất Tỵ"), each of which names one year in sixty.
 */
final class CalendarWords {

    /**
     * "thứ Năm", "Chủ nhật": a weekday is written with a capital ("thứ Hai"), an ordinal without one ("lần thứ
     * hai", "ngày thứ hai" of a congress), and never after a word that counts ("lần thứ Năm" in a headline).
     */
    static final String WEEKDAY = "(?<!lần )(?<!kỳ )(?<!khóa )(?<!khoá )(?<!phiên )(?<!đợt )(?<!hạng )(?<!vụ )"
            + "(?<!người )(?<!tượng )(?<!bước )(?<!giai đoạn )"
            + "(?:[Tt]hứ\\s+(?-i:Hai|Ba|Tư|Năm|Sáu|Bảy)|(?-i:[Cc]hủ\\s+[Nn]hật))(?![\\p{L}\\d])";
    private static final Pattern WEEKDAY_WORD = Pattern.compile(WEEKDAY, Pattern.UNICODE_CASE);

    /** The ten heavenly stems and twelve earthly branches, as their tone-less match keys. */
    private static final List<String> STEMS = List.of("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham",
            "quy");
    private static final List<String> BRANCHES = List.of("ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than",
            "dau", "tuat", "hoi");
    /** The year 1984 was Giáp Tý, the first of a sixty-year cycle. */
    private static final int CYCLE_START = 1984;
    private static final int CYCLE = 60;
    /**
     * "Tết Giáp Thìn", "Tết Nguyên đán Ất Tỵ", "Xuân Quý Mão", "năm Nhâm Dần": a stem and a branch after a
     * word that makes them a year (a stem alone is often a surname: "Canh", "Tân", "Đinh").
     */
    private static final Pattern LUNAR_YEAR = Pattern.compile(
            "(?<![\\p{L}])((?iu:tết(?:\\s+nguyên\\s+đán)?|xuân|năm|mùa\\s+xuân))\\s+(\\p{Lu}\\p{L}*)\\s+(\\p{Lu}\\p{L}*)(?![\\p{L}])",
            Pattern.UNICODE_CASE);

    /** A birth in a lunar year ("sinh năm Giáp Tý", "tuổi Mậu Thân") is a person's, not the news's. */
    private static final Pattern BORN_BEFORE = Pattern.compile("(?:sinh|tuổi|SN)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A lunar year the text names, and whether it is named by its new year (Tết, spring). */
    record LunarYear(int year, boolean newYear) {
    }

    private CalendarWords() {
    }

    /** The weekday a day phrase writes, or null. */
    static DayOfWeek weekdayIn(String phrase) {
        Matcher m = WEEKDAY_WORD.matcher(phrase);
        if (!m.find()) {
            return null;
        }
        String key = VietnameseText.fold(m.group());
        return switch (key) {
            case "thu hai", "thu 2" -> DayOfWeek.MONDAY;
            case "thu ba", "thu 3" -> DayOfWeek.TUESDAY;
            case "thu tu", "thu 4" -> DayOfWeek.WEDNESDAY;
            case "thu nam", "thu 5" -> DayOfWeek.THURSDAY;
            case "thu sau", "thu 6" -> DayOfWeek.FRIDAY;
            case "thu bay", "thu 7" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    /**
     * The lunar years a text names by stem and branch, in order, each the latest year of its name up to next
     * year (a name comes back every sixty years: "Mậu Thân" is 1968, not 2028); births left out.
     */
    static List<LunarYear> lunarYears(String text) {
        List<LunarYear> found = new ArrayList<>();
        Matcher m = LUNAR_YEAR.matcher(text);
        while (m.find()) {
            int stem = STEMS.indexOf(VietnameseText.fold(m.group(2)));
            int branch = BRANCHES.indexOf(VietnameseText.fold(m.group(3)));
            if (branch < 0 && VietnameseText.fold(m.group(3)).equals("ti")) {
                branch = 0;
            }
            String written = Normalizer.normalize(m.group(3), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            if (branch == 0 && (written.contains("ỵ") || written.contains("ị"))) {
                branch = 5; // without diacritics the rat (Tý, Tí) and the snake (Tỵ, Tị) are spelt alike
            }
            if (stem < 0 || branch < 0 || (stem % 2) != (branch % 2)
                    || BORN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            int offset = 0;
            while (offset % 10 != stem || offset % 12 != branch) {
                offset++;
            }
            int year = CYCLE_START + offset;
            while (year > Year.now().getValue() + 1) {
                year -= CYCLE;
            }
            String lead = VietnameseText.fold(m.group(1));
            found.add(new LunarYear(year, !lead.equals("nam")));
        }
        return found;
    }
}
