package org.songsong.core.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.text.Patterns;
import org.songsong.core.text.Words;

/**
 * What a page prints around an article rather than its text: separators, metadata lines, inline links,
 * telephone lines, menus, footers, banners and slogans. Recognised by shape, not by site.
 */
final class PageFurniture {

    static final Pattern SEPARATOR = Pattern.compile("^[-=_*~]{5,}$");
    /** A related-news link on one line with its heading: "Xem thêm: Phó Thủ tướng kiểm tra …". */
    private static final Pattern INLINE_RELATED = Pattern.compile(
            "^(?:tin liên quan|xem thêm|đọc thêm|tin khác|xem video|video)\\s*:\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The article's lede glued after such a link, opened by the outlet's tag: "…(LSO) - Chiều 26/1, …". */
    private static final Pattern LEDE_AFTER_TAG = Pattern.compile("\\((?:[^()]{2,30})\\)\\s*[-–—]\\s*\\S");
    private static final Pattern FOLLOW_US = Pattern.compile(
            "^(?:mời (?:quý )?(?:bạn )?(?:độc giả|bạn đọc).*theo dõi.*|theo dõi .{1,40} trên (?:google news|zalo|facebook).*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A page's labelled line: "Hotline: 0865 015 015", "Tòa soạn: …", "Bản quyền: …". */
    private static final Pattern LABELLED_FURNITURE = Pattern.compile(
            "^(?:hotline|đường dây nóng|điện thoại|đt|tel|fax|email|e-mail|liên hệ(?: quảng cáo)?|quảng cáo|giấy phép|"
                    + "bản quyền|copyright|tòa soạn|toà soạn|địa chỉ|tổng biên tập|phó tổng biên tập|"
                    + "chịu trách nhiệm(?: xuất bản)?|cơ quan chủ quản|tags?|từ khóa|từ khoá|chủ đề|biên tập)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A page's short unpunctuated line: buttons, skip links, mastheads ("Cơ quan của Đảng bộ tỉnh …"). */
    private static final Pattern SHORT_FURNITURE = Pattern.compile(
            "^(?:trang chủ|đăng nhập|đăng ký(?: nhận tin)?|tải ứng dụng|chia sẻ|bình luận|theo dõi chúng tôi|cơ quan của|"
                    + "tiếng nói của|nền tảng số|ghi rõ nguồn|đường dẫn truy cập|chuyển đến|bỏ qua|skip to|trang điện tử|"
                    + "báo điện tử|cổng thông tin điện tử|tạp chí điện tử|nghe bài viết)(?![\\p{L}\\d])|^[•·▪]\\s*\\S{0,30}(?:\\s\\S+){0,3}$"
                    + "|^[▶►▸]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int SHORT_FURNITURE_CHARS = 120;
    /** A telephone number: "0865015015", "0822.173.636", "(024) 3943 1234". */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d.,])(?:\\(0\\d{1,3}\\)\\s?|0\\d{2,3}[ .]?)\\d{3}[ .]?\\d{3,4}(?![\\d.,]\\d)");
    private static final Pattern COPYRIGHT = Pattern.compile("(?:^|\\s)(?:©|ISSN(?![\\p{L}\\d]))", Pattern.CASE_INSENSITIVE);
    /** A menu: short items between bars ("Thời sự | Pháp luật | Thế giới"). */
    private static final Pattern MENU = Pattern.compile("^(?:[^|]{1,30}\\|){2,}[^|]{0,30}$");

    /** "Cụ thể, …", "Theo đó, …": a sentence that goes on from the one before, never a photo's caption. */
    private static final Pattern OPENS_WITH_A_CONNECTIVE = Pattern.compile(
            "(?:Cụ thể|Theo đó|Ngoài ra|Tuy nhiên|Trước đó|Đồng thời|Bên cạnh đó|Mặt khác|Do đó|Vì vậy|Sau đó|Như vậy|Qua đó"
                    + "|Trong đó|Tiếp đó|Cũng theo|Theo [^,]{1,40}),");
    /** The longest line taken for a caption because the page prints it twice in a row. */
    private static final int REPEATED_CAPTION_CHARS = 200;

    private PageFurniture() {
    }

    /**
     * Removes what belongs to the page rather than the article: separators, URLs and page metadata,
     * image file names, "follow us" lines, related-news blocks, and lines repeated verbatim.
     */
    static List<String> dropPageFurniture(List<String> lines, ParseWork w) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean[] metadata = metadataLines(lines);
        int duplicates = 0;
        boolean imageBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || (opensWithOneOf(line, "-=_*~") && SEPARATOR.matcher(line).matches())) {
                continue;
            }
            if (metadata[i]) {
                readMetadata(line, w);
                imageBefore = PageMetadata.isImageFileName(line);
                continue;
            }
            if (betweenMetadata(lines, metadata, i)) {
                w.warnings.add("dropped a page metadata line: '" + Patterns.abbreviate(line, 80) + "'");
                continue;
            }
            line = withoutInlineLink(line, w);
            if (line == null) {
                continue;
            }
            if (opensWithOneOf(line, "tTbBxXđĐcCýÝ") && RelatedLinks.RELATED_HEADING.matcher(line).matches()) {
                if (out.isEmpty()) {
                    // a menu's "Tin mới" above the article, not a block of links below it
                    w.warnings.add("dropped a menu line: '" + line + "'");
                    continue;
                }
                int resumes = RelatedLinks.relatedBlockEnd(lines, metadata, i, out, w.lenient);
                long dropped = lines.subList(i + 1, resumes).stream().filter(l -> !l.isEmpty()).count();
                w.warnings.add("dropped the related-news block '" + line + "' and the " + dropped + " lines after it");
                i = resumes - 1;
                continue;
            }
            if (isPageFurniture(line)) {
                w.warnings.add("dropped page furniture: '" + Patterns.abbreviate(line, 80) + "'");
                continue;
            }
            if (opensWithOneOf(line, "mMtT") && FOLLOW_US.matcher(line).matches()) {
                w.warnings.add("dropped a subscription line: '" + Patterns.abbreviate(line, 80) + "'");
                continue;
            }
            if (!seen.add(line)) { // lines are clean and NFC already: a repeat is the same string
                duplicates++;
                if (out.size() > 1 && line.length() < REPEATED_CAPTION_CHARS && line.equals(out.get(out.size() - 1))
                        && !OPENS_WITH_A_CONNECTIVE.matcher(line).lookingAt()) {
                    // a short line printed twice in a row is a photo's alternative text and its caption; a
                    // line that opens by linking to the one before ("Cụ thể, …") is the text's, repeated
                    w.afterImage.add(line);
                }
                continue;
            }
            if (imageBefore) {
                w.afterImage.add(line);
            }
            imageBefore = false;
            out.add(line);
        }
        if (duplicates > 0) {
            w.warnings.add("dropped " + duplicates + " repeated line" + (duplicates == 1 ? "" : "s"));
        }
        return out;
    }

    private static boolean[] metadataLines(List<String> lines) {
        boolean[] metadata = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            metadata[i] = PageMetadata.isMetadataLine(lines.get(i));
        }
        return metadata;
    }

    /**
     * "Xem thêm: <another article's headline>": the link is dropped; when the article's lede is glued after it
     * ("…(LSO) - Chiều 26/1, …") the lede is what is left. Null when nothing is.
     */
    private static String withoutInlineLink(String line, ParseWork w) {
        Matcher inline = opensWithOneOf(line, "tTxXđĐvV") ? INLINE_RELATED.matcher(line) : null;
        if (inline == null || !inline.matches()) {
            return line;
        }
        Matcher lede = LEDE_AFTER_TAG.matcher(inline.group(1));
        w.warnings.add("dropped a related-news link: '" + Patterns.abbreviate(line, 80) + "'");
        return lede.find() ? inline.group(1).substring(lede.start()).trim() : null;
    }

    /** Telephone lines, site slogans, menus and footers: the page's, never a headline or a paragraph. */
    static boolean isPageFurniture(String line) {
        if (line.length() > 240) {
            return false;
        }
        if (LABELLED_FURNITURE.matcher(line).lookingAt()
                || ((line.indexOf('©') >= 0 || line.toUpperCase(Locale.ROOT).contains("ISSN"))
                        && COPYRIGHT.matcher(line).find())
                || (line.indexOf('|') >= 0 && MENU.matcher(line).matches())) {
            return true;
        }
        // a sentence of the article may name a place or give a number: only a short unpunctuated line is the page's
        return line.length() < SHORT_FURNITURE_CHARS && !RelatedLinks.endsAsASentence(line)
                && (SHORT_FURNITURE.matcher(line).find() || PHONE.matcher(line).find());
    }

    /** A short line with page metadata both before and after it (a site name, a byline in a header). */
    private static boolean betweenMetadata(List<String> lines, boolean[] metadata, int i) {
        if (lines.get(i).length() > 120) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && lines.get(before).isEmpty()) {
            before--;
        }
        int after = i + 1;
        while (after < lines.size() && lines.get(after).isEmpty()) {
            after++;
        }
        return before >= 0 && after < lines.size() && metadata[before] && metadata[after]
                && !PageMetadata.isImageFileName(lines.get(after));
    }

    private static void readMetadata(String line, ParseWork w) {
        if (PageMetadata.IMAGE_URL.matcher(line).matches() && line.indexOf(' ') < 0) {
            LocalDate uploaded = PageMetadata.imageDate(line);
            if (uploaded != null) {
                w.imageDates.add(uploaded);
            }
        }
        if (PageMetadata.URL.matcher(line).matches()) {
            if (w.sourceUrl == null && !PageMetadata.IMAGE_URL.matcher(line).matches()) {
                w.sourceUrl = line;
            }
            return;
        }
        String[] date = PageMetadata.dateParts(line);
        if (date != null) {
            addMetadataDate(w, date[0], date[1], date[2]);
        }
    }

    private static void addMetadataDate(ParseWork w, String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (!w.metadataDates.contains(date)) {
                w.metadataDates.add(date);
            }
        } catch (DateTimeException e) {
            w.warnings.add("ignored an impossible metadata date " + year + "-" + month + "-" + day);
        }
    }

    /**
     * A site's banner or slogan rather than a headline: written in capitals throughout, every word
     * capitalised (Vietnamese headlines capitalise only names), or short phrases between dashes.
     */
    static boolean isBanner(String line) {
        int words = 0;
        int capitalised = 0;
        boolean lowerCase = false;
        for (int start = Words.nextStart(line, 0, line.length()); start >= 0;
                start = Words.nextStart(line, Words.end(line, start, line.length()), line.length())) {
            words++;
            int first = line.codePointAt(start);
            capitalised += Character.isUpperCase(first) || Character.isDigit(first) ? 1 : 0;
            for (int i = start; i < Words.end(line, start, line.length()); i++) {
                lowerCase |= Character.isLowerCase(line.charAt(i));
            }
        }
        // a headline in capitals is as long as a headline; a site's name in capitals is short
        return words >= 3 && ((capitalised == words && lowerCase)
                || (!lowerCase && words < ArticleParser.MIN_HEADLINE_WORDS_BELOW_BANNER) || isSlogan(line));
    }

    /** Three or more short phrases between dashes: "Nhân văn - Tin cậy - Kịp thời". */
    private static boolean isSlogan(String line) {
        String[] phrases = line.split(" [-–] ");
        return phrases.length >= 3 && Arrays.stream(phrases).allMatch(p -> ArticleParser.wordCount(p.trim()) <= 3);
    }

    /** The line's first character is one of {@code firsts}: what a pattern's every match opens with. */
    static boolean opensWithOneOf(String line, String firsts) {
        return !line.isEmpty() && firsts.indexOf(line.charAt(0)) >= 0;
    }
}
