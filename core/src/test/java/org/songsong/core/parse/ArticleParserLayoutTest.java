package org.songsong.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.songsong.core.testing.Seeds;

/** Honest variations of the real articles: other encodings, line ends and layouts of the same genre. */
class ArticleParserLayoutTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void crlfLineEndsParseLikeLf() throws Exception {
        String seed = Seeds.text("004_6570346391cedc4e.txt");
        ParsedArticle lf = parser.parse(seed);
        ParsedArticle crlf = parser.parse(seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(crlf.paragraphs()).isEqualTo(lf.paragraphs());
        assertThat(crlf.captions()).isEqualTo(lf.captions());
        assertThat(crlf.warnings()).contains("converted CR/CRLF line ends to LF");
    }

    @Test
    void decomposedUnicodeIsStoredComposed() throws Exception {
        String seed = Seeds.text("001_24bae8ffd6009766.txt");
        ParsedArticle nfc = parser.parse(seed);
        ParsedArticle nfd = parser.parse(Normalizer.normalize(seed, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8));
        assertThat(nfd.title()).isEqualTo(nfc.title());
        assertThat(nfd.paragraphs()).isEqualTo(nfc.paragraphs());
    }

    @Test
    void aByteOrderMarkIsRemovedAndSaid() throws Exception {
        byte[] seed = Seeds.bytes("003_1386dbd5f98cd0ee.txt");
        byte[] withBom = new byte[seed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, withBom, 3, seed.length);
        ParsedArticle article = parser.parse(withBom);
        assertThat(article.title()).startsWith("Tổng kết cao điểm truy nã");
        assertThat(article.warnings()).contains("removed the UTF-8 byte-order mark");
    }

    @Test
    void unusableFilesAreRejectedWithTheirReason() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).hasMessage("the file is empty");
        assertThatThrownBy(() -> parser.parse(" \n\t\n ".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("the file holds only white space");
        assertThatThrownBy(() -> parser.parse(new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 8 }))
                .hasMessageStartingWith("binary file: it contains NUL bytes");
        assertThatThrownBy(() -> parser.parse(new byte[] { 'a', (byte) 0xC3, (byte) 0x28, 'b' }))
                .hasMessageStartingWith("not valid UTF-8 text: malformed byte sequence at byte 1");
        assertThatThrownBy(() -> parser.parse("Xin chào".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("not an article");
    }

    @Test
    void aHeadlineGluedToADatelineIsSplitFromTheLede() throws Exception {
        String text = " date 2019-07 Đà Nẵng bàn giao nhóm tổ chức đánh bạc cho Trung Quốc Ngày 10-6, Thiếu tướng "
                + "Vũ Xuân Viên, Giám đốc Công an TP Đà Nẵng, cho biết Công an TP Đà Nẵng đã phối hợp cùng các đơn vị "
                + "nghiệp vụ Bộ Công an để bàn giao 35 người cho lực lượng chức năng tại cửa khẩu Móng Cái.\n\n"
                + "Họ chia thành nhiều nhóm thuê chỗ ở để hoạt động phi pháp tại các tỉnh, thành. HẢI HIẾU";
        ParsedArticle article = parser.parse(text);
        assertThat(article.title()).isEqualTo("Đà Nẵng bàn giao nhóm tổ chức đánh bạc cho Trung Quốc");
        assertThat(article.lede()).startsWith("Ngày 10-6, Thiếu tướng Vũ Xuân Viên");
        assertThat(article.paragraphs().get(1)).endsWith("tại các tỉnh, thành.");
        assertThat(article.dateMention()).isEqualTo(new DateMention("Ngày 10-6", 10, 6, null));
    }

    @Test
    void pageMetadataGivesTheUrlAndADateButNoText() throws Exception {
        String text = """
                Hội đàm biên phòng Việt Nam - Trung Quốc tại Mường Nhé
                Nguyễn Xuân Quảng
                2024-12-16T22:12:49-05:00
                http://dic.gov.vn/vi/news/hoi-dam-bien-phong-6542.html
                https://media.example.vn/hoi-dam.jpg
                DIC-Sở Thông tin và Truyền thông tỉnh Điện Biên
                http://dic.gov.vn/assets/images/logo.png
                Thứ hai - 16/12/2024 22:12
                ĐBP - Sáng 16/12, tại trung tâm huyện Mường Nhé đã diễn ra hội đàm định kỳ quý 4/2024 giữa hai đồn biên phòng.
                Tham gia hội đàm có đại diện Đồn Biên phòng A Pa Chải và Sen Thượng, phụ trách địa bàn biên giới.
                """;
        ParsedArticle article = parser.parse(text);
        assertThat(article.title()).isEqualTo("Hội đàm biên phòng Việt Nam - Trung Quốc tại Mường Nhé");
        assertThat(article.sourceUrl()).isEqualTo("http://dic.gov.vn/vi/news/hoi-dam-bien-phong-6542.html");
        assertThat(article.outletHint()).isEqualTo("ĐBP");
        assertThat(article.lede()).startsWith("Sáng 16/12, tại trung tâm huyện Mường Nhé");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.textBlocks()).noneMatch(t -> t.contains("Nguyễn Xuân Quảng") || t.contains("DIC-Sở"));
        assertThat(article.metadataDates()).contains(java.time.LocalDate.of(2024, 12, 16));
    }

    @Test
    void ordinaryParagraphsWithProperNamesAreNotTakenForTeasers() {
        assertThat(ArticleParser.isGluedTeaser("Hai bên tiếp tục quán triệt triển khai có hiệu quả nhận thức chung "
                + "giữa lãnh đạo cấp cao hai Đảng, hai nước, nội dung Bản ghi nhớ đã ký cấp Bộ.")).isFalse();
        assertThat(ArticleParser.isGluedTeaser("Trước đó Công an tỉnh Quảng Ninh nhận đề nghị phối hợp từ cơ quan "
                + "chức năng Trung Quốc về việc truy bắt đối tượng.")).isFalse();
        assertThat(ArticleParser.isGluedTeaser("Việt Nam-Trung Quốc thúc đẩy giao lưu giữa các tầng lớp nhân dân "
                + "Thường trực Ban Bí thư đề nghị hai bên tiếp tục thúc đẩy giao lưu giữa các tầng lớp nhân dân."))
                .isTrue();
    }

    @Test
    void wordsAreCountedAsSplittingOnSpacesCountsThem() {
        for (String line : java.util.List.of("", " ", "   ", "a", "a b", " a", "a ", "a  b", " a  b  ", "Bộ Công an Trung Quốc")) {
            org.junit.jupiter.api.Assertions.assertEquals(line.split(" ").length, ArticleParser.wordCount(line), "'" + line + "'");
        }
    }

    @Test
    void theTeaserCheckAnswersAsTheCheckThatKeyedEveryRestAnew() throws java.io.IOException {
        String teaser = "Việt Nam-Trung Quốc thúc đẩy giao lưu giữa các tầng lớp nhân dân "
                + "Thường trực Ban Bí thư đề nghị hai bên tiếp tục thúc đẩy giao lưu giữa các tầng lớp nhân dân.";
        java.util.List<String> paragraphs = new java.util.ArrayList<>(java.util.List.of(teaser,
                // a control character at a headline's end is trimmed off by its key, not by the paragraph's
                "a b c d\u0001 E a b c d x", teaser.replace("dân Thường", "dân\u0001 Thường"),
                teaser.replace("Việt", "İviệt"), teaser.replace("Nam", "Nam\u0301"),
                teaser.replace("dân.", "dân. “Bộ Công an”")));
        for (java.nio.file.Path file : Seeds.articles()) {
            // paragraphs as the parser hands them over: cleaned, never empty
            java.nio.file.Files.readString(file).lines().map(org.songsong.core.text.VietnameseText::clean)
                    .filter(l -> !l.isEmpty()).forEach(paragraphs::add);
        }
        int teasers = 0;
        for (String paragraph : paragraphs) {
            boolean expected = teaserKeyingEveryRest(paragraph);
            assertThat(ArticleParser.isGluedTeaser(paragraph)).as(paragraph).isEqualTo(expected);
            teasers += expected ? 1 : 0;
        }
        assertThat(teasers).as("teasers among the paragraphs compared").isGreaterThanOrEqualTo(2);
    }

    /** The check as first written: the key of each candidate rest worked out from its own words. */
    private static boolean teaserKeyingEveryRest(String paragraph) {
        if (paragraph.length() > 2000) {
            return false;
        }
        String[] words = paragraph.split(" ");
        for (int k = 4; k <= Math.min(25, words.length - 6); k++) {
            if (!Character.isUpperCase(words[k].codePointAt(0)) || !Character.isLowerCase(words[k - 1].codePointAt(0))) {
                continue;
            }
            String headline = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            if (headline.matches(".*[.,;:!?…“”\"()].*")) {
                return false;
            }
            String rest = org.songsong.core.text.VietnameseText.matchKey(
                    String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
            String[] headlineWords = org.songsong.core.text.VietnameseText.matchKey(headline).split(" ");
            String tail = String.join(" ", java.util.Arrays.copyOfRange(headlineWords,
                    Math.max(0, headlineWords.length - 4), headlineWords.length));
            String restWords = " " + rest.replaceAll("[^\\p{L}\\d]+", " ") + " ";
            long shared = java.util.Arrays.stream(headlineWords).filter(hw -> restWords.contains(" " + hw + " ")).count();
            if (rest.contains(tail) && shared * 2 >= headlineWords.length) {
                return true;
            }
        }
        return false;
    }
}
