package org.songsong.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.songsong.core.knowledge.KnowledgeBase;

/** Offices written next to a name date the article only when they are held at the time it reports. */
class RoleDatingTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(KnowledgeBase.load());

    private static String date(String text) throws Exception {
        return EXTRACTOR.extract("article.txt", text.getBytes(StandardCharsets.UTF_8)).date().iso();
    }

    @Test
    void anOfficeHeldNowKeepsTheStatedDayInAYearItAllows() throws Exception {
        String date = date("Ngày 3/5, Bộ trưởng Bộ Công an Lê Hồng Anh tiếp đoàn công tác Bộ Công an Trung Quốc tại "
                + "Hà Nội. Hai bên trao đổi về hợp tác phòng, chống tội phạm ma túy.");
        assertThat(date).endsWith("-05-03");
        assertThat(Integer.parseInt(date.substring(0, 4))).isBetween(2002, 2011);
    }

    @Test
    void aFormerOfficeDoesNotRuleOutTheYearTheArticleReports() throws Exception {
        assertThat(date(" date 2024-05 Ngày 3/5, nguyên Bộ trưởng Bộ Công an Lê Hồng Anh dự lễ kỷ niệm ngày truyền "
                + "thống lực lượng Cảnh sát tại Hà Nội. Hai bên trao đổi về hợp tác phòng, chống tội phạm ma túy."))
                .isEqualTo("2024-05-03");
    }

    @Test
    void aHistoricalLeadersOfficeDoesNotRuleOutTheYearEither() throws Exception {
        assertThat(date(" date 2023-09 Ngày 2/9, đoàn đại biểu Bộ Công an Trung Quốc dâng hoa tại Lăng Chủ tịch Hồ Chí "
                + "Minh, nơi Thủ tướng Chu Ân Lai từng đến viếng. Hai bên trao đổi về hợp tác phòng, chống tội phạm."))
                .isEqualTo("2023-09-02");
    }
}
