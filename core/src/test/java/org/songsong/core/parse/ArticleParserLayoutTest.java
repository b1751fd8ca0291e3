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
        String text = " date 2022-05 Lạng Sơn bàn giao nhóm đối tượng lừa đảo cho Trung Quốc Ngày 14-5, Đại tá Hoàng Văn Minh, "
                + "Phó Giám đốc Công an tỉnh Lạng Sơn, cho biết lực lượng chức năng đã phối hợp với phía Trung Quốc để "
                + "bàn giao 12 người qua cửa khẩu quốc tế Hữu Nghị.\n\n"
                + "Nhóm này thuê nhà tại nhiều địa phương để lừa đảo qua mạng. MINH AN";
        ParsedArticle article = parser.parse(text);
        assertThat(article.title()).isEqualTo("Lạng Sơn bàn giao nhóm đối tượng lừa đảo cho Trung Quốc");
        assertThat(article.lede()).startsWith("Ngày 14-5, Đại tá Hoàng Văn Minh");
        assertThat(article.paragraphs().get(1)).endsWith("để lừa đảo qua mạng.");
        assertThat(article.dateMention()).isEqualTo(new DateMention("Ngày 14-5", 14, 5, null));
    }

    @Test
    void pageMetadataGivesTheUrlAndADateButNoText() throws Exception {
        String text = """
                Giao ban biên phòng Việt Nam - Trung Quốc tại Bát Xát
                Trần Văn Hải
                2023-09-21T08:30:00+07:00
                http://tin.example.gov.vn/vi/news/giao-ban-bien-phong-1234.html
                https://media.example.vn/giao-ban.jpg
                CTĐT-Sở Văn hóa và Thông tin tỉnh Lào Cai
                http://tin.example.gov.vn/assets/images/logo.png
                Thứ năm - 21/09/2023 08:30
                LC - Sáng 21/9, tại trung tâm huyện Bát Xát đã diễn ra buổi giao ban định kỳ quý 3/2023 giữa hai đồn biên phòng.
                Dự buổi giao ban có đại diện Đồn Biên phòng Y Tý và Đồn Biên phòng A Mú Sung, nơi quản lý đường biên giới.
                """;
        ParsedArticle article = parser.parse(text);
        assertThat(article.title()).isEqualTo("Giao ban biên phòng Việt Nam - Trung Quốc tại Bát Xát");
        assertThat(article.sourceUrl()).isEqualTo("http://tin.example.gov.vn/vi/news/giao-ban-bien-phong-1234.html");
        assertThat(article.outletHint()).isEqualTo("LC");
        assertThat(article.lede()).startsWith("Sáng 21/9, tại trung tâm huyện Bát Xát");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.textBlocks()).noneMatch(t -> t.contains("Trần Văn Hải") || t.contains("CTĐT-Sở"));
        assertThat(article.metadataDates()).contains(java.time.LocalDate.of(2023, 9, 21));
    }

    @Test
    void ordinaryParagraphsWithProperNamesAreNotTakenForTeasers() {
        assertThat(PastedTeasers.isGluedTeaser("Hai bên tiếp tục quán triệt triển khai có hiệu quả những điều "
                + "lãnh đạo cấp cao hai Đảng, hai nước đã thống nhất, nội dung Bản ghi nhớ đã ký cấp Bộ.")).isFalse();
        assertThat(PastedTeasers.isGluedTeaser("Trước đó Công an tỉnh Lạng Sơn tiếp nhận thông tin từ phía "
                + "Trung Quốc về một đối tượng bị truy nã đang lẩn trốn.")).isFalse();
        assertThat(PastedTeasers.isGluedTeaser("Việt Nam-Trung Quốc thúc đẩy giao lưu giữa các tầng lớp nhân dân "
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
            assertThat(PastedTeasers.isGluedTeaser(paragraph)).as(paragraph).isEqualTo(expected);
            teasers += expected ? 1 : 0;
        }
        assertThat(teasers).as("teasers among the paragraphs compared").isGreaterThanOrEqualTo(2);
    }

    /** The check as first written: the key of each candidate rest worked out from its own words. */
    private static boolean teaserKeyingEveryRest(String paragraph) {
        if (paragraph.length() > 2000 || PastedTeasers.opensASentence(paragraph)) {
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

    @Test
    void aSentenceOpeningOnBehalfOfTheLeadersIsNotATeaser() throws Exception {
        String opening = "Thay mặt lãnh đạo Bộ Công an Việt Nam, Thứ trưởng chúc mừng những kết quả mà lực lượng hai "
                + "bên đã đạt được và đề nghị lãnh đạo Bộ Công an hai nước tiếp tục chỉ đạo phối hợp chặt chẽ.";
        ParsedArticle article = parser.parse("Hai Bộ Công an hội đàm về phòng, chống tội phạm\nNgày 5/6, tại Hà Nội, hai "
                + "bên đã hội đàm về hợp tác phòng, chống tội phạm xuyên quốc gia, thống nhất tăng cường trao đổi "
                + "thông tin và phối hợp điều tra các vụ án có yếu tố nước ngoài.\n" + opening);
        assertThat(article.paragraphs()).contains(opening);
    }
}
