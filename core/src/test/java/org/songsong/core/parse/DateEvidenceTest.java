package org.songsong.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each kind of dating failure met on unseen reporting, on a short article written here in the genre's
 * shape: the file as a scraper leaves it, through the parser and the resolver a user's import runs.
 */
class DateEvidenceTest {

    private static final String BODY = "Hai bên đã trao đổi tình hình an ninh trật tự khu vực biên giới, thống nhất "
            + "tiếp tục phối hợp chặt chẽ trong đấu tranh phòng, chống tội phạm ma túy và xuất nhập cảnh trái phép.";

    private final List<String> warnings = new ArrayList<>();

    private PublicationDate date(String file) throws RejectedFileException {
        ParsedArticle article = new ArticleParser().parse(file);
        warnings.addAll(article.warnings());
        return DateResolver.resolve(article, warnings);
    }

    @Test
    void aStatedDayIsKeptWhenOnlyTheBodyTellsTheYear() throws Exception {
        PublicationDate date = date("""
                Ngày 20/2, Công an tỉnh Lạng Sơn cho biết đã bắt giữ một đối tượng truy nã lẩn trốn ở Trung Quốc.

                Đối tượng bị truy nã từ năm 2018 về tội mua bán người.

                Ngày 19/2/2025, tại cửa khẩu Hữu Nghị, lực lượng chức năng đã tiếp nhận đối tượng do phía Trung Quốc trao trả.
                """ + BODY);
        assertThat(date.iso()).isEqualTo("2025-02-20");
        assertThat(date.yearSource()).isEqualTo(DateSource.CONTEXT);
        assertThat(date.daySource()).isEqualTo(DateSource.TEXT);
        assertThat(warnings).anyMatch(w -> w.startsWith("year 2025 inferred for 'Ngày 20/2'"));
    }

    @Test
    void aMarkerAfterTheAddressAndASeparatorIsRead() throws Exception {
        PublicationDate date = date("""
                https://baobiengioi.example.vn/tin-tuc/hoi-dam-bien-phong-123456.html
                -----
                 date 2019-06 Sáng 9/6, tại cửa khẩu Bát Xát, biên phòng Lào Cai và lực lượng quản lý biên giới Hà Khẩu đã tổ chức hội đàm.
                """ + BODY);
        assertThat(date.iso()).isEqualTo("2019-06-09");
        assertThat(date.yearSource()).isEqualTo(DateSource.MARKER);
    }

    @Test
    void aTimestampOnItsOwnLineDatesTheDayAndIsNotText() throws Exception {
        for (String stamp : List.of("22:30 03/05/2013", "03/05/2013 22:30", "Thứ Sáu, 03/05/2013 - 22:30 (GMT+7)",
                "Thứ Sáu, ngày 03/05/2013 10:20 AM (GMT+7)", "Thứ Sáu, 03/05/2013, 10:20 [GMT+7]",
                "Thứ Sáu, 22:30, 03/05/2013", "Cập nhật lúc 22:30 03/05/2013", "Cập nhật lúc 22:30, Thứ Sáu, 03/05/2013",
                "Minh Khôi - 03/05/2013 22:30 (GMT+7)", "03-05-2013 22:30:05(GMT+08:00)",
                "Updated: 03/05/2013 22:30 | Story: Minh Khôi | Photos: Lê Hà", "03/05/2013 22:30 - Minh Khôi",
                "Thứ Sáu, 03/05/2013 | Tác giả: Minh Khôi | 5 phút đọc", "2013-05-03 22:30:05 vov",
                "2013-05-03 22:30 Nguồn: TTXVN", "2013年05月03日22:30  来源：人民网－越南文版", "2013年5月3日")) {
            ParsedArticle article = new ArticleParser().parse("Bàn giao đối tượng truy nã cho Trung Quốc\n" + stamp
                    + "\nChiều 2/5, tại cửa khẩu Móng Cái, Công an tỉnh Quảng Ninh đã bàn giao một đối tượng truy nã. " + BODY);
            assertThat(article.paragraphs()).as(stamp).noneMatch(p -> p.contains("2013"));
            assertThat(DateResolver.resolve(article, warnings).iso()).as(stamp).isEqualTo("2013-05-02");
        }
    }

    @Test
    void aTimestampInTheAddressGivesTheYear() throws Exception {
        PublicationDate date = date("""
                http://www.example.vn/phap-luat/bat-giu-doi-tuong-van-chuyen-ma-tuy-20150811141709595.htm
                Ngày 10/8, Đồn Biên phòng Lũng Cú bắt giữ đối tượng vận chuyển trái phép chất ma túy qua biên giới.
                """ + BODY);
        assertThat(date.iso()).isEqualTo("2015-08-10");
        assertThat(date.yearSource()).isEqualTo(DateSource.URL);
    }

    @Test
    void aMarkerCapturedMonthsLaterGivesWayToTheTextsOwnDates() throws Exception {
        PublicationDate date = date(" date 2021-03 Ngày 14/11, Công an tỉnh Cao Bằng phối hợp với Công an Quảng Tây "
                + "tiếp nhận ba công dân. Các công dân này xuất cảnh trái phép từ ngày 2/10/2019 và bị bắt giữ ngày 30/10/2019. "
                + BODY);
        assertThat(date.iso()).isEqualTo("2019-11-14");
    }

    @Test
    void anEarlierEventInTheBodyIsNotTheArticlesDay() throws Exception {
        PublicationDate date = date(" date 2024-03 Ngày 12/3, Bộ Công an tổ chức hội nghị sơ kết phối hợp với Bộ Công an "
                + "Trung Quốc. Trước đó, ngày 5/3, hai bên đã trao trả 12 công dân tại cửa khẩu Hữu Nghị. " + BODY);
        assertThat(date.iso()).isEqualTo("2024-03-12");
    }

    @Test
    void aBirthYearOrASpanStartIsNeverTheDate() throws Exception {
        PublicationDate date = date("""
                Sáng 5/4, Công an tỉnh Hà Giang tiếp nhận đối tượng Vàng Văn Sử (SN 1968), sinh năm 1968, bị truy nã từ năm 1998.
                25/10/2012 08:54
                """ + BODY);
        assertThat(date.iso()).isEqualTo("2012-04-05");
        List<String> noOtherYear = new ArrayList<>();
        PublicationDate undated = DateResolver.resolve(new ArticleParser().parse(
                "Sáng 5/4, Công an tỉnh Hà Giang tiếp nhận đối tượng Vàng Văn Sử (SN 1968), sinh năm 1968. " + BODY),
                noOtherYear);
        assertThat(undated).isNull();
        assertThat(noOtherYear).anyMatch(w -> w.contains("nothing gives the year"));
    }

    @Test
    void aYearOutsideNineteenNinetyToNextYearIsNeverChosen() throws Exception {
        assertThat(date("Lực lượng hai bên đã phối hợp tuần tra từ năm 1985 tại khu vực biên giới. " + BODY)).isNull();
        assertThat(date("Kế hoạch phối hợp giai đoạn đến năm 2090 được hai bên thông qua. " + BODY)).isNull();
    }

    @Test
    void theFirstDayOfASpanAndABracketedDayAreDays() throws Exception {
        assertThat(date("Từ ngày 28 đến ngày 29 tháng 6 năm 2019, đoàn công tác Bộ Công an thăm và làm việc tại Vân Nam. "
                + BODY).iso()).isEqualTo("2019-06-28");
        assertThat(date("Trong ngày đầu năm mới 2017 (1/1), biên phòng hai bên tổ chức tuần tra song phương dọc biên giới. " + BODY)
                .iso()).isEqualTo("2017-01-01");
    }

    @Test
    void withoutADayTheTimestampGivesTheMonthAndTodayGivesTheDay() throws Exception {
        PublicationDate month = date("Khởi tố nhóm đối tượng cho vay lãi nặng\nPhước An - 24/07/2023 17:02 (GMT+7)\n"
                + "Cơ quan điều tra đã khởi tố 45 đối tượng hoạt động từ tháng 12/2020 đến tháng 7/2023. " + BODY);
        assertThat(month.iso()).isEqualTo("2023-07");
        assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
        PublicationDate today = date("Bàn giao đối tượng truy nã\n12/12/2023 10:15\n"
                + "Sáng nay, tại cửa khẩu Hữu Nghị, Công an tỉnh Lạng Sơn bàn giao đối tượng truy nã cho phía Trung Quốc. "
                + BODY);
        assertThat(today.iso()).isEqualTo("2023-12-12");
    }

    @Test
    void aYearTheDaysSentenceNamesWinsOverTheYearAfter() throws Exception {
        assertThat(date("Ngày 13-12, tại Lai Châu đã diễn ra hội đàm công tác 6 tháng cuối năm 2025 giữa các đồn biên phòng. "
                + BODY).iso()).isEqualTo("2025-12-13");
    }

    @Test
    void yesterdayAndABareHomAreDaysToo() throws Exception {
        assertThat(date("Bàn giao đối tượng truy nã\n15/10/2010 09:12\nChiều qua, tại cửa khẩu Hữu Nghị, Công an tỉnh "
                + "Lạng Sơn bàn giao một đối tượng truy nã cho phía Trung Quốc. " + BODY).iso()).isEqualTo("2010-10-14");
        assertThat(date(" date 2023-11 Bộ trưởng An ninh Trung Quốc đã tới Hà Nội hôm 11/11 trong chuyến công du ba "
                + "nước. " + BODY).iso()).isEqualTo("2023-11-11");
    }

    @Test
    void withoutADayOrAPageTheMonthTheLedeNamesIsTheDate() throws Exception {
        PublicationDate date = date("Trong tháng 3/2024, lực lượng chức năng hai bên đã trao trả 42 công dân qua cửa "
                + "khẩu Tây Trang. " + BODY);
        assertThat(date.iso()).isEqualTo("2024-03");
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void aDayOnlyTheHeadlineStatesIsTheArticlesDay() throws Exception {
        assertThat(date(" date 2018-07 Ngày 12/7: Bàn giao 14 đối tượng truy nã cho Công an Trung Quốc\n"
                + "Tại cửa khẩu Móng Cái, Công an tỉnh Quảng Ninh đã bàn giao 14 đối tượng truy nã cho phía bạn. " + BODY)
                .iso()).isEqualTo("2018-07-12");
    }

    @Test
    void aDatedIdInTheFileNameGivesTheYearWhenThePageGivesNone() throws Exception {
        ParsedArticle article = new ArticleParser().parse("Trước đó, sáng 23.1, tại sân bay Tân Sơn Nhất, Công an tỉnh "
                + "Tây Ninh bắt quả tang 3 người đưa 5 phụ nữ sang Trung Quốc. " + BODY);
        PublicationDate date = DateResolver.resolve(article, YearEvidence.NONE, "thanhnien_20140125.txt", warnings);
        assertThat(date.iso()).isEqualTo("2014-01-23");
        assertThat(date.yearSource()).isEqualTo(DateSource.FILE_NAME);
        assertThat(DateResolver.resolve(article, YearEvidence.NONE, "thanhnien_1616102711.txt", new ArrayList<>()))
                .isNull();
    }

    @Test
    void lateNightsAndNightsIntoTheMorningAreDays() throws Exception {
        assertThat(date(" date 2022-02 Khuya 27/2, tổ công tác Đồn Biên phòng Cửa khẩu Móng Cái bắt giữ hai đối tượng. "
                + BODY).iso()).isEqualTo("2022-02-27");
        assertThat(date(" date 2014-12 VOV.VN - Chiều muộn 18/12, hai bên ký biên bản hội đàm tại cửa khẩu Thanh Thủy. "
                + BODY).iso()).isEqualTo("2014-12-18");
        assertThat(date(" date 2006-12 Đêm 24 rạng sáng 25-12, công an bất ngờ đột kích một sới bạc ven biên giới. "
                + BODY).iso()).isEqualTo("2006-12-24");
    }

    @Test
    void aMarkerGluedToTheTitleIsRead() throws Exception {
        PublicationDate date = date("http://baolaocai.vn/tin-tuc/tiep-nhan-phu-nu-28514\n-----\n date 2013-11Tiếp nhận phụ "
                + "nữ bị lừa bán sang Trung Quốc\nNgày 19 tháng 11, tại cửa khẩu Lào Cai, Đồn Biên phòng đã tiếp nhận 10 phụ "
                + "nữ do phía Trung Quốc trao trả. " + BODY);
        assertThat(date.iso()).isEqualTo("2013-11-19");
        assertThat(date.yearSource()).isEqualTo(DateSource.MARKER);
    }

    @Test
    void theWeekdayBesideADayTellsTheYearNothingElseGives() throws Exception {
        PublicationDate date = date("""
                Sáng thứ Năm (15/3), tại cửa khẩu Hữu Nghị, Công an tỉnh Lạng Sơn đã tiếp nhận một đối tượng bị truy nã do Công an Trung Quốc bàn giao.

                Đối tượng bỏ trốn sang Trung Quốc từ năm 2015.
                """ + BODY);
        // 15 March fell on a Thursday in 2018, and in no other year from 2015 to 2028
        assertThat(date.iso()).isEqualTo("2018-03-15");
        assertThat(warnings).anyMatch(w -> w.contains("weekday"));
    }

    @Test
    void aWeekdayAgainstThePageDatesYearMovesTheDayToTheYearItFitsBefore() throws Exception {
        PublicationDate date = date("""
                https://baomoi.example.vn/2020/01/10/hai-ben-trao-tra.html
                Chiều thứ Hai, 30/12, tại cửa khẩu Móng Cái, Công an tỉnh Quảng Ninh đã tiếp nhận 12 công dân do phía Trung Quốc trao trả.

                """ + BODY);
        // the address says January 2020; 30 December was a Monday in 2019, not in 2020
        assertThat(date.iso()).isEqualTo("2019-12-30");
    }

    @Test
    void anOrdinalIsNotAWeekday() {
        assertThat(CalendarWords.weekdayIn("Hội nghị lần thứ năm (15/3)")).isNull();
        assertThat(CalendarWords.weekdayIn("ngày thứ hai (15/3) của hội nghị")).isNull();
        assertThat(CalendarWords.weekdayIn("vụ thứ Hai trong năm")).isNull();
        assertThat(CalendarWords.weekdayIn("Chiều Chủ nhật, 5/5")).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(CalendarWords.weekdayIn("Sáng thứ Hai (15/3)")).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void aWeekdayThatDisagreesWithThePageDateDoesNotMoveTheArticleAwayFromIt() throws Exception {
        // 15 March 2024 was a Friday: the text's "thứ Hai" is wrong, and the page's timestamp is trusted
        PublicationDate date = date("""
                20/03/2024 10:15
                Sáng thứ Hai (15/3), tại cửa khẩu Móng Cái, Công an tỉnh Quảng Ninh đã tiếp nhận 12 công dân do phía Trung Quốc trao trả.

                """ + BODY);
        assertThat(date.iso()).isEqualTo("2024-03-15");
    }

    @Test
    void theLunarNewYearNamedByItsStemAndBranchGivesTheYear() throws Exception {
        PublicationDate date = date("""
                Chiều 6/2, nhân dịp đón Tết Nguyên đán Giáp Thìn, Đồn Biên phòng cửa khẩu quốc tế Lào Cai tổ chức gặp mặt Trạm kiểm tra biên phòng Hà Khẩu (Trung Quốc).

                """ + BODY);
        assertThat(date.iso()).isEqualTo("2024-02-06");
        assertThat(CalendarWords.lunarYears("Xuân Ất Tỵ, năm Canh Tý và Tết Quý Mão"))
                .extracting(CalendarWords.LunarYear::year).containsExactly(2025, 2020, 2023);
        // a stem alone is a surname, and a stem and branch of different parity name no year
        assertThat(CalendarWords.lunarYears("ông Tân Minh, năm Canh Sửu")).isEmpty();
        // a birth is a person's year; a name sixty years back is the year it last was
        assertThat(CalendarWords.lunarYears("đối tượng sinh năm Giáp Tý")).isEmpty();
        assertThat(CalendarWords.lunarYears("Tết Mậu Thân")).extracting(CalendarWords.LunarYear::year).containsExactly(1968);
    }

    @Test
    void theFirstPhotosUploadDayGivesTheYearWhenThePageGivesNoOtherDate() throws Exception {
        PublicationDate date = date("""
                https://media.example.vn/uploads/2021/11/09/hoi-dam-1.jpg
                Hội đàm giữa Công an hai tỉnh biên giới

                Ngày 8/11, Công an tỉnh Hà Giang hội đàm với Cục Công an thành phố Văn Sơn (Trung Quốc) về phòng chống tội phạm mua bán người.

                """ + BODY);
        assertThat(date.iso()).isEqualTo("2021-11-08");
        assertThat(date.yearSource()).isEqualTo(DateSource.IMAGE);
        ParsedArticle withTimestamp = new ArticleParser().parse("""
                img-20190312-115939.jpg
                08/11/2021 10:15
                Hội đàm giữa Công an hai tỉnh biên giới

                Ngày 8/11, Công an tỉnh Hà Giang hội đàm với Cục Công an thành phố Văn Sơn (Trung Quốc).

                """ + BODY);
        // a page date with a day outranks any photo, which may be a file photo
        assertThat(DateResolver.resolve(withTimestamp, new ArrayList<>()).yearSource()).isEqualTo(DateSource.METADATA);
        // without a day in the text, the photo gives the year alone
        PublicationDate noDay = date("""
                https://media.example.vn/uploads/2021/11/09/hoi-dam-1.jpg
                Hội đàm giữa Công an hai tỉnh biên giới

                Công an tỉnh Hà Giang hội đàm với Cục Công an thành phố Văn Sơn (Trung Quốc) về phòng chống tội phạm mua bán người.

                """ + BODY);
        assertThat(noDay.iso()).isEqualTo("2021");
    }

    @Test
    void aLinePrintedTwiceInARowIsAPhotosCaptionAndItsDateIsNotTheArticles() throws Exception {
        String file = """
                Hai bên tăng cường hợp tác phòng chống tội phạm xuyên biên giới

                Lực lượng biên phòng hai nước tuần tra song phương tại cửa khẩu Thanh Thủy ngày 5/6/2019.
                Lực lượng biên phòng hai nước tuần tra song phương tại cửa khẩu Thanh Thủy ngày 5/6/2019.

                Chiều 14/3/2024, tại Hà Giang, Bộ đội Biên phòng tỉnh Hà Giang hội đàm với Trạm kiểm tra biên phòng Thiên Bảo (Trung Quốc).

                """ + BODY;
        ParsedArticle article = new ArticleParser().parse(file);
        assertThat(article.captions()).extracting(Caption::text)
                .containsExactly("Lực lượng biên phòng hai nước tuần tra song phương tại cửa khẩu Thanh Thủy ngày 5/6/2019.");
        assertThat(article.paragraphs()).noneMatch(p -> p.contains("5/6/2019"));
        assertThat(date(file).iso()).isEqualTo("2024-03-14");

        // a sentence that goes on from the one before is the text's own, even printed twice
        ParsedArticle repeatedParagraph = new ArticleParser().parse(file.replace(
                "Lực lượng biên phòng hai nước tuần tra song phương tại cửa khẩu Thanh Thủy ngày 5/6/2019.",
                "Cụ thể, lực lượng biên phòng hai nước tuần tra song phương tại cửa khẩu Thanh Thủy."));
        assertThat(repeatedParagraph.captions()).isEmpty();
        assertThat(repeatedParagraph.paragraphs()).filteredOn(p -> p.startsWith("Cụ thể")).hasSize(1);
    }

    @Test
    void aTimestampInBracketsAnAbbreviatedWeekdayOrADatelineInWordsIsThePagesDateNotItsHeadline() throws Exception {
        for (String timestamp : List.of("(14/12/2023 09:35)", "T5, 14/12/2023 | 09:35", "Thứ năm, ngày 14 tháng 12 năm 2023")) {
            String file = timestamp + """

                    Hai bên trao trả công dân tại cửa khẩu Móng Cái

                    Sáng 13/12, tại cửa khẩu quốc tế Móng Cái, Đồn Biên phòng cửa khẩu quốc tế Móng Cái đã tiếp nhận 15 công dân do phía Trung Quốc trao trả.

                    """ + BODY;
            ParsedArticle article = new ArticleParser().parse(file);
            assertThat(article.title()).as(timestamp).isEqualTo("Hai bên trao trả công dân tại cửa khẩu Móng Cái");
            assertThat(article.metadataDates()).as(timestamp).containsExactly(LocalDate.of(2023, 12, 14));
            assertThat(date(file).iso()).as(timestamp).isEqualTo("2023-12-13");
        }
    }
}

