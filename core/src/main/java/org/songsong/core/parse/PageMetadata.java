package org.songsong.core.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a page prints around an article rather than the article's text: its address, image file names,
 * timestamps and datelines in the shapes sites print them, bylines carrying a timestamp. Recognised by
 * shape, not by site.
 */
final class PageMetadata {

    static final Pattern URL = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
    static final Pattern IMAGE_URL = Pattern.compile(
            ".*\\.(?:jpe?g|png|gif|webp|svg|bmp)(?:\\?\\S*)?$", Pattern.CASE_INSENSITIVE);
    static final Pattern IMAGE_FILE = Pattern.compile(
            "^\\S+\\.(?:jpe?g|png|gif|webp|svg|bmp)$", Pattern.CASE_INSENSITIVE);
    /** An ISO timestamp, alone or followed by the page's source or author: "2013-05-03 22:30:05 vov". */
    static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?"
                    + "(?:\\s+\\p{L}[\\p{L}.:]{0,30}){0,3}$");
    /** A date as Chinese pages print it, on the Vietnamese editions of Chinese outlets: "2013年05月03日22:30 来源：…". */
    static final Pattern CHINESE_DATE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日.{0,80}$");
    /**
     * A timestamp line of a page: "28/03/2022 12:27 GMT+7", "22:30 03/05/2013", "03-07-2019 14:01:20(GMT+08:00)",
     * "Phước Nguyên - 24/07/2023 17:02 (GMT+7)", "Cập nhật: 25/10/2012 08:54", "T5, 14/12/2023 | 09:35",
     * "(14/12/2023 09:35)".
     */
    static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "^\\(?(?:\\p{L}[\\p{L} .]{0,58}?\\s*[-–|:,]?\\s*)?(?:(?:lúc\\s*)?(\\d{1,2}[:h]\\d{2}(?::\\d{2})?)\\s*[,|-]?\\s*)?"
                    + "(?:(?:thứ\\s+\\p{L}+|chủ\\s+nhật|t[2-7]|cn)\\s*[,|-]?\\s*)?(?:ngày\\s*)?(\\d{1,2})([/.-])(\\d{1,2})\\3((?:19|20)\\d{2})"
                    + "(?:\\s*[,|-]?\\s*(?:lúc\\s*)?\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*(?:AM|PM|SA|CH))?)?"
                    + "\\s*(?:[(\\[]?\\s*(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\s*[)\\]]?)?\\s*\\)?\\s*\\|?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Thứ năm, ngày 14 tháng 12 năm 2023", "Ngày 14 tháng 12 năm 2023 - 09:35": a dateline in words. */
    static final Pattern WORDS_DATELINE = Pattern.compile(
            "^(?:(?:thứ\\s+\\p{L}+|chủ\\s+nhật)\\s*,?\\s*)?ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})"
                    + "(?:\\s*[,|-]?\\s*(?:lúc\\s*)?\\d{1,2}[:h]\\d{2}(?::\\d{2})?)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s+[|\\-–]\\s+|\\s*\\|\\s*");
    static final int MAX_BYLINE_CHARS = 200;
    static final int MAX_BYLINE_SEGMENTS = 6;
    /** "2017-01-06" alone on a line: a dateline. */
    static final Pattern BARE_ISO_DATE = Pattern.compile("^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})$");
    /** "Saturday, October 24, 2015", "Published: October 26, 2025 - 07:15 | By …": an English dateline. */
    static final Pattern ENGLISH_DATELINE = Pattern.compile(
            "^(?:(?:Published|Updated|Posted|Last updated)(?:\\s+on)?\\s*:?\\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
                    + "(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2}),?"
                    + "\\s+((?:19|20)\\d{2})(?:\\s*[-|,–]\\s*\\d{1,2}:\\d{2}.{0,80})?$");
    static final Pattern WEEKDAY_DATELINE = Pattern.compile(
            "^(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)\\s*[,\\-–]?\\s*(?:ngày\\s*)?"
                    + "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s*[,\\-–]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?"
                    + "(?:\\s*\\(?GMT[+-]\\d+\\)?)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PageMetadata() {
    }

    static boolean isMetadataLine(String line) {
        return isOneMetadataItem(line) || timestampInAByline(line) != null;
    }

    /**
     * "Updated: 11/03/2019 09:20 | Story: … | Photos: …", "24/07/2023 17:02 - Phước Nguyên": a header line of
     * credits, one of which is the page's timestamp. Null when the line is not one.
     */
    static String timestampInAByline(String line) {
        if (line.length() > MAX_BYLINE_CHARS || RelatedLinks.endsAsASentence(line)
                || (line.indexOf('|') < 0 && line.indexOf(" - ") < 0 && line.indexOf(" – ") < 0)) {
            return null;
        }
        String[] segments = BYLINE_SEPARATOR.split(line);
        if (segments.length < 2 || segments.length > MAX_BYLINE_SEGMENTS) {
            return null;
        }
        for (String segment : segments) {
            String trimmed = segment.trim();
            if (!trimmed.isEmpty() && !trimmed.equals(line) && isOneMetadataItem(trimmed)
                    && !URL.matcher(trimmed).matches() && !IMAGE_FILE.matcher(trimmed).matches()) {
                return trimmed;
            }
        }
        return null;
    }

    static boolean isOneMetadataItem(String line) {
        // each pattern is tried only on a line that opens as its matches do (a metadata line has no space
        // before its image file's name ends): this runs on every line of every article
        return (line.regionMatches(true, 0, "http", 0, 4) && URL.matcher(line).matches())
                || (line.indexOf(' ') < 0 && IMAGE_FILE.matcher(line).matches())
                || (PageFurniture.opensWithOneOf(line, "0123456789") && TIMESTAMP.matcher(line).matches())
                || (PageFurniture.opensWithOneOf(line, "tTcC") && WEEKDAY_DATELINE.matcher(line).matches())
                || (line.length() <= 90 && hasDateSeparator(line) && TIMESTAMP_LINE.matcher(line).matches())
                || (line.length() <= 60 && PageFurniture.opensWithOneOf(line, "tTcCnN") && WORDS_DATELINE.matcher(line).matches())
                || (line.length() <= 140 && PageFurniture.opensWithOneOf(line, "PULMTWFSJAOND") && ENGLISH_DATELINE.matcher(line).matches())
                || (line.length() == 10 && BARE_ISO_DATE.matcher(line).matches())
                || (line.indexOf('年') == 4 && CHINESE_DATE.matcher(line).matches());
    }

    static boolean hasDateSeparator(String line) {
        return line.indexOf('/') >= 0 || line.indexOf('-') >= 0 || line.indexOf('.') >= 0;
    }

    /**
     * A day in a photo's file name or address: "img-20250129-115939.jpg", "hoi-dam_2024-12-16-58.jpg",
     * "/uploaded/2019_03_12/anh.jpg", "/2019/03/12/anh.jpg".
     */
    private static final Pattern IMAGE_DAY = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})([-_/]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");

    /** The first real day an image's name or address holds, or null. */
    static LocalDate imageDate(String line) {
        Matcher m = IMAGE_DAY.matcher(line);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (DateTimeException e) {
                // "20230231": not a day; try the next
            }
        }
        return null;
    }

    /** A bare image file name (not a URL): the line after it is that image's caption. */
    static boolean isImageFileName(String line) {
        return IMAGE_FILE.matcher(line).matches() && !URL.matcher(line).matches();
    }

    /**
     * The year, month and day a page-metadata line gives ("22:30 03/05/2013", "Thứ Sáu, 03/05/2013", a byline
     * with its timestamp, "Published: March 11, 2021"), as written; null when it gives none.
     */
    static String[] dateParts(String line) {
        String timestamp = isOneMetadataItem(line) ? null : timestampInAByline(line);
        if (timestamp != null) {
            return dateParts(timestamp);
        }
        Matcher m;
        if ((m = TIMESTAMP.matcher(line)).matches()) {
            return new String[] { m.group(1), m.group(2), m.group(3) };
        } else if ((m = WEEKDAY_DATELINE.matcher(line)).matches()) {
            return new String[] { m.group(3), m.group(2), m.group(1) };
        } else if ((m = TIMESTAMP_LINE.matcher(line)).matches()) {
            return new String[] { m.group(5), m.group(4), m.group(2) };
        } else if ((m = WORDS_DATELINE.matcher(line)).matches()) {
            return new String[] { m.group(3), m.group(2), m.group(1) };
        } else if ((m = BARE_ISO_DATE.matcher(line)).matches()) {
            return new String[] { m.group(1), m.group(2), m.group(3) };
        } else if ((m = CHINESE_DATE.matcher(line)).matches()) {
            return new String[] { m.group(1), m.group(2), m.group(3) };
        } else if ((m = ENGLISH_DATELINE.matcher(line)).matches()) {
            return new String[] { m.group(3), String.valueOf(Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue()),
                m.group(2) };
        }
        return null;
    }
}
