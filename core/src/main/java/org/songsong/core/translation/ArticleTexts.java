package org.songsong.core.translation;

import java.util.ArrayList;
import java.util.List;

/**
 * The Vietnamese of one article that is translated, or its English: headline, summary, every paragraph
 * and every caption, in order. A missing summary is null.
 */
public record ArticleTexts(String title, String summary, List<String> paragraphs, List<String> captions) {

    public ArticleTexts {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    /** Every text in one list: title, summary, paragraphs, captions (nulls kept). */
    List<String> all() {
        List<String> all = new ArrayList<>(2 + paragraphs.size() + captions.size());
        all.add(title);
        all.add(summary);
        all.addAll(paragraphs);
        all.addAll(captions);
        return all;
    }

    /** The inverse of {@link #all()} for a list of the same shape. */
    ArticleTexts like(List<String> all) {
        int p = paragraphs.size();
        return new ArticleTexts(all.get(0), all.get(1), all.subList(2, 2 + p), all.subList(2 + p, all.size()));
    }
}
