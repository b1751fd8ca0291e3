package org.songsong.core.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.songsong.core.text.VietnameseText;

/** Mutable state of one parse. */
final class ParseWork {

    private static final Pattern TRAILING_CAPTION_END = Pattern.compile("[\\s|]+$");

    final List<String> warnings = new ArrayList<>();
    final List<Caption> captions = new ArrayList<>();
    final Set<String> captionKeys = new HashSet<>();
    final List<LocalDate> metadataDates = new ArrayList<>();
    final List<LocalDate> imageDates = new ArrayList<>();
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

    private static String stripCaptionEnd(String text) {
        return TRAILING_CAPTION_END.matcher(text.trim()).replaceAll("").trim();
    }
}
