package org.songsong.core.extract;

import java.util.ArrayList;
import java.util.List;

import org.songsong.core.parse.ParsedArticle;

/**
 * One block of an article's own text, where extraction looks: the title, a paragraph (by position,
 * 0 being the lede) or a photo caption.
 */
public record TextBlock(Kind kind, int position, String text) {

    public enum Kind {
        TITLE, PARAGRAPH, CAPTION
    }

    public static List<TextBlock> of(ParsedArticle article) {
        List<TextBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock(Kind.TITLE, 0, article.title()));
        for (int i = 0; i < article.paragraphs().size(); i++) {
            blocks.add(new TextBlock(Kind.PARAGRAPH, i, article.paragraphs().get(i)));
        }
        for (int i = 0; i < article.captions().size(); i++) {
            blocks.add(new TextBlock(Kind.CAPTION, i, article.captions().get(i).text()));
        }
        return blocks;
    }
}
