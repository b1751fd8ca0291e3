package org.songsong.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * What a page wraps an article in: telephone lines, menus, banners, slogans, skip links and footers are
 * never the headline or a paragraph. The pages are written here in the shape scrapers leave them.
 */
class PageFurnitureTest {

    private static final String LEDE = "(Báo Biên Giới) - Ngày 14/11, Bộ Công an Trung Quốc cùng lực lượng chức năng "
            + "năm nước ASEAN họp cấp bộ trưởng tại Côn Minh, thống nhất mở chiến dịch chung trấn áp các đường dây lừa "
            + "đảo viễn thông xuyên quốc gia.";
    private static final String MORE = "Các bộ trưởng giao cho cơ quan đầu mối mỗi nước lập danh sách đối tượng cầm đầu, "
            + "chia sẻ dữ liệu tài khoản ngân hàng và phối hợp dẫn độ nghi phạm trong vòng ba tháng tới. Kết quả sẽ "
            + "được báo cáo tại cuộc họp tiếp theo ở Viêng Chăn.";

    private final ArticleParser parser = new ArticleParser();

    @Test
    void hotlineMenuBannerAndSloganAboveTheHeadlineAreDropped() throws Exception {
        ParsedArticle article = parser.parse(String.join("\n",
                " date 2025-11-15 Hotline: 0865.015.015   |", "", "Tin mới", "", "  • Nền tảng số", "",
                "Cơ quan của Đảng bộ tỉnh", "Nhân văn - Tin cậy - Kịp thời - Hấp dẫn", "TRANG ĐIỆN TỬ VĂN HÓA & ĐỜI SỐNG",
                "Thế giới", "", "Trung Quốc và ASEAN mở chiến dịch chung trấn áp lừa đảo viễn thông", "", LEDE, "", MORE));
        assertThat(article.title()).isEqualTo("Trung Quốc và ASEAN mở chiến dịch chung trấn áp lừa đảo viễn thông");
        assertThat(article.titleDerived()).isFalse();
        assertThat(article.paragraphs()).hasSize(2).noneMatch(p -> p.contains("0865") || p.contains("TRANG"));
        assertThat(article.marker()).isEqualTo(new DateMarker(2025, 11, 15));
    }

    @Test
    void aRelatedNewsBlockInTheMiddleEndsWhereTheArticleResumes() throws Exception {
        ParsedArticle article = parser.parse(String.join("\n",
                "Trung Quốc và ASEAN mở chiến dịch chung trấn áp lừa đảo viễn thông", LEDE, "", "Tin liên quan:", "",
                "Bắt giữ nhóm đối tượng lừa đảo qua mạng tại biên giới", "", MORE));
        assertThat(article.paragraphs()).containsExactly(LEDE.substring(LEDE.indexOf("Ngày")), MORE);
    }

    @Test
    void skipLinksAndAnEnglishDatelineAreThePagesNotTheArticles() throws Exception {
        ParsedArticle article = parser.parse(String.join("\n", "Đường dẫn truy cập", "Chuyển đến nội dung chính",
                "Saturday, October 24, 2015", "", "Trung Quốc và ASEAN mở chiến dịch chung trấn áp lừa đảo viễn thông", "",
                LEDE, "", MORE, "", "Bản quyền © 2015 Báo Biên Giới. Ghi rõ nguồn khi phát hành lại."));
        assertThat(article.title()).isEqualTo("Trung Quốc và ASEAN mở chiến dịch chung trấn áp lừa đảo viễn thông");
        assertThat(article.metadataDates()).containsExactly(LocalDate.of(2015, 10, 24));
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void aTeasersLedeInsideARelatedBlockStaysOutOfTheArticle() throws Exception {
        String teaserLede = "Sáng 3/4, Công an tỉnh Quảng Ninh triệt phá ổ nhóm lừa đảo xuyên quốc gia tại Bãi Cháy, bắt giữ "
                + "27 đối tượng người nước ngoài cùng nhiều máy tính và điện thoại dùng để lừa đảo qua mạng.";
        ParsedArticle article = parser.parse(String.join("\n",
                "Trung Quốc và ASEAN mở chiến dịch chung trấn áp lừa đảo viễn thông", LEDE, "", "Tin liên quan:",
                "Triệt phá ổ nhóm lừa đảo xuyên quốc gia tại Bãi Cháy", teaserLede, "", MORE));
        assertThat(article.paragraphs()).containsExactly(LEDE.substring(LEDE.indexOf("Ngày")), MORE);
    }

    @Test
    void linksToOtherArticlesAfterTheLastParagraphAreDropped() throws Exception {
        ParsedArticle article = parser.parse(String.join("\n",
                "Trung Quốc và ASEAN mở chiến dịch chung trấn áp lừa đảo viễn thông", LEDE, "", MORE, "",
                "Bắt giữ nhóm đối tượng đánh bạc qua mạng tại Móng Cái (12/3/2023)",
                "Triệt phá đường dây mua bán người qua biên giới Lạng Sơn (10/3/2023)"));
        assertThat(article.paragraphs()).containsExactly(LEDE.substring(LEDE.indexOf("Ngày")), MORE);
        assertThat(article.captions()).isEmpty();
    }

    private static final String HEADLINE = "Trung Quốc và ASEAN mở chiến dịch chung trấn áp lừa đảo viễn thông";
    /** The lede as the article keeps it: the outlet's tag before it is a hint, not text. */
    private static final String KEPT_LEDE = LEDE.substring(LEDE.indexOf("Ngày"));

    @Test
    void aMostReadSidebarAboveTheArticleDoesNotSwallowIt() throws Exception {
        ParsedArticle article = parser.parse(String.join("\n",
                "BÁO BIÊN GIỚI ĐIỆN TỬ", "Thứ Hai, 07/12/2026", "ĐỌC NHIỀU",
                "01 Thượng tá Hoàng Văn Lực chỉ đạo truy bắt nhóm buôn ma túy", "02 Giải cứu 12 thanh niên bị lừa sang "
                        + "Campuchia (15/10/2025)", HEADLINE, "15/11/2025 08:30", LEDE, MORE, "Bình luận (2)",
                "Nguyễn Lan · 15/11/2025", "Cần xử lý nghiêm các đường dây rửa tiền."));
        assertThat(article.title()).isEqualTo(HEADLINE);
        assertThat(article.paragraphs()).containsExactly(KEPT_LEDE, MORE);
        // the header's date bar is the day the page was captured: the timestamp under the headline is the page's
        assertThat(article.metadataDates()).containsExactly(LocalDate.of(2025, 11, 15));
    }

    @Test
    void linksCarryingTheirDatesAreNotTheArticle() throws Exception {
        ParsedArticle article = parser.parse(String.join("\n", HEADLINE, LEDE,
                "Khởi tố đối tượng lừa bán 2 thiếu nữ sang Trung Quốc (12/11/2025)",
                "Bắt 2 đối tượng vận chuyển ma túy ở Hải Hà - 10/11/2025", MORE));
        assertThat(article.paragraphs()).containsExactly(KEPT_LEDE, MORE);
    }

    @Test
    void theArticlesOwnHeadlineGluedToItsLedeUnderABannerIsItsHeadline() throws Exception {
        String glued = HEADLINE + " " + "Trung Quốc và ASEAN vừa thống nhất mở chiến dịch chung trấn áp lừa đảo viễn "
                + "thông xuyên quốc gia sau cuộc họp tại Côn Minh ngày 14/11.";
        ParsedArticle article = parser.parse(String.join("\n", "TIẾNG NÓI BIÊN CƯƠNG ONLINE", glued, MORE));
        assertThat(article.title()).isEqualTo(HEADLINE);
        assertThat(article.titleDerived()).isFalse();
        assertThat(article.paragraphs()).hasSize(2).noneMatch(p -> p.contains("ONLINE"));
    }

    @Test
    void aShortItemUnderASidebarOfLinksIsKept() throws Exception {
        String item = "Ngày 12/4, tại thành phố Hà Giang, Công an tỉnh Hà Giang hội đàm với đoàn công tác Cục Công an "
                + "châu Văn Sơn về phối hợp truy bắt tội phạm bỏ trốn qua biên giới và trao trả công dân.";
        ParsedArticle article = parser.parse(String.join("\n", "TIN NỔI BẬT",
                "» Giải cứu 4 phụ nữ bị lừa bán sang Vân Nam (07/4/2012)", "» Thu giữ 2 khẩu súng kíp (03/4/2012)",
                "Hội đàm giữa Công an tỉnh Hà Giang và Cục Công an châu Văn Sơn", item, "Các tin khác:",
                "- Trao trả 3 đối tượng trộm cắp cho phía Trung Quốc (11/4/2012)"));
        assertThat(article.paragraphs()).containsExactly(item);
    }

    @Test
    void readersCommentsUnderAShortItemAreNotItsText() throws Exception {
        String item = "Ngày 14/11, Công an tỉnh Lạng Sơn bàn giao 3 đối tượng truy nã cho Công an Bằng Tường.";
        String more = "Cả ba bị phía Trung Quốc truy nã về tội lừa đảo và đã lẩn trốn tại Việt Nam từ năm 2023.";
        String comment = "Rất hoan nghênh lực lượng công an hai bên đã phối hợp nhanh chóng, bắt giữ kịp thời các đối "
                + "tượng bỏ trốn qua biên giới, mong tiếp tục đẩy mạnh hợp tác như thế này trong những năm tới nữa.";
        ParsedArticle article = parser.parse(String.join("\n", HEADLINE, "15/11/2025 08:30", item, more,
                "Bình luận (1)", "Nguyễn Lan", "15/11/2025 09:10", comment, "Đỗ Văn Thắng · 15/11/2025"));
        assertThat(article.paragraphs()).containsExactly(item, more);
        assertThat(article.metadataDates()).containsExactly(LocalDate.of(2025, 11, 15));
    }

    @Test
    void aTeaserWithItsTimestampBelowTheTextNeitherResumesTheArticleNorDatesIt() throws Exception {
        String teaserLede = "Ngày 12/1, Công an tỉnh Cao Bằng phối hợp với Công an Trung Quốc bắt hai đối tượng "
                + "vận chuyển ma túy qua biên giới, thu giữ nhiều tang vật, tiếp tục mở rộng điều tra vụ án.";
        ParsedArticle article = parser.parse(String.join("\n", HEADLINE, "25/03/2026 08:30", LEDE, MORE,
                "Tin liên quan", "Cao Bằng bắt hai đối tượng vận chuyển ma túy", "12/01/2026 08:00", teaserLede));
        assertThat(article.paragraphs()).containsExactly(KEPT_LEDE, MORE);
        assertThat(article.metadataDates()).containsExactly(LocalDate.of(2026, 3, 25));
    }
}

