package org.songsong.core.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.text.Patterns;
import org.songsong.core.text.Sentences;
import org.songsong.core.text.VietnameseText;
import org.songsong.core.text.Words;

/**
 * Turns a scraped news page, as text, into an article.
 *
 * <p>Scrapes of Vietnamese news sites share a handful of layouts: a URL line and separator lines; a
 * leading {@code date YYYY-MM} marker; a headline followed by a lede, or no headline at all; page
 * metadata (timestamps, image file names); photo captions with photographer credits, sometimes glued to
 * the first paragraph; duplicated lines; "Tin liên quan" blocks and lists of related links; a teaser of
 * another article pasted into the body. The parser recognises these by their shape, not by the site,
 * so it works on articles it has never seen. It keeps the article's wording (only made NFC).
 */
public final class ArticleParser {

    /**
     * Changes whenever parsing, or what is stored of it, gives different results, so unchanged files are
     * parsed again. parser-6: dates weighed from every piece of evidence, and the page's publication day kept.
     */
    public static final String VERSION = "parser-10";

    private static final Pattern MARKER = Pattern.compile(
            "^date\\s+(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:\\s+|$|(?=\\p{L}))(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("^[-=_*~]{5,}$");
    /** How much later than the article's timestamp a header's date must be to be the page's capture day. */
    private static final int DATE_BAR_MIN_DAYS = 2;
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
    static final int RUNNING_TEXT_CHARS = 160;
    private static final int TITLE_SEARCH_LINES = 8;
    static final int MAX_LINK_CHARS = 160;
    private static final int MIN_TRAILING_LINKS = 2;
    /** Below a banner, a section's name ("An ninh - Quốc phòng") is shorter than a headline. */
    private static final int MIN_HEADLINE_WORDS_BELOW_BANNER = 6;
    /** Words that open a sentence of the running text and never a headline ("Thay mặt lãnh đạo Bộ Công an, …"). */
    private static final Pattern SENTENCE_OPENER = Pattern.compile(
            "^(?:thay mặt|theo|tại|trong|với|sau khi|để|nhằm|về phía|phát biểu|trước đó|bên cạnh|ngoài ra|đồng thời|"
                    + "cũng|qua|từ|khi|hiện|dịp này)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^[-•+*>»]\\s+(.+)$");
    /** A photo credit in parentheses: "(Ảnh: Doãn Tấn/TTXVN)", "(Ảnh do cơ quan công an cung cấp)". */
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "\\(\\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|nguồn|video|clip)\\b\\s*:?\\s*([^)]{0,120})\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A credit after the caption's last sentence: "... hội đàm. Ảnh Bộ Công an", "... Nguồn: TTXVN." */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "^(.{10,}?[.!?…])\\s+(?:[Ảả]nh|[Nn]guồn)\\s*:?\\s+(\\p{Lu}[^.!?]{1,59}?)\\.?$");
    private static final Pattern OUTLET_TAG = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,3}\\s(?=\\())?"
                    + "(?:\\(([^()]{2,30})\\)|\\(?((?:[A-ZĐ][A-Za-zĐđ]*\\.)?[A-ZĐ]{2,}(?:\\.(?:VN|vn|COM|com))?|Dân trí|Dân Việt|Tuổi Trẻ|Thanh Niên)\\)?)"
                    + "\\s*[-–—]\\s*(.+)$");
    private static final Pattern GLUED_TITLE = Pattern.compile(
            "^([^.!?…:;]{15,220}?[^,\\s])\\s+((?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày|Hôm nay|Hôm qua)\\s*\\(?\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}.*)$");
    private static final Pattern LEADING_DATELINE = Pattern.compile(
            "^(?:(?:rạng sáng|sáng|chiều|tối|trưa|đêm|ngày|hôm nay|hôm qua)\\s*(?:nay\\s*)?\\(?\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}"
                    + "(?:\\s*[/.-]\\s*\\d{4})?\\)?\\s*,?\\s*)(?:tại [^,]{2,60},\\s*(?=(?-i)\\p{Lu}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A reporter's or photographer's name standing alone: "Trần Văn Hải", "MINH AN". */
    private static final Pattern NAME_LINE = Pattern.compile("^\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){1,3}$");
    private static final Pattern TRAILING_CAPS_CREDIT = Pattern.compile(
            "^(.*[.!?…”\"])\\s+(\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){1,3})$");

    private static final int MAX_PARAGRAPH = 1200;
    private static final int SPLIT_TARGET = 450;
    private static final int MAX_TITLE = 200;
    private static final int MIN_ARTICLE_CHARS = 150;

    /** Parses one file's bytes; a file that cannot be an article is rejected with the reason. */
    public ParsedArticle parse(byte[] bytes) throws RejectedFileException {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        return parse(decoded.text(), decoded.notes());
    }

    public ParsedArticle parse(String text) throws RejectedFileException {
        return parse(text, List.of());
    }

    private ParsedArticle parse(String text, List<String> decodingNotes) throws RejectedFileException {
        try {
            return parse(text, decodingNotes, false);
        } catch (RejectedFileException tooLittleLeft) {
            // a short item under a sidebar of links reads like one more teaser: rather than lose it, parse again
            // letting any running text end a block of links
            ParsedArticle again;
            try {
                again = parse(text, decodingNotes, true);
            } catch (RejectedFileException stillTooLittle) {
                throw tooLittleLeft;
            }
            List<String> warnings = new ArrayList<>(again.warnings());
            warnings.add("parsed again keeping the running text below a block of links: cleaning as usual left "
                    + "too little (" + tooLittleLeft.getMessage() + ")");
            return again.withWarnings(warnings);
        }
    }

    private ParsedArticle parse(String text, List<String> decodingNotes, boolean lenient) throws RejectedFileException {
        Work w = new Work();
        w.lenient = lenient;
        w.warnings.addAll(decodingNotes);
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            lines.add(VietnameseText.clean(raw));
        }
        takeMarker(lines, w);
        List<String> content = dropPageFurniture(lines, w);
        content = dropRelatedLinkLists(content, w);
        List<String> body = separateCaptions(content, w);
        if (body.isEmpty()) {
            throw new RejectedFileException("not an article: no text besides captions and page furniture");
        }
        String title = takeTitle(body, w);
        dropCredits(body, w);
        takeOutletTag(body, w);
        body = dropTrailingLinks(body, w);
        body = separatePositionalCaptions(body, w);
        body = dropPastedTeasers(body, w, title != null);
        if (title == null && w.gluedHeadline != null) {
            title = w.gluedHeadline;
            w.warnings.add("the headline was glued to the lede: split from it");
        }
        body = splitRunOnParagraphs(body, w);
        if (body.isEmpty()) {
            throw new RejectedFileException("not an article: no paragraph of text found");
        }
        int chars = body.stream().mapToInt(String::length).sum();
        if (chars < MIN_ARTICLE_CHARS) {
            throw new RejectedFileException("not an article: only " + chars + " characters of text after cleaning");
        }
        boolean derived = false;
        if (title == null) {
            title = deriveTitle(body.get(0));
            derived = true;
            w.warnings.add("no headline in the file: title derived from the lede");
        }
        DateMention mention = findDateMention(derived ? null : title, body, w.captions);
        dropDateBar(w);
        return new ParsedArticle(title, derived, List.copyOf(body), List.copyOf(w.captions), w.sourceUrl,
                w.outletHint, w.marker, mention, List.copyOf(w.metadataDates), List.copyOf(w.warnings));
    }

    /**
     * "Thứ Hai, 07/12/2026" in a site's header is the day the page was captured, not the article's: a first
     * page date later than the one that follows it (the article's, under its headline) is dropped.
     */
    private static void dropDateBar(Work w) {
        List<LocalDate> dates = w.metadataDates;
        if (dates.size() >= 2 && dates.get(0).isAfter(dates.get(1).plusDays(DATE_BAR_MIN_DAYS))) {
            w.warnings.add("dropped the date bar " + dates.get(0) + ": the day the page was captured, not the article's "
                    + dates.get(1));
            dates.remove(0);
        }
    }

    /** Mutable state of one parse. */
    private static final class Work {
        final List<String> warnings = new ArrayList<>();
        final List<Caption> captions = new ArrayList<>();
        final Set<String> captionKeys = new HashSet<>();
        final List<LocalDate> metadataDates = new ArrayList<>();
        DateMarker marker;
        String sourceUrl;
        /** The article's own headline, found glued to its lede where no headline stood above it. */
        String gluedHeadline;
        /** Any running text ends a block of links, even one shaped like a teaser of another article. */
        boolean lenient;
        String outletHint;
        /** Indexes (in the content list) of lines that directly follow an image file name. */
        final Set<String> afterImage = new HashSet<>();

        void addCaption(String text, String credit) {
            String clean = stripCaptionEnd(text);
            if (clean.isEmpty()) {
                return;
            }
            if (captionKeys.add(VietnameseText.matchKey(clean))) {
                captions.add(new Caption(clean, credit == null || credit.isBlank() ? null : credit.trim()));
            }
        }
    }

    /** The marker opens the file, or follows the page's address, separator and timestamp lines. */
    private static void takeMarker(List<String> lines, Work w) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || (opensWithOneOf(line, "-=_*~") && SEPARATOR.matcher(line).matches())
                    || PageMetadata.isMetadataLine(line)) {
                continue;
            }
            Matcher m = MARKER.matcher(lines.get(i));
            if (lines.get(i).regionMatches(true, 0, "date", 0, 4) && m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                Integer day = m.group(3) == null ? null : Integer.parseInt(m.group(3));
                if (month >= 1 && month <= 12 && (day == null || validDay(year, month, day))) {
                    w.marker = new DateMarker(year, month, day);
                } else {
                    w.warnings.add("ignored an impossible date marker '" + m.group(1) + "-" + m.group(2)
                            + (day == null ? "" : "-" + m.group(3)) + "'");
                }
                lines.set(i, m.group(4).trim());
            }
            return;
        }
    }

    /**
     * Removes what belongs to the page rather than the article: separators, URLs and page metadata,
     * image file names, "follow us" lines, related-news blocks, and lines repeated verbatim.
     */
    private static List<String> dropPageFurniture(List<String> lines, Work w) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean[] metadata = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            metadata[i] = PageMetadata.isMetadataLine(lines.get(i));
        }
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

    /**
     * "Xem thêm: <another article's headline>": the link is dropped; when the article's lede is glued after it
     * ("…(LSO) - Chiều 26/1, …") the lede is what is left. Null when nothing is.
     */
    private static String withoutInlineLink(String line, Work w) {
        Matcher inline = opensWithOneOf(line, "tTxXđĐvV") ? INLINE_RELATED.matcher(line) : null;
        if (inline == null || !inline.matches()) {
            return line;
        }
        Matcher lede = LEDE_AFTER_TAG.matcher(inline.group(1));
        w.warnings.add("dropped a related-news link: '" + Patterns.abbreviate(line, 80) + "'");
        return lede.find() ? inline.group(1).substring(lede.start()).trim() : null;
    }

    /**
     * The article's own text resuming after a block of links: a paragraph longer than a headline, ending as a
     * sentence does. A teaser pasted there is a headline and a lede, which {@link #isGluedTeaser} catches.
     */
    static boolean isRunningText(String line) {
        return line.length() >= RUNNING_TEXT_CHARS && endsAsASentence(line);
    }

    static boolean endsAsASentence(String line) {
        char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == '"' || last == '”';
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
        return line.length() < SHORT_FURNITURE_CHARS && !endsAsASentence(line)
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

    private static void readMetadata(String line, Work w) {
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

    private static void addMetadataDate(Work w, String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (!w.metadataDates.contains(date)) {
                w.metadataDates.add(date);
            }
        } catch (DateTimeException e) {
            w.warnings.add("ignored an impossible metadata date " + year + "-" + month + "-" + day);
        }
    }

    /** Lists of links to other articles: bullet lines shaped like headlines (no closing punctuation). */
    private static List<String> dropRelatedLinkLists(List<String> lines, Work w) {
        List<String> out = new ArrayList<>();
        int dropped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = BULLET.matcher(line);
            if ((m.matches() && isHeadlineShaped(m.group(1)))
                    || (RelatedLinks.isDatedLink(line) && ((i > 0 && RelatedLinks.isDatedLink(lines.get(i - 1)))
                            || (i + 1 < lines.size() && RelatedLinks.isDatedLink(lines.get(i + 1)))))) {
                dropped++;
                continue;
            }
            out.add(line);
        }
        if (dropped > 0) {
            w.warnings.add("dropped a list of " + dropped + " related link" + (dropped == 1 ? "" : "s"));
        }
        return out;
    }

    /**
     * Takes out photo captions recognised by their credit or their trailing bar, splitting a caption
     * glued to the start of a paragraph ("… Phong. (Ảnh: Doãn Tấn/TTXVN) Sáng 21/3, …").
     */
    private static List<String> separateCaptions(List<String> lines, Work w) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.endsWith("|")) {
                w.addCaption(line.substring(0, line.length() - 1), null);
                continue;
            }
            // each pattern is run only on a line holding the text it cannot match without
            Matcher paren = parenCredit(line);
            if (paren != null) {
                String caption = line.substring(0, paren.start()).trim();
                String rest = LEADING_PUNCTUATION.matcher(line.substring(paren.end())).replaceFirst("").trim();
                if (!caption.isEmpty() || rest.isEmpty()) {
                    w.addCaption(caption, paren.group(1));
                    if (!rest.isEmpty()) {
                        w.warnings.add("split a photo caption from the paragraph it was glued to");
                        out.add(rest);
                    }
                    continue;
                }
            }
            Matcher trailing = TRAILING_CREDIT.matcher(line);
            if (line.length() < 400 && mayHoldTrailingCredit(line) && trailing.matches()) {
                w.addCaption(trailing.group(1), trailing.group(2));
                continue;
            }
            if (w.afterImage.contains(line) && line.length() < 300) {
                w.addCaption(line, null);
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /**
     * The headline: a first line shaped like one (no closing punctuation) followed by more text, or a
     * headline glued to a lede that opens with a dateline ("… cho Trung Quốc Ngày 14-5, …").
     */
    private static String takeTitle(List<String> body, Work w) {
        String first = body.get(0);
        if (body.size() > 1 && isHeadlineShaped(first) && first.length() <= 250
                && !OUTLET_TAG.matcher(first).matches() && !isBanner(first)) {
            body.remove(0);
            return first;
        }
        // a site's banner, section name or slogan above the headline: short lines, none of them running text
        for (int i = 1; i < Math.min(TITLE_SEARCH_LINES, body.size() - 1); i++) {
            String line = body.get(i);
            if (line.length() > 90 || isRunningText(body.get(i - 1)) || body.get(i - 1).length() > 90) {
                break;
            }
            if (isHeadlineShaped(line) && !OUTLET_TAG.matcher(line).matches() && !isBanner(line)
                    && wordCount(line) >= MIN_HEADLINE_WORDS_BELOW_BANNER) {
                for (String above : body.subList(0, i)) {
                    w.warnings.add("dropped page furniture above the headline: '" + Patterns.abbreviate(above, 80) + "'");
                }
                body.subList(0, i + 1).clear();
                return line;
            }
        }
        Matcher glued = GLUED_TITLE.matcher(first);
        if (glued.matches() && glued.group(1).split(" ").length >= 4) {
            body.set(0, glued.group(2));
            w.warnings.add("split the headline from the lede it was glued to");
            return glued.group(1).trim();
        }
        return null;
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
        return words >= 3 && ((capitalised == words && lowerCase) || (!lowerCase && words < MIN_HEADLINE_WORDS_BELOW_BANNER)
                || isSlogan(line));
    }

    /** Three or more short phrases between dashes: "Nhân văn - Tin cậy - Kịp thời". */
    private static boolean isSlogan(String line) {
        String[] phrases = line.split(" [-–] ");
        return phrases.length >= 3 && Arrays.stream(phrases).allMatch(p -> wordCount(p.trim()) <= 3);
    }

    /** The outlet's tag in front of the lede ("VOV.VN - Sau hội đàm, …"), kept as a hint to the outlet. */
    private static void takeOutletTag(List<String> body, Work w) {
        Matcher m = OUTLET_TAG.matcher(body.get(0));
        if (m.matches() && m.group(3).length() > 20) {
            w.outletHint = m.group(1) != null ? m.group(1).trim() : m.group(2);
            body.set(0, m.group(3).trim());
        }
    }

    /**
     * Links to other articles after the last paragraph, with no heading: two or more headline-shaped lines
     * closing the page ("Bắt giữ đối tượng … (12/3/2023)"); the article ends at its last sentence.
     */
    private static List<String> dropTrailingLinks(List<String> body, Work w) {
        int end = body.size();
        while (end > 1 && isHeadlineShaped(body.get(end - 1)) && body.get(end - 1).length() <= MAX_LINK_CHARS
                && !NAME_LINE.matcher(body.get(end - 1)).matches()) {
            end--;
        }
        if (body.size() - end < MIN_TRAILING_LINKS || end == 0) {
            return body;
        }
        w.warnings.add("dropped " + (body.size() - end) + " links to other articles after the last paragraph");
        return new ArrayList<>(body.subList(0, end));
    }

    /**
     * Captions without a credit, recognised by shape and place: a short headline-shaped line between
     * paragraphs is the caption of a photo there, not part of the running text.
     */
    private static List<String> separatePositionalCaptions(List<String> body, Work w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (i > 0 && i < body.size() - 1 && isHeadlineShaped(line) && line.length() <= 160
                    && !NAME_LINE.matcher(line).matches()) {
                w.addCaption(line, null);
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /** Reporters' and photographers' names: alone on a line, or in capitals after the last sentence. */
    private static void dropCredits(List<String> body, Work w) {
        for (int i = body.size() - 1; i >= 0; i--) {
            String line = body.get(i);
            if (body.size() > 1 && NAME_LINE.matcher(line).matches() && line.length() <= 40) {
                body.remove(i);
                w.warnings.add("dropped a credit line: '" + line + "'");
            }
        }
        if (body.isEmpty()) {
            return;
        }
        int last = body.size() - 1;
        Matcher m = TRAILING_CAPS_CREDIT.matcher(body.get(last));
        // the pattern backtracks through the whole paragraph: it is only tried on one that ends in a capital
        if (endsInCapital(body.get(last)) && m.matches()) {
            body.set(last, m.group(1));
            w.warnings.add("dropped the credit '" + m.group(2) + "' after the last paragraph");
        }
    }

    /**
     * A teaser of another article pasted into the body: its headline glued to its lede, the lede
     * repeating the headline's words ("Việt Nam-Trung Quốc thúc đẩy giao lưu … nhân dân Thường trực Ban
     * Bí thư … thúc đẩy giao lưu giữa các tầng lớp nhân dân.").
     */
    private static List<String> dropPastedTeasers(List<String> body, Work w, boolean titled) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String paragraph = body.get(i);
            int headlineEnd = i > 0 || !titled ? gluedHeadlineEnd(paragraph) : -1;
            if (headlineEnd >= 0 && !titled && w.gluedHeadline == null && out.stream().noneMatch(ArticleParser::isRunningText)) {
                // no headline yet and no text above: the article's own headline glued to its lede, under a banner
                out.forEach(above -> w.warnings.add("dropped page furniture above the headline: '"
                        + Patterns.abbreviate(above, 80) + "'"));
                out.clear();
                w.gluedHeadline = paragraph.substring(0, headlineEnd).trim();
                out.add(paragraph.substring(headlineEnd).trim());
                continue;
            }
            if (i > 0 && headlineEnd >= 0) {
                w.warnings.add("dropped a teaser of another article: '" + Patterns.abbreviate(paragraph, 80) + "'");
                continue;
            }
            out.add(paragraph);
        }
        return out;
    }

    static boolean isGluedTeaser(String paragraph) {
        return gluedHeadlineEnd(paragraph) >= 0;
    }

    /** Where the headline of a headline glued to its lede ends, or -1 when the paragraph is not one. */
    private static int gluedHeadlineEnd(String paragraph) {
        if (paragraph.length() > 2000 || opensASentence(paragraph)) {
            // a teaser is a headline and a lede, never a long text nor a sentence of the article's own
            return -1;
        }
        // a headline ends within the first 25 words and 6 more must follow: the words are the paragraph's
        // first 32 parts between single spaces, the last holding the rest of the paragraph, read in place
        int[] starts = new int[32];
        int parts = 1;
        for (int at = paragraph.indexOf(' '); at >= 0 && parts < starts.length; at = paragraph.indexOf(' ', at + 1)) {
            starts[parts++] = at + 1;
        }
        TeaserKeys keys = null;
        int[] headlineEnds = null;
        for (int k = 4; k <= Math.min(25, parts - 6); k++) {
            int offset = starts[k]; // where the word after the headline starts
            if (starts[k - 1] == offset - 1 || offset == paragraph.length() || paragraph.charAt(offset) == ' '
                    || !Character.isUpperCase(paragraph.codePointAt(offset))
                    || !Character.isLowerCase(paragraph.codePointAt(starts[k - 1]))) {
                continue; // an empty part (two spaces) is no word
            }
            if (headlineEnds == null) {
                headlineEnds = headlineEnds(paragraph);
            }
            // the headline is the paragraph's first offset - 1 characters: punctuation there, on one line, ends the search
            if (headlineEnds[0] < offset - 1 && headlineEnds[1] >= offset - 1) {
                return -1;
            }
            String headline = paragraph.substring(0, offset - 1);
            if (keys == null) {
                keys = new TeaserKeys(paragraph);
            }
            // the keys of the headline and of the rest: parts of the paragraph's key where it lines up with
            // the paragraph, else keys of their own
            String[] headlineWords = (keys.aligned ? keys.key.substring(0, offset - 1)
                    : VietnameseText.matchKey(headline)).split(" ");
            String restKey = keys.aligned ? keys.key : VietnameseText.matchKey(paragraph.substring(offset));
            int restStart = keys.aligned ? offset : 0;
            String tail = String.join(" ", Arrays.copyOfRange(headlineWords,
                    Math.max(0, headlineWords.length - 4), headlineWords.length));
            int shared = 0;
            for (String headlineWord : headlineWords) {
                shared += hasWordFrom(restKey, headlineWord, restStart) ? 1 : 0;
            }
            if (restKey.indexOf(tail, restStart) >= 0 && shared * 2 >= headlineWords.length) {
                return offset - 1;
            }
        }
        return -1;
    }

    static boolean opensASentence(String paragraph) {
        return SENTENCE_OPENER.matcher(paragraph).lookingAt();
    }

    /** Where the paragraph's first headline punctuation and its first line end stand (its length where there is none). */
    private static int[] headlineEnds(String paragraph) {
        int punctuation = paragraph.length();
        for (int i = 0; i < paragraph.length() && punctuation == paragraph.length(); i++) {
            switch (paragraph.charAt(i)) {
                case '.', ',', ';', ':', '!', '?', '…', '“', '”', '"', '(', ')' -> punctuation = i;
                default -> {
                }
            }
        }
        int lineEnd = 0;
        while (lineEnd < paragraph.length() && !Patterns.isLineTerminator(paragraph.charAt(lineEnd))) {
            lineEnd++;
        }
        return new int[] { punctuation, lineEnd };
    }

    /**
     * A paragraph's match key, read once for every place a headline might end in it. When the key is
     * character for character the paragraph's (the paragraph is clean, has no control characters, and
     * lower-casing it changes no length and no letter by its context), the key of the text after a word is
     * that part of the key.
     */
    private static final class TeaserKeys {
        final String key;
        final boolean aligned;

        TeaserKeys(String paragraph) {
            key = VietnameseText.matchKey(paragraph);
            aligned = key.length() == paragraph.length() && paragraph.indexOf('\u03A3') < 0
                    && paragraph.chars().allMatch(c -> c >= ' ') // cleaning trims control characters off a part
                    && paragraph.equals(VietnameseText.clean(paragraph));
        }
    }

    /**
     * {@code word} is one of the words (runs of letters and digits) of {@code key} at {@code from} or after;
     * {@code from} starts a word.
     */
    private static boolean hasWordFrom(String key, String word, int from) {
        if (word.isEmpty() || Words.end(word, 0, word.length()) != word.length()) {
            return false;
        }
        for (int at = key.indexOf(word, from); at >= 0; at = key.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean starts = at == from || !Words.isWordCodePoint(key.codePointBefore(at));
            if (starts && (end == key.length() || !Words.isWordCodePoint(key.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");
    private static final Pattern TRAILING_SENTENCE_END = Pattern.compile("[.!?…/]+$");
    private static final Pattern TRAILING_CAPTION_END = Pattern.compile("[\\s|]+$");

    /**
     * Some scrapes join a whole article into one line. Such a line is cut at sentence ends into
     * paragraphs of readable length, so reading and translating it paragraph by paragraph works.
     */
    private static List<String> splitRunOnParagraphs(List<String> body, Work w) {
        List<String> out = new ArrayList<>();
        for (String paragraph : body) {
            if (paragraph.length() <= MAX_PARAGRAPH) {
                out.add(paragraph);
                continue;
            }
            List<String> sentences = Sentences.split(paragraph);
            if (sentences.size() < 3) {
                out.add(paragraph);
                continue;
            }
            int before = out.size();
            StringBuilder current = new StringBuilder();
            for (String sentence : sentences) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(sentence);
                if (current.length() >= SPLIT_TARGET) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            }
            if (current.length() > 0) {
                if (current.length() < SPLIT_TARGET / 3 && out.size() > before) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + current);
                } else {
                    out.add(current.toString());
                }
            }
            w.warnings.add("split a run-on line of " + paragraph.length() + " characters into "
                    + (out.size() - before) + " paragraphs at sentence ends");
        }
        return out;
    }

    /** The text's last character is a capital, or a line end a pattern's {@code $} could stand before. */
    private static boolean endsInCapital(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return Patterns.isLineTerminator(last) || Character.getType(text.codePointBefore(text.length())) == Character.UPPERCASE_LETTER;
    }

    /** A title made from the lede's first sentence, without its dateline ("Ngày 19/2, tại Hà Nội, …"). */
    static String deriveTitle(String lede) {
        String sentence = Sentences.split(lede).get(0);
        String withoutDateline = LEADING_DATELINE.matcher(sentence).replaceFirst("");
        String title = TRAILING_SENTENCE_END.matcher(withoutDateline).replaceAll("").trim();
        if (title.isEmpty()) {
            title = sentence;
        }
        title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
        if (title.length() > MAX_TITLE) {
            String cut = title.substring(0, MAX_TITLE);
            int comma = cut.lastIndexOf(", ");
            int space = cut.lastIndexOf(' ');
            title = (comma > MAX_TITLE / 2 ? cut.substring(0, comma) : cut.substring(0, space)) + " …";
        }
        return title;
    }

    /**
     * The article's day phrase: the first of the running text ("Sáng 21/3", "Ngày 28-11", "Hôm nay (23/8)")
     * that dates no birth, span start or earlier event, else the headline's, else the text's first; a
     * caption's only when the text has none (a caption's date is often a file photo's).
     */
    private static DateMention findDateMention(String title, List<String> body, List<Caption> captions) {
        // paragraph by paragraph: the first day that is not aside ends the search, usually in the lede
        DatePhrases.DayPhrase firstInParagraphs = null;
        for (int block = 0; block < body.size(); block++) {
            for (DatePhrases.DayPhrase day : DatePhrases.days(body.get(block), block)) {
                if (!day.aside()) {
                    return day.mention();
                }
                firstInParagraphs = firstInParagraphs == null ? day : firstInParagraphs;
            }
        }
        List<DatePhrases.DayPhrase> titleDays = title == null ? List.of() : DatePhrases.days(List.of(title), List.of());
        Optional<DatePhrases.DayPhrase> found = titleDays.stream().filter(d -> !d.aside()).findFirst();
        if (found.isEmpty() && firstInParagraphs != null) {
            found = Optional.of(firstInParagraphs);
        }
        if (found.isEmpty()) {
            found = DatePhrases.days(List.of(), captions.stream().map(Caption::text).toList()).stream().findFirst();
        }
        return found.map(DatePhrases.DayPhrase::mention).orElse(null);
    }

    static boolean validDay(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Shaped like a headline or caption: some words, and no sentence punctuation at the end. */
    static boolean isHeadlineShaped(String line) {
        if (line.length() < 8 || wordCount(line) < 3) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?…:;,".indexOf(last) < 0 && !line.endsWith("./.");
    }

    /** The words {@link #TRAILING_CREDIT} introduces a credit with, as it spells them. */
    /** The first credit in parentheses, tried at each opening bracket only; null when there is none. */
    private static Matcher parenCredit(String line) {
        Matcher credit = null;
        for (int at = line.indexOf('('); at >= 0; at = line.indexOf('(', at + 1)) {
            credit = credit == null ? PAREN_CREDIT.matcher(line) : credit;
            if (credit.region(at, line.length()).lookingAt()) {
                return credit;
            }
        }
        return null;
    }

    /** The line's first character is one of {@code firsts}: what a pattern's every match opens with. */
    static boolean opensWithOneOf(String line, String firsts) {
        return !line.isEmpty() && firsts.indexOf(line.charAt(0)) >= 0;
    }

    private static boolean mayHoldTrailingCredit(String line) {
        return line.contains("ảnh") || line.contains("Ảnh") || line.contains("nguồn") || line.contains("Nguồn");
    }

    /** {@code line.split(" ").length}, without making the parts. */
    static int wordCount(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--; // split drops the empty parts at the end
        }
        if (end == 0) {
            return line.isEmpty() ? 1 : 0;
        }
        int parts = 1;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == ' ') {
                parts++;
            }
        }
        return parts;
    }

    private static String stripCaptionEnd(String text) {
        return TRAILING_CAPTION_END.matcher(text.trim()).replaceAll("").trim();
    }
}
