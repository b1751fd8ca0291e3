package org.songsong.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.text.Patterns;

/**
 * Photo captions, set apart from the text by their credit, their trailing bar or their shape and place,
 * and reporters' and photographers' names, dropped.
 */
final class CaptionsAndCredits {

    /** A photo credit in parentheses: "(Ảnh: Doãn Tấn/TTXVN)", "(Ảnh do cơ quan công an cung cấp)". */
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "\\(\\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|nguồn|video|clip)\\b\\s*:?\\s*([^)]{0,120})\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A credit after the caption's last sentence: "... hội đàm. Ảnh Bộ Công an", "... Nguồn: TTXVN." */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "^(.{10,}?[.!?…])\\s+(?:[Ảả]nh|[Nn]guồn)\\s*:?\\s+(\\p{Lu}[^.!?]{1,59}?)\\.?$");
    /** A reporter's or photographer's name standing alone: "Trần Văn Hải", "MINH AN". */
    static final Pattern NAME_LINE = Pattern.compile("^\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){1,3}$");
    private static final Pattern TRAILING_CAPS_CREDIT = Pattern.compile(
            "^(.*[.!?…”\"])\\s+(\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){1,3})$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");

    private CaptionsAndCredits() {
    }

    /**
     * Takes out photo captions recognised by their credit or their trailing bar, splitting a caption
     * glued to the start of a paragraph ("… Phong. (Ảnh: Doãn Tấn/TTXVN) Sáng 21/3, …").
     */
    static List<String> separateCaptions(List<String> lines, ParseWork w) {
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
     * Captions without a credit, recognised by shape and place: a short headline-shaped line between
     * paragraphs is the caption of a photo there, not part of the running text.
     */
    static List<String> separatePositionalCaptions(List<String> body, ParseWork w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (i > 0 && i < body.size() - 1 && ArticleParser.isHeadlineShaped(line) && line.length() <= 160
                    && !NAME_LINE.matcher(line).matches()) {
                w.addCaption(line, null);
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /** Reporters' and photographers' names: alone on a line, or in capitals after the last sentence. */
    static void dropCredits(List<String> body, ParseWork w) {
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

    /** The text's last character is a capital, or a line end a pattern's {@code $} could stand before. */
    private static boolean endsInCapital(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return Patterns.isLineTerminator(last) || Character.getType(text.codePointBefore(text.length())) == Character.UPPERCASE_LETTER;
    }

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

    /** The words {@link #TRAILING_CREDIT} introduces a credit with, as it spells them. */
    private static boolean mayHoldTrailingCredit(String line) {
        return line.contains("ảnh") || line.contains("Ảnh") || line.contains("nguồn") || line.contains("Nguồn");
    }
}
