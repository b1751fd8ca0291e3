package org.songsong.core.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.text.Patterns;
import org.songsong.core.text.Sentences;
import org.songsong.core.text.VietnameseText;

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
     * parser-12: every article stores the fingerprint and the place grouping into events reads (V16, V17).
     */
    public static final String VERSION = "parser-13";

    private static final Pattern MARKER = Pattern.compile(
            "^date\\s+(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:\\s+|$|(?=\\p{L}))(.*)$", Pattern.CASE_INSENSITIVE);
    /** How much later than the article's timestamp a header's date must be to be the page's capture day. */
    private static final int DATE_BAR_MIN_DAYS = 2;
    private static final int TITLE_SEARCH_LINES = 8;
    /** Below a banner, a section's name ("An ninh - Quốc phòng") is shorter than a headline. */
    static final int MIN_HEADLINE_WORDS_BELOW_BANNER = 6;
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
    private static final Pattern TRAILING_SENTENCE_END = Pattern.compile("[.!?…/]+$");

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
        ParseWork w = new ParseWork();
        w.lenient = lenient;
        w.warnings.addAll(decodingNotes);
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            lines.add(VietnameseText.clean(raw));
        }
        takeMarker(lines, w);
        List<String> content = PageFurniture.dropPageFurniture(lines, w);
        content = RelatedLinks.dropRelatedLinkLists(content, w);
        List<String> body = CaptionsAndCredits.separateCaptions(content, w);
        if (body.isEmpty()) {
            throw new RejectedFileException("not an article: no text besides captions and page furniture");
        }
        String title = takeTitle(body, w);
        CaptionsAndCredits.dropCredits(body, w);
        takeOutletTag(body, w);
        body = RelatedLinks.dropTrailingLinks(body, w);
        body = CaptionsAndCredits.separatePositionalCaptions(body, w);
        body = PastedTeasers.dropPastedTeasers(body, w, title != null);
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
                w.outletHint, w.marker, mention, List.copyOf(w.metadataDates), List.copyOf(w.imageDates),
                List.copyOf(w.warnings));
    }

    /**
     * "Thứ Hai, 07/12/2026" in a site's header is the day the page was captured, not the article's: a first
     * page date later than the one that follows it (the article's, under its headline) is dropped.
     */
    private static void dropDateBar(ParseWork w) {
        List<LocalDate> dates = w.metadataDates;
        if (dates.size() >= 2 && dates.get(0).isAfter(dates.get(1).plusDays(DATE_BAR_MIN_DAYS))) {
            w.warnings.add("dropped the date bar " + dates.get(0) + ": the day the page was captured, not the article's "
                    + dates.get(1));
            dates.remove(0);
        }
    }

    /** The marker opens the file, or follows the page's address, separator and timestamp lines. */
    private static void takeMarker(List<String> lines, ParseWork w) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()
                    || (PageFurniture.opensWithOneOf(line, "-=_*~") && PageFurniture.SEPARATOR.matcher(line).matches())
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
     * The headline: a first line shaped like one (no closing punctuation) followed by more text, or a
     * headline glued to a lede that opens with a dateline ("… cho Trung Quốc Ngày 14-5, …").
     */
    private static String takeTitle(List<String> body, ParseWork w) {
        String first = body.get(0);
        if (body.size() > 1 && isHeadlineShaped(first) && first.length() <= 250
                && !OUTLET_TAG.matcher(first).matches() && !PageFurniture.isBanner(first)) {
            body.remove(0);
            return first;
        }
        // a site's banner, section name or slogan above the headline: short lines, none of them running text
        for (int i = 1; i < Math.min(TITLE_SEARCH_LINES, body.size() - 1); i++) {
            String line = body.get(i);
            if (line.length() > 90 || RelatedLinks.isRunningText(body.get(i - 1)) || body.get(i - 1).length() > 90) {
                break;
            }
            if (isHeadlineShaped(line) && !OUTLET_TAG.matcher(line).matches() && !PageFurniture.isBanner(line)
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

    /** The outlet's tag in front of the lede ("VOV.VN - Sau hội đàm, …"), kept as a hint to the outlet. */
    private static void takeOutletTag(List<String> body, ParseWork w) {
        Matcher m = OUTLET_TAG.matcher(body.get(0));
        if (m.matches() && m.group(3).length() > 20) {
            w.outletHint = m.group(1) != null ? m.group(1).trim() : m.group(2);
            body.set(0, m.group(3).trim());
        }
    }

    /**
     * Some scrapes join a whole article into one line. Such a line is cut at sentence ends into
     * paragraphs of readable length, so reading and translating it paragraph by paragraph works.
     */
    private static List<String> splitRunOnParagraphs(List<String> body, ParseWork w) {
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
}
