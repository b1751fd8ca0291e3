package org.songsong.core.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the parser made of one scraped file: the article's own text, cleaned, with everything that is
 * not the article (captions, credits, related news, teasers of other articles) set apart or removed.
 *
 * @param title         the headline; derived from the lede when the file has none
 * @param titleDerived  true when the title was not in the file but made from the lede
 * @param paragraphs    the body in order; the first is the lede
 * @param captions      photo captions, each once, in order of appearance
 * @param sourceUrl     the article's address when the file states it
 * @param outletHint    the outlet's own tag in front of the lede ("VOV.VN"), if any
 * @param marker        the scraper's leading date marker, if any
 * @param dateMention   the article's day phrase as written: the first of the paragraphs that dates no birth,
 *                      span start or earlier event, else the headline's, else a caption's
 * @param metadataDates dates from the page's timestamp lines and datelines, in the order they stand
 * @param imageDates    dates in the file names of the page's photos, in the order they stand
 * @param warnings      what was removed or repaired, for the import report
 */
public record ParsedArticle(
        String title,
        boolean titleDerived,
        List<String> paragraphs,
        List<Caption> captions,
        String sourceUrl,
        String outletHint,
        DateMarker marker,
        DateMention dateMention,
        List<LocalDate> metadataDates,
        List<LocalDate> imageDates,
        List<String> warnings) {

    /** The same article with other warnings. */
    public ParsedArticle withWarnings(List<String> otherWarnings) {
        return new ParsedArticle(title, titleDerived, paragraphs, captions, sourceUrl, outletHint, marker, dateMention,
                metadataDates, imageDates, List.copyOf(otherWarnings));
    }

    public String lede() {
        return paragraphs.get(0);
    }

    /** Everything the article itself says, for extraction: title, paragraphs and captions. */
    public List<String> textBlocks() {
        var blocks = new ArrayList<String>();
        blocks.add(title);
        blocks.addAll(paragraphs);
        captions.forEach(c -> blocks.add(c.text()));
        return blocks;
    }
}
