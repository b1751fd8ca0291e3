package org.songsong.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to other articles on a page: blocks under a heading ("Tin liên quan", "Đọc nhiều"), which end where
 * the article's own text resumes, and links that carry their dates. What they name is never the article's.
 */
final class RelatedLinks {

    /** Headings after which nothing is the article's: readers' comments and most-read lists. */
    static final String TERMINAL_HEADINGS = "bình luận|ý kiến bạn đọc|đọc nhiều|xem nhiều|tin đọc nhiều|"
            + "tin xem nhiều|đọc nhiều nhất|xem nhiều nhất|tin mới cập nhật";
    static final Pattern TERMINAL_HEADING = Pattern.compile("^(?:" + TERMINAL_HEADINGS + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern RELATED_HEADING = Pattern.compile(
            "^(?:tin liên quan|tin cùng chuyên mục|tin bài liên quan|bài liên quan|bài viết liên quan|"
                    + "xem thêm|đọc thêm|tin khác|các tin khác|tin mới nhất|tin mới|có thể bạn quan tâm|"
                    + "bạn có thể quan tâm|tin nổi bật|nổi bật|mới cập nhật|tiêu điểm|tin tiêu điểm|tin tức khác|bài khác|"
                    + "các bài khác|đọc tiếp|xem tiếp|" + TERMINAL_HEADINGS + ")(?:\\s+trong\\s+(?:ngày|tuần|tháng))?\\s*(?:\\(\\d+\\))?\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern DATED_LINK = Pattern.compile(
            "^[^.!?]{15,160}?(?:\\s*\\(\\d{1,2}/\\d{1,2}/\\d{4}\\)|\\s+[-–]\\s+\\d{1,2}/\\d{1,2}/\\d{4})$");
    /** Lines (an author, a tag, a line of buttons) that may stand between a headline's timestamp and its lede. */
    static final int LINES_TO_THE_LEDE = 3;
    /** The shortest line that reads as a sentence of an article's text. */
    static final int MIN_SENTENCE_CHARS = 60;
    static final int RUNNING_TEXT_CHARS = 160;
    static final int MAX_LINK_CHARS = 160;
    private static final int MIN_TRAILING_LINKS = 2;
    private static final Pattern BULLET = Pattern.compile("^[-•+*>»]\\s+(.+)$");

    private RelatedLinks() {
    }

    /**
     * Where the article resumes after the block of links headed by line {@code heading}: at its running text
     * or its headline over a timestamp. "Bình luận", "Đọc nhiều" end the article only below its text; above it
     * they head a sidebar.
     */
    static int relatedBlockEnd(List<String> lines, boolean[] metadata, int heading, List<String> out,
            boolean lenient) {
        String line = lines.get(heading);
        // the article's text has begun once a line reads as a sentence: a sidebar's headlines do not, nor does a
        // search box's "Tìm kiếm..."
        boolean belowTheText = out.stream()
                .anyMatch(l -> l.length() >= MIN_SENTENCE_CHARS && endsAsASentence(l));
        boolean ends = TERMINAL_HEADING.matcher(line).find() && belowTheText;
        int resumes = ends ? lines.size() : heading + 1;
        String link = line;
        while (resumes < lines.size() && !resumesTheArticle(link, lines.get(resumes), lenient)
                && (belowTheText || !headlineOverItsTimestamp(lines, metadata, resumes))) {
            // a link's own date line is not the link: the headline above it is what a teaser's lede repeats
            link = lines.get(resumes).isEmpty() || metadata[resumes] ? link : lines.get(resumes);
            resumes++;
        }
        return resumes;
    }

    /**
     * The article's headline at {@code i} after a sidebar of links: a line without a sentence's end over a
     * timestamp line, with running text right below it (a link's own date line has more links below it).
     */
    static boolean headlineOverItsTimestamp(List<String> lines, boolean[] metadata, int i) {
        String line = lines.get(i);
        if (line.isEmpty() || metadata[i] || endsAsASentence(line) || i + 1 >= lines.size() || !metadata[i + 1]) {
            return false;
        }
        for (int j = i + 2, seen = 0; j < lines.size() && seen < LINES_TO_THE_LEDE; j++) {
            if (lines.get(j).isEmpty() || metadata[j]) {
                continue;
            }
            if (isRunningText(lines.get(j)) || lines.get(j).length() >= RUNNING_TEXT_CHARS) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** A paragraph of running text that is not the lede of the teaser whose headline {@code link} is. */
    static boolean resumesTheArticle(String link, String line, boolean lenient) {
        return isRunningText(line) && (lenient || !PastedTeasers.isGluedTeaser(link + " " + line));
    }

    /** "Khởi tố đối tượng lừa bán 2 thiếu nữ (12/01/2017)", "… ở Hải Hà - 25/03/2026": a link with its date. */
    static boolean isDatedLink(String line) {
        if (line.isEmpty() || line.length() > MAX_LINK_CHARS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return (last == ')' || Character.isDigit(last)) && DATED_LINK.matcher(line).matches();
    }

    /** Lists of links to other articles: bullet lines shaped like headlines (no closing punctuation). */
    static List<String> dropRelatedLinkLists(List<String> lines, ParseWork w) {
        List<String> out = new ArrayList<>();
        int dropped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = BULLET.matcher(line);
            if ((m.matches() && ArticleParser.isHeadlineShaped(m.group(1)))
                    || (isDatedLink(line) && ((i > 0 && isDatedLink(lines.get(i - 1)))
                            || (i + 1 < lines.size() && isDatedLink(lines.get(i + 1)))))) {
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
     * Links to other articles after the last paragraph, with no heading: two or more headline-shaped lines
     * closing the page ("Bắt giữ đối tượng … (12/3/2023)"); the article ends at its last sentence.
     */
    static List<String> dropTrailingLinks(List<String> body, ParseWork w) {
        int end = body.size();
        while (end > 1 && ArticleParser.isHeadlineShaped(body.get(end - 1)) && body.get(end - 1).length() <= MAX_LINK_CHARS
                && !CaptionsAndCredits.NAME_LINE.matcher(body.get(end - 1)).matches()) {
            end--;
        }
        if (body.size() - end < MIN_TRAILING_LINKS || end == 0) {
            return body;
        }
        w.warnings.add("dropped " + (body.size() - end) + " links to other articles after the last paragraph");
        return new ArrayList<>(body.subList(0, end));
    }

    /**
     * The article's own text resuming after a block of links: a paragraph longer than a headline, ending as a
     * sentence does. A teaser pasted there is a headline and a lede, which
     * {@link PastedTeasers#isGluedTeaser} catches.
     */
    static boolean isRunningText(String line) {
        return line.length() >= RUNNING_TEXT_CHARS && endsAsASentence(line);
    }

    static boolean endsAsASentence(String line) {
        char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == '"' || last == '”';
    }
}
