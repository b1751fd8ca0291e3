package org.songsong.core.english;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.songsong.core.parse.Caption;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.parse.RejectedFileException;
import org.songsong.core.text.Patterns;
import org.songsong.core.text.VietnameseText;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An editor's English for one article ({@code X.en.json} next to {@code X.txt}; format in
 * src-docs/translations.md): titles, summaries in both languages, and the body and captions as
 * Vietnamese/English pairs, one pair per cleaned paragraph.
 */
public record CuratedEnglish(String article, String titleVi, String titleEn, String summaryVi, String summaryEn,
        List<Pair> paragraphs, List<Pair> captions) {

    /** A Vietnamese text as the importer cleaned it, and its English. */
    public record Pair(String vi, String en) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public static CuratedEnglish read(byte[] bytes) throws RejectedFileException {
        try {
            CuratedEnglish english = JSON.readValue(bytes, CuratedEnglish.class);
            if (english == null) {
                throw new RejectedFileException("the translation file is empty");
            }
            return english;
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
            throw new RejectedFileException("not a valid translation file: " + message);
        }
    }

    /**
     * What stops this translation from being used with the article as parsed; empty when it fits. A
     * translation is never stretched over an article it does not match: one pair per paragraph, in order,
     * each pair's Vietnamese being that paragraph.
     */
    public List<String> problemsWith(ParsedArticle parsed, String articleFile) {
        List<String> problems = new ArrayList<>();
        if (!Objects.equals(article, articleFile)) {
            problems.add("it names the article '" + article + "', not " + articleFile);
        }
        require(problems, titleEn, "titleEn");
        require(problems, summaryEn, "summaryEn");
        require(problems, summaryVi, "summaryVi");
        List<Pair> pairs = paragraphs == null ? List.of() : paragraphs;
        List<String> body = parsed.paragraphs();
        if (pairs.size() != body.size()) {
            problems.add("it has " + pairs.size() + " paragraph" + (pairs.size() == 1 ? "" : "s") + " but the article has "
                    + body.size());
        }
        for (int i = 0; i < Math.min(pairs.size(), body.size()); i++) {
            Pair pair = pairs.get(i);
            if (pair == null || !sameText(pair.vi(), body.get(i))) {
                problems.add("paragraph " + (i + 1) + " does not match the article's paragraph " + (i + 1) + " ('"
                        + Patterns.abbreviate(body.get(i), 60) + "')");
                break;
            }
            if (pair.en() == null || pair.en().isBlank()) {
                problems.add("paragraph " + (i + 1) + " has no English");
            }
        }
        List<Pair> captionPairs = captions == null ? List.of() : captions;
        List<Caption> articleCaptions = parsed.captions();
        if (captionPairs.size() != articleCaptions.size()) {
            problems.add("it has " + captionPairs.size() + " caption" + (captionPairs.size() == 1 ? "" : "s")
                    + " but the article has " + articleCaptions.size());
        } else {
            for (int i = 0; i < captionPairs.size(); i++) {
                Pair pair = captionPairs.get(i);
                if (pair == null || !sameText(pair.vi(), articleCaptions.get(i).text())
                        || pair.en() == null || pair.en().isBlank()) {
                    problems.add("caption " + (i + 1) + " does not match the article's caption or has no English");
                    break;
                }
            }
        }
        if (!parsed.titleDerived() && titleVi != null) {
            problems.add("titleVi is for articles without a headline; this one has '" + Patterns.abbreviate(parsed.title(), 60) + "'");
        }
        return problems;
    }

    private static void require(List<String> problems, String value, String field) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is missing");
        }
    }

    private static boolean sameText(String a, String b) {
        return a != null && VietnameseText.matchKey(a).equals(VietnameseText.matchKey(b));
    }

}
