package org.songsong.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.songsong.core.testing.Seeds;

/** Each of the five real seed files, parsed: the article's own text, with the page around it gone. */
class ArticleParserSeedTest {

    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle parse(String seed) throws RejectedFileException {
        return parser.parse(Seeds.bytes(seed));
    }

    private static List<String> allText(ParsedArticle article) {
        return article.textBlocks();
    }

    @Test
    void seed000WithUrlAndSeparatorsKeepsTitleAndSplitsTheGluedCaptionAndTheRunOnBody() throws Exception {
        ParsedArticle article = parse("000_83b8647a2fd0dd5c.txt");

        assertThat(article.title()).isEqualTo("Việt Nam-Trung Quốc tăng cường hợp tác đấu tranh chống tội phạm");
        assertThat(article.titleDerived()).isFalse();
        assertThat(article.sourceUrl())
                .isEqualTo("http://www.vietnamplus.vn/viet-namtrung-quoc-tang-cuong-hop-tac-dau-tranh-chong-toi-pham/377223.vnp");
        assertThat(article.lede()).startsWith("Sáng 21/3, tại Hà Nội, Đoàn đại biểu cấp cao Bộ Công an");
        assertThat(article.captions()).containsExactly(new Caption(
                "Đại tướng Trần Đại Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an tiếp Thứ trưởng Bộ Công an "
                        + "Trung Quốc Mạnh Khánh Phong.", "Doãn Tấn/TTXVN"));
        assertThat(article.paragraphs()).hasSizeGreaterThan(3)
                .noneMatch(p -> p.contains("Ảnh:") || p.contains("http") || p.startsWith("-----"));
        assertThat(article.paragraphs().get(article.paragraphs().size() - 1))
                .endsWith("triển khai hợp tác toàn diện, sâu rộng trong lĩnh vực thực thi pháp luật./.");
        assertThat(String.join(" ", article.paragraphs()))
                .contains("Thứ trưởng Bộ Công an Trung Quốc Mạnh Khánh Phong khẳng định");
        assertThat(article.dateMention()).isEqualTo(new DateMention("Sáng 21/3", 21, 3, null));
    }

    @Test
    void seed001WithoutTitleDerivesItFromTheLedeAndKeepsTheDuplicatedCaptionOnce() throws Exception {
        ParsedArticle article = parse("001_24bae8ffd6009766.txt");

        assertThat(article.titleDerived()).isTrue();
        assertThat(article.title()).isEqualTo("Hội nghị hợp tác phòng, chống tội phạm lần thứ 7 giữa Bộ Công an "
                + "Việt Nam và Bộ Công an Trung Quốc đã diễn ra tại Hà Nội");
        assertThat(article.lede()).isEqualTo("Ngày 19/2, Hội nghị hợp tác phòng, chống tội phạm lần thứ 7 giữa "
                + "Bộ Công an Việt Nam và Bộ Công an Trung Quốc đã diễn ra tại Hà Nội.");
        assertThat(article.captions()).hasSize(1);
        assertThat(article.captions().get(0).text()).startsWith("Đại tướng Tô Lâm, Bộ trưởng Công an Việt Nam")
                .endsWith("ký kết Biên bản Hội nghị.");
        assertThat(article.captions().get(0).credit()).isEqualTo("Doãn Tấn/TTXVN");
        assertThat(article.paragraphs()).hasSize(16)
                .noneMatch(p -> p.contains("(Ảnh:") || p.contains("ký kết Biên bản Hội nghị."));
        // the article's own wording is kept, misspellings included
        assertThat(String.join(" ", article.paragraphs())).contains("tội phạm khung bố");
        assertThat(article.dateMention()).isEqualTo(new DateMention("Ngày 19/2", 19, 2, null));
    }

    @Test
    void seed002DropsThePastedTeaserAndReadsTheDateMarker() throws Exception {
        ParsedArticle article = parse("002_319e9fbe4659c530.txt");

        assertThat(article.marker()).isEqualTo(new DateMarker(2023, 12, null));
        assertThat(article.titleDerived()).isTrue();
        assertThat(article.title()).startsWith("Thượng tướng Trần Quốc Tỏ").doesNotContain("date").doesNotContain("Ảnh");
        assertThat(article.lede()).startsWith("Chiều 1/12, tại Hà Nội, Thượng tướng Trần Quốc Tỏ");
        assertThat(allText(article)).noneMatch(t -> t.contains("Trương Thị Mai") || t.contains("Mặt trận Tổ quốc"));
        assertThat(article.paragraphs()).hasSize(7);
        assertThat(article.captions()).singleElement().satisfies(caption -> {
            assertThat(caption.text()).startsWith("Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an (bên trái) đón")
                    .contains("Uỷ ban Chính pháp");
            assertThat(caption.credit()).isEqualTo("Phạm Kiên/TTXVN");
        });
        assertThat(article.warnings()).anyMatch(w -> w.startsWith("dropped a teaser of another article"));
        assertThat(article.dateMention()).isEqualTo(new DateMention("Chiều 1/12", 1, 12, null));
    }

    @Test
    void seed003DropsTheRelatedLinksAndKeepsBarCaptionsAsCaptions() throws Exception {
        ParsedArticle article = parse("003_1386dbd5f98cd0ee.txt");

        assertThat(article.title()).isEqualTo(
                "Tổng kết cao điểm truy nã tội phạm lần thứ hai giữa Bộ Công an Trung Quốc và Bộ Công an Việt Nam");
        assertThat(article.titleDerived()).isFalse();
        assertThat(allText(article)).noneMatch(t -> t.contains("Hội thảo quốc tế về công tác truy nã tội phạm")
                || t.contains("CHDCND Lào") || t.startsWith("- "));
        assertThat(article.lede()).startsWith("Ngày 28-11, đoàn đã tham dự Hội nghị tổng kết");
        assertThat(article.captions()).extracting(Caption::text)
                .containsExactly("Toàn cảnh Hội nghị.", "Các đại biểu tham dự Hội nghị chụp ảnh lưu niệm.");
        assertThat(article.paragraphs()).hasSize(8).noneMatch(p -> p.endsWith("|"));
        assertThat(article.dateMention()).isEqualTo(new DateMention("Ngày 28-11", 28, 11, null));
    }

    @Test
    void seed004DropsTheRelatedNewsBlockAndKeepsTheLedeWithoutTheOutletTag() throws Exception {
        ParsedArticle article = parse("004_6570346391cedc4e.txt");

        assertThat(article.title()).isEqualTo("Bộ Công an Việt Nam và Trung Quốc hội đàm cấp cao");
        assertThat(article.outletHint()).isEqualTo("VOV.VN");
        assertThat(article.lede()).isEqualTo("Sau hội đàm, Bộ trưởng Công an 2 nước đồng chủ trì Hội nghị Hợp tác "
                + "Phòng, chống tội phạm lần thứ 5 giữa 2 Bộ");
        assertThat(allText(article)).noneMatch(t -> t.contains("Hun Sen") || t.contains("Lee Hyuk")
                || t.contains("Ted Osius") || t.contains("Tin liên quan") || t.contains("Campuchia")
                || t.contains("Mời quý độc giả") || t.contains("Chủ tịch nước Trần Đại Quang"));
        assertThat(article.captions()).extracting(Caption::text).containsExactly(
                "Bộ Công an hai nước tiến hành hội đàm cấp cao",
                "Bộ trưởng Công an hai nước ký kết Bản ghi nhớ kết quả hội nghị");
        assertThat(article.paragraphs()).hasSize(10);
        assertThat(article.paragraphs().get(9)).startsWith("Kết thúc hội nghị, hai Bộ trưởng đã ký kết");
        assertThat(String.join(" ", article.paragraphs())).contains("Quách Thành Côn").contains("Quách Thanh Côn");
        assertThat(article.dateMention()).isEqualTo(new DateMention("Chiều 25/9", 25, 9, null));
    }

    @Test
    void noSeedKeepsACaptionOrCreditInsideItsBody() throws Exception {
        for (String seed : Seeds.FIVE) {
            ParsedArticle article = parse(seed);
            for (Caption caption : article.captions()) {
                assertThat(article.paragraphs()).as(seed).noneMatch(p -> p.contains(caption.text()));
            }
            assertThat(article.paragraphs()).as(seed).noneMatch(p -> p.contains("TTXVN)") || p.endsWith(" |"));
            assertThat(article.title()).as(seed).isNotBlank().doesNotContain("Ảnh");
        }
    }
}
