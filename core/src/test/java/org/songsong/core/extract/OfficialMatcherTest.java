package org.songsong.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.parse.ArticleParser;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.testing.Seeds;

class OfficialMatcherTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private final OfficialMatcher matcher = new OfficialMatcher(KNOWLEDGE);
    private final ArticleParser parser = new ArticleParser();

    private List<OfficialMention> officials(String text) throws Exception {
        return matcher.match(parser.parse(text));
    }

    private static List<String> slugs(List<OfficialMention> mentions) {
        return mentions.stream().map(OfficialMention::slug).toList();
    }

    private static final String LEDE_TAIL = " Hai bên trao đổi về hợp tác phòng, chống tội phạm giữa hai Bộ trong thời gian tới.";

    @Test
    void aMisspelledNameFindsTheOfficialUnderTheStandardSpelling() throws Exception {
        ParsedArticle seed = parser.parse(Seeds.bytes("004_6570346391cedc4e.txt"));
        List<OfficialMention> found = matcher.match(seed);

        assertThat(slugs(found)).containsExactlyInAnyOrder("to-lam", "quach-thanh-con");
        OfficialMention guo = found.stream().filter(o -> o.slug().equals("quach-thanh-con")).findFirst().orElseThrow();
        assertThat(guo.nameVi()).isEqualTo("Quách Thanh Côn");
        assertThat(guo.nameEn()).isEqualTo("Guo Shengkun");
        assertThat(guo.country()).isEqualTo("CN");
        assertThat(guo.roleAsWritten()).isEqualTo("Bộ trưởng Bộ Công an Trung Quốc");
        // "Quách Thành Côn" in the paragraph after the talks still counts as a mention of him
        assertThat(guo.paragraphs()).contains(1, 2, 3, 5, 6);
    }

    @Test
    void nobodyFromTheRelatedNewsBlockOrThePastedTeaserOrThePhotoCredits() throws Exception {
        assertThat(slugs(matcher.match(parser.parse(Seeds.bytes("004_6570346391cedc4e.txt")))))
                .doesNotContain("hun-sen", "lee-hyuk", "ted-osius", "tran-dai-quang");
        assertThat(slugs(matcher.match(parser.parse(Seeds.bytes("002_319e9fbe4659c530.txt")))))
                .containsExactlyInAnyOrder("tran-quoc-to", "duong-xuan-loi", "tap-can-binh")
                .doesNotContain("truong-thi-mai");
        assertThat(matcher.match(parser.parse(Seeds.bytes("001_24bae8ffd6009766.txt"))))
                .extracting(OfficialMention::nameVi).doesNotContain("Doãn Tấn");
    }

    @Test
    void decomposedTextAndTheOtherToneMarkPlacementStillMatch() throws Exception {
        String text = "Sáng 5/3, tại Hà Nội, Thượng tướng Lương Tam Quang tiếp ông Vương Tiểu Hồng, Uỷ viên Quốc vụ, "
                + "Bộ trưởng Công an Trung Quốc." + LEDE_TAIL;
        List<OfficialMention> found = officials(Normalizer.normalize(text, Normalizer.Form.NFD));

        assertThat(slugs(found)).containsExactlyInAnyOrder("luong-tam-quang", "vuong-tieu-hong");
        assertThat(found).filteredOn(o -> o.slug().equals("vuong-tieu-hong")).singleElement()
                .satisfies(o -> assertThat(o.roleAsWritten()).isEqualTo("Uỷ viên Quốc vụ, Bộ trưởng Công an Trung Quốc"));
    }

    @Test
    void aKnownMisspellingFromTheKnowledgeBaseCounts() throws Exception {
        assertThat(slugs(officials("Chiều 17/8, Bộ trưởng Lương Tan Quang đề nghị hai Bộ tăng cường phối hợp." + LEDE_TAIL)))
                .containsExactly("luong-tam-quang");
    }

    @Test
    void someoneIntroducedByARankButUnknownIsRecordedAsNotCurated() throws Exception {
        List<OfficialMention> found = officials("Ngày 3/4, Thiếu tướng Nguyễn Văn Bình, Giám đốc Công an tỉnh Lạng Sơn, "
                + "đã tiếp ông Vương Minh Lượng, Phó Cục trưởng Cục Hợp tác quốc tế Bộ Công an Trung Quốc." + LEDE_TAIL);

        assertThat(found).extracting(OfficialMention::nameVi)
                .containsExactlyInAnyOrder("Nguyễn Văn Bình", "Vương Minh Lượng");
        assertThat(found).allSatisfy(o -> assertThat(o.curated()).isFalse());
        OfficialMention binh = found.stream().filter(o -> o.nameVi().equals("Nguyễn Văn Bình")).findFirst().orElseThrow();
        assertThat(binh.slug()).isEqualTo("nguyen-van-binh");
        assertThat(binh.nameEn()).isEqualTo("Nguyen Van Binh");
        assertThat(binh.country()).isEqualTo("VN");
        assertThat(binh.roleAsWritten()).isEqualTo("Thiếu tướng, Giám đốc Công an tỉnh Lạng Sơn");
        OfficialMention vuong = found.stream().filter(o -> o.nameVi().equals("Vương Minh Lượng")).findFirst().orElseThrow();
        assertThat(vuong.country()).isEqualTo("CN");
    }

    @Test
    void placesAndBodiesAfterATitleAreNotPeople() throws Exception {
        assertThat(officials("Ngày 21/9, Đồn trưởng Đồn Biên phòng Y Tý và Trạm trưởng Hội ngộ hội đàm khu vực "
                + "Hà Khẩu trao đổi tình hình; Giám đốc Công an TP Hải Phòng cũng dự." + LEDE_TAIL)).isEmpty();
    }

    @Test
    void theTitleBeforeTheNameIsKeptWithTheOfficeItNames() {
        String text = "Đoàn đại biểu do Thứ trưởng Bộ Công an Trung Quốc Mạnh Khánh Phong làm Trưởng đoàn";
        int start = text.indexOf("Mạnh");
        assertThat(OfficialMatcher.roleAround(text, start, start + "Mạnh Khánh Phong".length()))
                .isEqualTo("Thứ trưởng Bộ Công an Trung Quốc");
    }

    @Test
    void aTitleIsNeverStoredAsAPersonsName() throws Exception {
        List<OfficialMention> found = officials("Chiều 3/4, Thượng tá Phó Giám đốc Công an tỉnh Hà Giang cho biết, đơn vị "
                + "đã tiếp nhận ba công dân. Đại tá Phó Cục trưởng Cục Cảnh sát hình sự chủ trì buổi làm việc, Thiếu tá "
                + "Đường T., Đội trưởng Đội Cảnh sát giao thông, báo cáo kết quả." + LEDE_TAIL);
        assertThat(found).extracting(OfficialMention::nameVi).isEmpty();
    }

    @Test
    void provincialAndBorderCommandersOfBothSidesAreFoundByTheirTitles() throws Exception {
        List<OfficialMention> found = officials("Sáng 12/5, Đại tá Nông Văn Hạ, Chỉ huy trưởng Bộ đội Biên phòng tỉnh "
                + "Cao Bằng hội đàm với Đại tá Hác Kiến Quân, Chi đội trưởng Chi đội Quản lý Xuất nhập cảnh Bằng Tường "
                + "(Quảng Tây, Trung Quốc). Dự hội đàm có Bộ trưởng Ngoại giao Trung Quốc Vương Nghị." + LEDE_TAIL);
        assertThat(found).extracting(OfficialMention::nameVi)
                .containsExactlyInAnyOrder("Nông Văn Hạ", "Hác Kiến Quân", "Vương Nghị");
        OfficialMention chinese = found.stream().filter(o -> o.nameVi().equals("Hác Kiến Quân")).findFirst().orElseThrow();
        assertThat(chinese.curated()).isFalse();
        assertThat(chinese.country()).isEqualTo("CN");
        assertThat(chinese.roleAsWritten()).contains("Chi đội trưởng Chi đội Quản lý Xuất nhập cảnh Bằng Tường");
    }

    @Test
    void chinasTopLeadersAndAHistoricalLeaderNamedWithATitleAreOfficials() throws Exception {
        List<OfficialMention> found = officials("Ngày 8/4, Chủ tịch Ủy ban Thường vụ Quốc hội Trung Quốc Triệu Lạc Tế "
                + "thăm Khu di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch, sau đó làm việc tại TP Hồ Chí Minh." + LEDE_TAIL);
        assertThat(slugs(found)).containsExactlyInAnyOrder("trieu-lac-te", "ho-chi-minh");
        assertThat(slugs(officials("Ngày 8/4, đoàn công tác làm việc tại TP Hồ Chí Minh và Học viện Chính trị quốc gia "
                + "Hồ Chí Minh." + LEDE_TAIL))).isEmpty();
    }

    @Test
    void aPlaceAfterATitleIsNotAPerson() throws Exception {
        List<OfficialMention> found = officials("Sáng 9/3, Phó Chủ tịch UBND huyện Văn Lãng cho biết, Đồn trưởng Đồn "
                + "Biên phòng cửa khẩu Cao Lộc đã cùng Trưởng Công an huyện Văn Lãng Hoàng Văn Tuấn kiểm tra khu vực mốc "
                + "giới." + LEDE_TAIL);
        assertThat(found).extracting(OfficialMention::nameVi).containsExactly("Hoàng Văn Tuấn");
    }

    @Test
    void anOfficerOfLaoCaiProvinceIsVietnameseNotLao() throws Exception {
        List<OfficialMention> found = officials("Sáng 9/3, Đại tá Hoàng Minh Khôi, Phó Giám đốc Công an tỉnh Lào Cai, "
                + "tiếp đoàn công tác của Bộ An ninh Lào do Thiếu tướng Bounmy Sisavath dẫn đầu." + LEDE_TAIL);
        assertThat(found).filteredOn(o -> o.nameVi().equals("Hoàng Minh Khôi")).extracting(OfficialMention::country)
                .containsExactly("VN");
    }

    @Test
    void aNameStandingBeforeItsTitleIsAnOfficialWithoutAnHonorific() throws Exception {
        List<OfficialMention> found = officials("Sáng 9/3, tham dự hội nghị có Nông Văn Thạch, Giám đốc Công an tỉnh Cao "
                + "Bằng và Hoàng Minh Tuấn, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh. Công an tỉnh Lạng Sơn, Phó Giám "
                + "đốc Sở Tư pháp cũng dự." + LEDE_TAIL);
        assertThat(found).extracting(OfficialMention::nameVi).containsExactlyInAnyOrder("Nông Văn Thạch", "Hoàng Minh Tuấn");
    }

    @Test
    void aTitleAfterADashOrInBracketsIsAnAppositiveToo() throws Exception {
        List<OfficialMention> found = officials("Sáng 9/3, ông Nông Văn Hải - Phó Giám đốc Công an tỉnh Cao Bằng và ông "
                + "Lục Văn Tuấn (Chỉ huy trưởng Bộ đội Biên phòng tỉnh) đã tiếp đoàn công tác. Trung tá Hoàng Văn Đức - "
                + "Đồn trưởng Đồn Biên phòng Trà Lĩnh báo cáo kết quả." + LEDE_TAIL);
        assertThat(found).extracting(OfficialMention::nameVi)
                .containsExactlyInAnyOrder("Nông Văn Hải", "Lục Văn Tuấn", "Hoàng Văn Đức");
    }

    @Test
    void aDashAfterANameEndsIt() throws Exception {
        List<OfficialMention> found = officials("Sáng 9/3, Thượng tá Lộc Văn Quyết - Chỉ huy trưởng Bộ đội Biên phòng "
                + "tỉnh Cao Bằng đã tiếp đoàn công tác của Chi đội quản lý biên giới Bách Sắc." + LEDE_TAIL);
        assertThat(found).extracting(OfficialMention::nameVi).containsExactly("Lộc Văn Quyết");
    }

    @Test
    void aChinesePrefectureAfterAPoliceBodyIsAPlace() throws Exception {
        List<OfficialMention> found = officials("Sáng 9/3, Cục trưởng Cục Công an Châu Hồng Hà dẫn đầu đoàn công tác "
                + "sang Lào Cai, được Đại tá Hoàng Minh Khôi, Phó Giám đốc Công an tỉnh Lào Cai, đón tại cửa khẩu." + LEDE_TAIL);
        assertThat(found).extracting(OfficialMention::nameVi).containsExactly("Hoàng Minh Khôi");
    }

    @Test
    void aForeignNameRightAfterATitleIsAnOfficial() throws Exception {
        List<OfficialMention> found = officials("Sáng 9/3, Tổng Thư ký Interpol Jürgen Stock gửi thư chúc mừng, còn "
                + "Tổng Thư ký António Guterres đánh giá cao sáng kiến của Việt Nam." + LEDE_TAIL);
        assertThat(found).extracting(OfficialMention::nameVi).containsExactlyInAnyOrder("Jürgen Stock", "António Guterres");
    }

    @Test
    void vietnameseWordsAfterATitleAreNoForeignName() throws Exception {
        List<OfficialMention> found = officials("Sáng 9/3, Thường trực Ban Bí thư chủ trì hội nghị; Chủ tịch TP Móng Cái "
                + "và Trưởng UB Chính quyền huyện cùng dự." + LEDE_TAIL);
        assertThat(found).isEmpty();
    }

    @Test
    void aCompanysManagersAndTheAccusedAreNotOfficialsButAPoliceOfficerIs() throws Exception {
        List<OfficialMention> found = officials("""
                Ngày 12/5/2024, Công an tỉnh Lạng Sơn khởi tố ông Nguyễn Văn Hùng, Giám đốc Công ty TNHH Thành Đạt, về tội buôn lậu.

                Bị can Phạm Văn Bình, Trưởng phòng kinh doanh của công ty, khai nhận đã nhiều lần vận chuyển hàng lậu.

                Đại tá Hoàng Văn Minh, Phó Giám đốc Công an tỉnh Lạng Sơn, cho biết vụ án đang được mở rộng điều tra.
                """);
        assertThat(found).extracting(OfficialMention::nameVi).containsExactly("Hoàng Văn Minh");
    }
}
