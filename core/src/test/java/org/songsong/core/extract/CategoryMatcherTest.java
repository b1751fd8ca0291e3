package org.songsong.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.parse.ArticleParser;

class CategoryMatcherTest {

    private final CategoryMatcher matcher = new CategoryMatcher(KnowledgeBase.load());
    private final ArticleParser parser = new ArticleParser();

    private List<String> codes(String lede) throws Exception {
        String text = lede + " Hai bên nhất trí tiếp tục trao đổi đoàn các cấp, chia sẻ kinh nghiệm và thông tin nghiệp vụ trong thời gian tới.";
        return matcher.match(parser.parse(text)).stream().map(CategoryMatch::code).toList();
    }

    @Test
    void aCrimeInAnAgencysNameIsNotACrimeTheArticleReports() throws Exception {
        assertThat(codes("Ngày 5/6, Phòng Cảnh sát phòng chống tội phạm sử dụng công nghệ cao và Cục Cảnh sát điều "
                + "tra tội phạm về ma túy cùng làm việc với đoàn công tác tại TP.HCM.")).isEmpty();
        assertThat(codes("Ngày 5/6, đại diện Cục điều tra tội phạm kinh tế và Cục Cảnh sát truy nã tội phạm dự họp."))
                .isEmpty();
    }

    @Test
    void theSameWordsOutsideAnAgencysNameCount() throws Exception {
        assertThat(codes("Ngày 9.6, nhóm người bị bắt vì đã sử dụng công nghệ cao, tổ chức đánh bạc qua mạng."))
                .containsExactlyInAnyOrder("high-tech-crime", "gambling");
    }

    @Test
    void cyberterrorismIsCybercrimeNotTerrorism() throws Exception {
        assertThat(codes("Hai bên tập huấn về ứng phó tấn công mạng, khủng bố mạng.")).containsExactly("cybercrime");
        assertThat(codes("Hai bên phối hợp chống tội phạm khủng bố.")).containsExactly("terrorism");
    }

    @Test
    void theMisspellingKhungBoStillNamesTerrorism() throws Exception {
        assertThat(codes("Hai bên tập trung trấn áp tội phạm khung bố, tội phạm ma tuý.")).containsExactlyInAnyOrder(
                "terrorism", "drugs");
    }

    @Test
    void genericPhrasesNameNoCategory() throws Exception {
        assertThat(codes("Hai bên tăng cường đấu tranh với tội phạm xuyên biên giới, giữ gìn an ninh trật tự, "
                + "quản lý xuất nhập cảnh và di dân.")).isEmpty();
        assertThat(codes("Lực lượng chức năng triệt phá đường dây đánh bạc xuyên quốc gia.")).containsExactly("gambling");
    }

    @Test
    void organisedCrimeNeedsTheWordCrime() throws Exception {
        assertThat(codes("Hai bên chia sẻ dữ liệu về các băng nhóm tội phạm có tổ chức."))
                .containsExactly("organized-crime");
    }

    @Test
    void evidenceIsQuotedAsWrittenWithItsParagraph() throws Exception {
        List<CategoryMatch> matches = matcher.match(parser.parse(
                "Ngày 2/3, hai bên họp bàn.\n\nHai bên chia sẻ kinh nghiệm phòng chống tội phạm Ma Tuý tổng hợp "
                        + "và các vụ án khác trong khu vực biên giới hai nước, nhất là tại các cửa khẩu quốc tế."));
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("drugs");
            assertThat(m.evidence()).contains("Ma Tuý");
            assertThat(m.paragraphs()).containsExactly(1);
        });
    }

    @Test
    void aUnitNamedAfterACrimeIsNotThatCrime() throws Exception {
        assertThat(codes("Ngày 3/7, Đội Cảnh sát điều tra tội phạm về kinh tế Công an huyện phối hợp với Phòng Cảnh sát "
                + "kinh tế tiếp nhận đối tượng truy nã.")).containsExactly("fugitives");
        assertThat(codes("Ngày 3/7, Phòng Cảnh sát ĐTTP về ma túy Công an tỉnh tiếp nhận đối tượng truy nã."))
                .containsExactly("fugitives");
    }

    @Test
    void organisedTransnationalFraudAndHighTechGamblingAreNamed() throws Exception {
        assertThat(codes("Ngày 3/7, hai bên triệt phá một tổ chức tội phạm lừa đảo xuyên quốc gia do người nước ngoài "
                + "cầm đầu.")).contains("organized-crime");
        assertThat(codes("Ngày 3/7, công an bắt giữ nhóm đối tượng đánh bạc công nghệ cao.")).containsExactlyInAnyOrder(
                "gambling", "high-tech-crime");
    }

    @Test
    void aRingNamedAfterItsCrimeIsThatCrimeNotOrganisedCrime() throws Exception {
        assertThat(codes("Ngày 3/7, công an triệt phá đường dây tội phạm tổ chức đánh bạc có yếu tố nước ngoài."))
                .containsExactly("gambling");
        assertThat(codes("Ngày 3/7, công an triệt phá một băng nhóm tội phạm hoạt động ở vùng biên.")).containsExactly(
                "organized-crime");
    }

    @Test
    void sellingAChildAcrossTheBorderIsTraffickingButSellingGoodsIsNot() throws Exception {
        assertThat(codes("Ngày 3/7, hai đối tượng đưa bé trai sơ sinh vượt biên để đem sang Trung Quốc bán."))
                .contains("human-trafficking");
        assertThat(codes("Ngày 3/7, thương lái thu mua nông sản để đem sang Trung Quốc bán.")).isEmpty();
    }

    @Test
    void borderGuardTaskForcesAndSteeringCommitteesAreNamesNotCrimes() throws Exception {
        assertThat(codes("Ngày 3/7, Đoàn Đặc nhiệm phòng, chống ma túy và tội phạm số 2 phối hợp với Ban Chỉ đạo 389 tỉnh "
                + "về chống buôn lậu, gian lận thương mại và hàng giả kiểm tra khu vực biên giới.")).isEmpty();
        assertThat(codes("Ngày 3/7, Đoàn Đặc nhiệm phòng, chống ma túy và tội phạm số 2 bắt giữ đối tượng vận chuyển "
                + "ma túy qua biên giới.")).containsExactly("drugs");
    }

    @Test
    void peopleSoldAcrossTheBorderAreTrafficking() throws Exception {
        assertThat(codes("Ngày 5/6, lực lượng chức năng giải cứu 11 phụ nữ bị mua bán sang Trung Quốc."))
                .containsExactly("human-trafficking");
        assertThat(codes("Ngày 5/6, hai bên đã triệt phá 2 vụ tàng trữ, mua bán trái phép vũ khí.")).doesNotContain(
                "human-trafficking");
    }

    @Test
    void aTransnationalCriminalRingIsOrganisedCrimeARingNamedAfterItsCrimeIsNot() throws Exception {
        assertThat(codes("Ngày 5/6, công an tỉnh triệt phá một đường dây tội phạm lừa đảo xuyên quốc gia."))
                .contains("organized-crime");
        assertThat(codes("Ngày 5/6, công an tỉnh triệt phá một đường dây tội phạm mua bán người."))
                .doesNotContain("organized-crime");
    }

    @Test
    void moneySaidToBeLaunderedIsMoneyLaundering() throws Exception {
        assertThat(codes("Ngày 5/6, hai bên thống nhất truy vết dòng tiền bất hợp pháp được rửa qua tài sản mã hóa."))
                .containsExactly("money-laundering");
    }

    @Test
    void aCyberSecurityUnitAfterItsHeadsTitleIsNoCrime() throws Exception {
        assertThat(codes("Ngày 5/6, Trung tá Ngô Thành Lợi, Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng "
                + "công nghệ cao Công an tỉnh, cho biết đơn vị đã làm việc với đoàn công tác.")).isEmpty();
    }

    @Test
    void weaponsCountWhenTheTextReportsTheCrimeNotWhenPoliceCarryThem() throws Exception {
        assertThat(codes("Ngày 12/5, lực lượng chức năng triệt phá đường dây mua bán vũ khí trái phép qua biên giới."))
                .containsExactly("weapons-explosives");
        assertThat(codes("Hai bên trao đổi kinh nghiệm đấu tranh với tội phạm ma túy, vũ khí và mua bán người."))
                .containsExactlyInAnyOrder("drugs", "weapons-explosives", "human-trafficking");
        assertThat(codes("Ngày 12/5, Bộ Công an Trung Quốc trao tặng trang thiết bị, phương tiện và vũ khí cho Công an tỉnh."))
                .isEmpty();
        assertThat(codes("Ngày 12/5, đoàn công tác khẳng định pháp luật là vũ khí sắc bén của lực lượng Công an.")).isEmpty();
        // police delegations compete at shooting and train in managing weapons: neither is a crime
        assertThat(codes("Ngày 12/5, hai đoàn giao lưu thể thao, thi bắn súng ngắn và trao đổi kinh nghiệm quản lý vũ khí, "
                + "vật liệu nổ và công cụ hỗ trợ.")).isEmpty();
        assertThat(codes("Ngày 12/5, đối tượng nổ súng chống trả và bị bắt cùng 3 khẩu súng tự chế."))
                .containsExactly("weapons-explosives");
        assertThat(codes("Ngày 12/5, hai bên trao đổi về Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ "
                + "và đợt vận động nhân dân giao nộp, thu hồi vũ khí.")).isEmpty();
    }

    @Test
    void officesAndCentresAgainstACrimeAreNamesNotCrimes() throws Exception {
        assertThat(codes("Ngày 3/4, Văn phòng Thường trực phòng, chống tội phạm và ma túy Bộ Công an làm việc với "
                + "Trung tâm Chống khủng bố và Cục Điều tra chống buôn lậu.")).isEmpty();
        assertThat(codes("Ngày 3/4, Văn phòng liên lạc phòng chống ma túy qua biên giới hai bên họp định kỳ.")).isEmpty();
        assertThat(codes("Ngày 3/4, hai bên cam kết chống khủng bố và buôn lậu.")).containsExactlyInAnyOrder("terrorism",
                "smuggling");
    }

    @Test
    void phoneScamsFakeInvestmentSitesCrimeOnlineAndHomemadeGunsAreNamed() throws Exception {
        assertThat(codes("Ngày 3/4, các đối tượng giả danh công an gọi điện lừa đảo người dân chiếm đoạt hàng tỷ đồng."))
                .containsExactly("telecom-fraud");
        assertThat(codes("Ngày 3/4, nhóm đối tượng lập các trang web giả mạo để lừa đảo nhà đầu tư tiền ảo."))
                .containsExactly("telecom-fraud");
        assertThat(codes("Ngày 3/4, hai bên trao đổi kinh nghiệm phòng chống tội phạm lợi dụng không gian mạng."))
                .containsExactly("cybercrime");
        assertThat(codes("Ngày 3/4, công an thu giữ 2 khẩu súng hoa cải do đối tượng cất giấu.")).containsExactly("weapons-explosives");
    }

    @Test
    void goodsAndLivestockTakenAcrossTheBorderAreSmugglingPeopleAreMigration() throws Exception {
        assertThat(codes("Ngày 3/4, lực lượng chức năng bắt giữ đối tượng vận chuyển 2 tấn hàng hóa qua biên giới trái phép."))
                .containsExactly("smuggling");
        assertThat(codes("Ngày 3/4, đồn biên phòng phát hiện 300 con gia súc được đưa qua biên giới trái phép."))
                .containsExactly("smuggling");
        assertThat(codes("Ngày 3/4, đồn biên phòng phát hiện 12 công dân qua biên giới trái phép sang Trung Quốc."))
                .containsExactly("illegal-migration");
    }
}
