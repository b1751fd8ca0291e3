package org.songsong.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Sentences written for these tests in the shape of the genre; officials are ids 1 (Tô Lâm), 2 (Zhao Kezhi), 3, 4. */
class EventGrouperTest {

    private static final List<String> TALKS = List.of(
            "Chiều 12/3, tại Hà Nội, Bộ trưởng Bộ Công an Tô Lâm đã hội đàm với Bộ trưởng Bộ Công an Trung Quốc Triệu Khắc Chí nhân dịp đồng chí thăm chính thức Việt Nam.",
            "Hai bên đánh giá cao kết quả hợp tác trong phòng, chống tội phạm ma túy, mua bán người và tội phạm sử dụng công nghệ cao thời gian qua.",
            "Bộ trưởng Tô Lâm đề nghị hai bên tăng cường trao đổi thông tin, phối hợp truy bắt đối tượng truy nã lẩn trốn qua biên giới và xử lý nghiêm các đường dây lừa đảo qua mạng.",
            "Bộ trưởng Triệu Khắc Chí khẳng định Bộ Công an Trung Quốc sẵn sàng cùng Bộ Công an Việt Nam triển khai hiệu quả các văn kiện hợp tác đã ký kết.",
            "Sau hội đàm, hai Bộ trưởng đã chứng kiến lễ ký kết kế hoạch hợp tác giai đoạn mới giữa các đơn vị chức năng của hai Bộ.");

    private static final List<String> SAME_TALKS_OTHER_ANGLE = List.of(
            "Ngày 12/3, Bộ trưởng Triệu Khắc Chí và Bộ trưởng Tô Lâm đồng chủ trì lễ ký kết bản ghi nhớ về hợp tác chống khủng bố tại trụ sở Bộ Công an.",
            "Văn bản được ký nhằm cụ thể hóa nhận thức chung của lãnh đạo cấp cao hai Đảng, hai nước về tăng cường hợp tác an ninh.",
            "Theo đó, hai bên sẽ lập đường dây nóng giữa các đơn vị nghiệp vụ và tổ chức tập huấn chung cho cán bộ trong năm tới.");

    private static final List<String> SECOND_DAY_OF_THE_VISIT = List.of(
            "Sáng 13/3, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Bộ trưởng Bộ Công an Trung Quốc Triệu Khắc Chí đang thăm chính thức Việt Nam.",
            "Chủ tịch nước đề nghị lực lượng công an hai nước tiếp tục phối hợp chặt chẽ, bảo đảm an ninh tuyến biên giới và trấn áp tội phạm xuyên quốc gia.",
            "Bộ trưởng Triệu Khắc Chí bày tỏ vui mừng trở lại thăm Việt Nam và cảm ơn sự đón tiếp trọng thị của nước chủ nhà.");

    private static final List<String> HANDOVER_IN_LANG_SON = List.of(
            "Ngày 12/3, tại cửa khẩu Hữu Nghị, Công an tỉnh Lạng Sơn đã tiếp nhận ba đối tượng truy nã do Cục Công an thành phố Bằng Tường bàn giao.",
            "Các đối tượng bị truy nã về tội mua bán người, đã lẩn trốn sang Trung Quốc từ năm 2019.",
            "Việc bàn giao được thực hiện theo cơ chế phối hợp giữa hai lực lượng công an vùng biên.");

    @Test
    void aSyndicatedCopyIsMarkedAsACopyOfTheAgencysReport() {
        Report agency = report(1, day(12), true, true, Set.of(1L, 2L), TALKS);
        Report republished = report(2, day(12), true, false, Set.of(1L, 2L), TALKS);

        EventGrouper.Grouping grouping = new EventGrouper().group(List.of(republished, agency));

        assertThat(grouping.copies()).containsOnlyKeys(2L);
        assertThat(grouping.copies().get(2L).originalId()).isEqualTo(1L);
        assertThat(grouping.copies().get(2L).similarity()).isEqualTo(1.0);
        assertThat(grouping.events()).containsExactly(List.of(1L, 2L));
    }

    @Test
    void aNearCopyWithAnEditedSentenceAndACutEndingIsStillACopyAndSaysHowMuchDiffers() {
        List<String> edited = new ArrayList<>(TALKS.subList(0, 4));
        edited.set(1, "Hai bên đánh giá cao những kết quả quan trọng trong hợp tác phòng, chống tội phạm thời gian qua.");
        Report original = report(1, day(12), true, true, Set.of(1L, 2L), TALKS);
        Report nearCopy = report(2, null, false, false, Set.of(1L), edited);

        EventGrouper.Grouping grouping = new EventGrouper().group(List.of(original, nearCopy));

        assertThat(grouping.copies()).containsOnlyKeys(2L);
        assertThat(grouping.copies().get(2L).similarity()).isBetween(0.3, 0.95);
        assertThat(grouping.events()).containsExactly(List.of(1L, 2L));
    }

    @Test
    void twoReportsOfOneMeetingAreOneEventAndNeitherIsACopy() {
        Report one = report(1, day(12), true, true, Set.of(1L, 2L), TALKS);
        Report other = report(2, day(12), true, false, Set.of(2L, 1L), SAME_TALKS_OTHER_ANGLE);

        EventGrouper.Grouping grouping = new EventGrouper().group(List.of(one, other));

        assertThat(grouping.copies()).isEmpty();
        assertThat(grouping.events()).containsExactly(List.of(1L, 2L));
    }

    @Test
    void aReportDatedOnlyByItsPageTheNextDayJoinsTheMeeting() {
        Report written = report(1, day(12), true, true, Set.of(1L, 2L), TALKS);
        Report nextMorning = report(2, day(13), false, false, Set.of(1L, 2L), SAME_TALKS_OTHER_ANGLE);

        assertThat(new EventGrouper().group(List.of(written, nextMorning)).events())
                .containsExactly(List.of(1L, 2L));
    }

    @Test
    void twoMeetingsOfOneVisitOnConsecutiveDaysAreTwoEvents() {
        Report talks = report(1, day(12), true, true, Set.of(1L, 2L), TALKS);
        Report reception = report(2, day(13), true, true, Set.of(2L, 3L), SECOND_DAY_OF_THE_VISIT);
        Report receptionWithTheMinister = report(3, day(13), true, false, Set.of(1L, 2L, 3L), SECOND_DAY_OF_THE_VISIT.subList(0, 1));

        assertThat(new EventGrouper().group(List.of(talks, reception, receptionWithTheMinister)).events())
                .containsExactlyInAnyOrder(List.of(1L), List.of(2L, 3L));
    }

    @Test
    void twoUnrelatedEventsOnOneDayStayApartEvenWithAnOfficialInCommon() {
        Report talks = report(1, day(12), true, true, Set.of(1L, 2L), TALKS);
        Report handover = report(2, day(12), true, false, Set.of(1L, 4L), HANDOVER_IN_LANG_SON);

        EventGrouper.Grouping grouping = new EventGrouper().group(List.of(talks, handover));

        assertThat(grouping.events()).containsExactlyInAnyOrder(List.of(1L), List.of(2L));
        assertThat(grouping.copies()).isEmpty();
    }

    @Test
    void reportsNamingOneSessionOfAConferenceOnItsDayAreOneEventWithoutSharingOfficials() {
        Report opening = new Report(1, day(12), true, null, true, Set.of(1L), Map.of(), Set.of("ministerial-crime-conference-5"),
                TextFingerprint.of(TALKS));
        Report closing = new Report(2, day(12), true, null, false, Set.of(2L), Map.of(), Set.of("ministerial-crime-conference-5"),
                TextFingerprint.of(HANDOVER_IN_LANG_SON));

        assertThat(new EventGrouper().group(List.of(opening, closing)).events()).containsExactly(List.of(1L, 2L));
    }

    @Test
    void theSameTextRepublishedMonthsLaterIsNotACopyOfTheReport() {
        Report report = report(1, day(12), true, true, Set.of(1L, 2L), TALKS);
        Report anniversaryReprint = new Report(2, LocalDate.of(2024, 9, 1), true, LocalDate.of(2024, 9, 1), false,
                Set.of(1L, 2L), Map.of(), Set.of(), TextFingerprint.of(TALKS));

        EventGrouper.Grouping grouping = new EventGrouper().group(List.of(report, anniversaryReprint));

        assertThat(grouping.copies()).isEmpty();
        assertThat(grouping.events()).hasSize(2);
    }

    @Test
    void theHeadOfStatesReceptionOnTheDayOfTheConferenceIsAnEventOfItsOwn() {
        Report conference = new Report(1, day(12), true, null, true, Set.of(1L, 2L),
                Map.of("VN", Set.of(1L), "CN", Set.of(2L)), Set.of("ministerial-crime-conference-7"),
                TextFingerprint.of(TALKS));
        Report reception = new Report(2, day(12), true, null, false, Set.of(1L, 2L, 3L),
                Map.of("VN", Set.of(3L), "CN", Set.of(2L)), Set.of("ministerial-crime-conference-7"),
                TextFingerprint.of(SECOND_DAY_OF_THE_VISIT));
        Report conferenceFromTheChineseSide = new Report(3, day(12), true, null, false, Set.of(1L, 2L),
                Map.of("CN", Set.of(2L)), Set.of("ministerial-crime-conference-7"), TextFingerprint.of(SAME_TALKS_OTHER_ANGLE));

        assertThat(new EventGrouper().group(List.of(conference, reception, conferenceFromTheChineseSide)).events())
                .containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L));
    }

    @Test
    void undatedReportsAreEventsOfTheirOwn() {
        Report one = report(1, null, false, false, Set.of(1L, 2L), TALKS.subList(0, 1));
        Report other = report(2, null, false, false, Set.of(1L, 2L), SAME_TALKS_OTHER_ANGLE);

        assertThat(new EventGrouper().group(List.of(one, other)).events()).hasSize(2);
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2024, 3, dayOfMarch);
    }

    private static final List<String> RAID_FROM_THE_MINISTRY = List.of(
            "Ngày 9/3, Cục An ninh mạng cho biết Bộ Công an đã trục xuất 64 người nước ngoài về nước qua cửa khẩu Móng Cái để xử lý theo pháp luật.",
            "Trước đó, sáng 5/3, lực lượng chức năng đồng loạt kiểm tra 14 địa điểm tại Quảng Ninh và Hải Phòng, phát hiện nhóm người tổ chức đánh bạc qua mạng.");

    private static final List<String> RAID_FROM_THE_CITY_POLICE = List.of(
            "Ngày 10/3, Giám đốc Công an thành phố Hải Phòng cho biết đơn vị đã phối hợp bàn giao 28 người nước ngoài thuộc đường dây đánh bạc qua mạng.",
            "Rạng sáng 5/3, hàng trăm cán bộ chiến sĩ ập vào 14 địa điểm, thu giữ 120 điện thoại và nhiều tài liệu liên quan.");

    private static final List<String> ANOTHER_RAID_THE_NEXT_DAY = List.of(
            "Ngày 10/3, Công an tỉnh Lào Cai cho biết đã triệt phá một đường dây đánh bạc qua mạng tại thành phố Lào Cai.",
            "Sáng 5/3, công an kiểm tra 3 địa điểm, tạm giữ 12 người và thu giữ 45 điện thoại.");

    @Test
    void twoReportsOfOneCaseOnConsecutiveDaysAreOneEventThoughTheyShareNoOfficialOrText() {
        Report ministry = caseReport(1, day(9), Set.of(), RAID_FROM_THE_MINISTRY, "9/3", Set.of("gambling", "high-tech-crime"));
        Report cityPolice = caseReport(2, day(10), Set.of(3L), RAID_FROM_THE_CITY_POLICE, "10/3", Set.of("gambling"));
        Report otherRaid = caseReport(3, day(10), Set.of(4L), ANOTHER_RAID_THE_NEXT_DAY, "10/3", Set.of("gambling"));

        assertThat(ministry.caseFacts()).contains("n:14 dia", "d:5/3", "n:64 nguoi").doesNotContain("d:9/3");
        assertThat(new EventGrouper().group(List.of(ministry, cityPolice, otherRaid)).events())
                .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
        // the other raid shares the day of the raids but no count; the same facts without a crime in common, or
        // a week apart, are not one case either
        Report smuggling = caseReport(4, day(10), Set.of(), RAID_FROM_THE_CITY_POLICE, "10/3", Set.of("smuggling"));
        Report weekLater = caseReport(5, day(16), Set.of(), RAID_FROM_THE_CITY_POLICE, "16/3", Set.of("gambling"));
        assertThat(new EventGrouper().group(List.of(ministry, smuggling)).events())
                .containsExactlyInAnyOrder(List.of(1L), List.of(4L));
        assertThat(new EventGrouper().group(List.of(ministry, weekLater)).events())
                .containsExactlyInAnyOrder(List.of(1L), List.of(5L));
    }

    @Test
    void caseFactsLeaveOutAgesAmountsAndRangesAndAFactOfAWholeWeeksNewsLinksNothing() {
        assertThat(CaseFacts.of(List.of("Đối tượng 30 tuổi vận chuyển 2.5 tấn hàng cùng 8-10 người, sáng 6-6 bị bắt."),
                null)).containsExactly("d:6/6");
        List<Report> sameFactsAllWeek = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            // forty different texts (no fingerprint in common) that all recount "14 địa điểm" and "sáng 5/3"
            List<String> text = List.of("Ngày " + (9 + i % 2) + "/3, lực lượng chức năng kiểm tra 14 địa điểm, sáng 5/3 "
                    + "phát hiện vụ việc thứ " + i + ".");
            sameFactsAllWeek.add(new Report(i, day(9 + i % 2), true, null, false, Set.of(), Map.of(), Set.of(),
                    TextFingerprint.of(List.of()), CaseFacts.of(text, (9 + i % 2) + "/3"), Set.of("gambling")));
        }
        assertThat(new EventGrouper().group(sameFactsAllWeek).events()).hasSize(40);
    }

    private static Report caseReport(long id, LocalDate day, Set<Long> officials, List<String> paragraphs, String ownDay,
            Set<String> categories) {
        return new Report(id, day, true, day, false, officials, Map.of(), Set.of(), TextFingerprint.of(paragraphs),
                CaseFacts.of(paragraphs, ownDay), categories);
    }

    private static Report report(long id, LocalDate day, boolean dayFromText, boolean agency, Set<Long> officials,
            List<String> paragraphs) {
        return new Report(id, day, dayFromText, day, agency, officials, Map.of(), Set.of(), TextFingerprint.of(paragraphs));
    }
}
