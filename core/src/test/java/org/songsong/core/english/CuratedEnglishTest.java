package org.songsong.core.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.songsong.core.parse.ArticleParser;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.testing.Seeds;
import org.songsong.core.text.Sentences;
import org.songsong.core.text.VietnameseText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CuratedEnglishTest {

    private final ArticleParser parser = new ArticleParser();

    static Stream<String> collection() {
        return Seeds.five();
    }

    private CuratedEnglish curated(String article) throws Exception {
        return CuratedEnglish.read(Seeds.bytes(Seeds.translationName(article)));
    }

    @ParameterizedTest
    @MethodSource("collection")
    void everySeedHasCuratedEnglishThatFitsIt(String article) throws Exception {
        ParsedArticle parsed = parser.parse(Seeds.bytes(article));
        CuratedEnglish english = curated(article);

        assertThat(english.problemsWith(parsed, article)).isEmpty();
        assertThat(english.paragraphs()).hasSameSizeAs(parsed.paragraphs());
        for (String text : List.of(english.titleEn(), english.summaryEn())) {
            assertThat(VietnameseText.hasVietnameseLetters(text)).as(text).isFalse();
        }
        english.paragraphs().forEach(p -> assertThat(VietnameseText.hasVietnameseLetters(p.en())).as(p.en()).isFalse());
        assertThat(Sentences.split(english.summaryEn())).hasSizeBetween(3, 5);
        assertThat(Sentences.split(english.summaryVi())).hasSizeBetween(3, 5);
    }

    @Test
    void aMissingParagraphIsReportedNotStretchedOverTheArticle() throws Exception {
        String article = "004_6570346391cedc4e.txt";
        CuratedEnglish english = curated(article);
        List<CuratedEnglish.Pair> fewer = new ArrayList<>(english.paragraphs());
        fewer.remove(3);
        CuratedEnglish broken = new CuratedEnglish(english.article(), english.titleVi(), english.titleEn(),
                english.summaryVi(), english.summaryEn(), fewer, english.captions());

        assertThat(broken.problemsWith(parser.parse(Seeds.bytes(article)), article)).containsExactly(
                "it has 9 paragraphs but the article has 10",
                "paragraph 4 does not match the article's paragraph 4 ('Phát biểu tại hội đàm, Bộ trưởng Tô Lâm chúc mừng Đoàn đạ…')");
    }

    @Test
    void anExtraParagraphOrAnotherArticlesFileIsReported() throws Exception {
        String article = "003_1386dbd5f98cd0ee.txt";
        CuratedEnglish english = curated(article);
        List<CuratedEnglish.Pair> more = new ArrayList<>(english.paragraphs());
        more.add(new CuratedEnglish.Pair("Một đoạn không có trong bài.", "A paragraph the article does not have."));
        CuratedEnglish extra = new CuratedEnglish(english.article(), english.titleVi(), english.titleEn(),
                english.summaryVi(), english.summaryEn(), more, english.captions());
        ParsedArticle parsed = parser.parse(Seeds.bytes(article));

        assertThat(extra.problemsWith(parsed, article)).containsExactly("it has 9 paragraphs but the article has 8");
        assertThat(curated("004_6570346391cedc4e.txt").problemsWith(parsed, article))
                .contains("it names the article '004_6570346391cedc4e.txt', not 003_1386dbd5f98cd0ee.txt");
    }

    @Test
    void aBrokenFileSaysWhy() {
        assertThatThrownBy(() -> CuratedEnglish.read("{\"article\": \"x.txt\", \"titleEn\": ".getBytes()))
                .hasMessageStartingWith("not a valid translation file:");
        assertThatThrownBy(() -> CuratedEnglish.read("{\"article\": \"x.txt\", \"titel\": \"typo\"}".getBytes()))
                .hasMessageContaining("titel");
    }
}
