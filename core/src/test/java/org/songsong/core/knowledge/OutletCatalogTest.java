package org.songsong.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.songsong.core.parse.ArticleParser;

/** The outlet of an article from its address, for the national and provincial press alike. */
class OutletCatalogTest {

    private static final String LEDE = "Ngày 5/3, tại cửa khẩu quốc tế, lực lượng chức năng hai bên đã tổ chức trao trả "
            + "12 công dân, đồng thời trao đổi tình hình phối hợp phòng, chống tội phạm qua biên giới.";

    private final OutletCatalog outlets = KnowledgeBase.load().outlets();

    private Optional<String> outletOf(String firstLines, String fileName) throws Exception {
        return outlets.identify(new ArticleParser().parse(firstLines + "\n" + LEDE), fileName)
                .map(i -> i.outlet().code());
    }

    @Test
    void nationalAndProvincialOutletsAreKnownByTheirAddress() throws Exception {
        for (String[] page : new String[][] {
                { "https://www.baolangson.vn/an-ninh/trao-tra-cong-dan-123456.html", "baolangson" },
                { "https://m.thanhnien.vn/thoi-su/trao-tra-cong-dan-post1442984.html", "thanhnien" },
                { "https://nld.com.vn/thoi-su/trao-tra-cong-dan-196240305.htm", "nld" },
                { "https://www.bienphong.com.vn/trao-tra-cong-dan-post123456.html", "bienphong" } }) {
            assertThat(outletOf(page[0], "article.txt")).as(page[0]).contains(page[1]);
        }
    }

    @Test
    void anAddressNoOutletOwnsLeavesTheOutletUnknown() throws Exception {
        assertThat(outletOf("https://blog.example.org/trao-tra-cong-dan.html", "article.txt")).isEmpty();
    }
}
