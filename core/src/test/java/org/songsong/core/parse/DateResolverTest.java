package org.songsong.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static PublicationDate resolve(DateMention mention, DateMarker marker, String url, List<String> warnings) {
        ParsedArticle article = new ParsedArticle("t", false, List.of("p"), List.of(), url, null, marker, mention,
                List.of(), List.of(), List.of());
        return DateResolver.resolve(article, warnings);
    }

    @Test
    void dayAndMonthFromTheTextYearFromTheMarker() {
        PublicationDate date = resolve(new DateMention("Chiều 1/12", 1, 12, null), new DateMarker(2023, 12, null),
                null, new ArrayList<>());
        assertThat(date.iso()).isEqualTo("2023-12-01");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date.yearSource()).isEqualTo(DateSource.MARKER);
        assertThat(date.daySource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void aJanuaryMarkerOnALateDecemberEventMeansTheYearBefore() {
        PublicationDate date = resolve(new DateMention("Ngày 28/12", 28, 12, null), new DateMarker(2024, 1, null),
                null, new ArrayList<>());
        assertThat(date.iso()).isEqualTo("2023-12-28");
    }

    @Test
    void aYearWrittenInTheTextWinsOverAContradictingMarker() {
        List<String> warnings = new ArrayList<>();
        PublicationDate date = resolve(new DateMention("Chiều 17/8/2025", 17, 8, 2025), new DateMarker(2019, 8, null),
                null, warnings);
        assertThat(date.iso()).isEqualTo("2025-08-17");
        assertThat(date.yearSource()).isEqualTo(DateSource.TEXT);
        assertThat(warnings).anyMatch(w -> w.contains("contradicts"));
    }

    @Test
    void withoutADayInTheTextAPageDateGivesTheMonthNotADay() {
        assertThat(resolve(null, new DateMarker(2024, 8, null), null, new ArrayList<>()).iso()).isEqualTo("2024-08");
        // a marker's day is the day the page was published or captured, not the day of the news
        assertThat(resolve(null, new DateMarker(2025, 12, 11), null, new ArrayList<>()).iso()).isEqualTo("2025-12");
    }

    @Test
    void theUrlCanDateAnArticle() {
        String url = "https://dantri.com.vn/phap-luat/quang-ninh-truc-xuat-20251124140225528.htm";
        assertThat(resolve(null, null, url, new ArrayList<>()).iso()).isEqualTo("2025-11");
        PublicationDate dated = resolve(new DateMention("Ngày 24/11", 24, 11, null), null, url, new ArrayList<>());
        assertThat(dated.iso()).isEqualTo("2025-11-24");
        assertThat(dated.yearSource()).isEqualTo(DateSource.URL);
    }

    @Test
    void theUrlsDatedIdsAndFoldersGiveTheYear() {
        assertThat(resolve(new DateMention("ngày 15.1", 15, 1, null), null,
                "https://thanhnien.vn/hai-nguoi-nuoc-ngoai-dieu-hanh-duong-day-18526011616102711.htm",
                new ArrayList<>()).iso()).isEqualTo("2026-01-15");
        assertThat(resolve(new DateMention("Sáng 14/12", 14, 12, null), null,
                "https://baochinhphu.vn/bo-cong-an-hoi-dam-voi-bo-cong-an-trung-quoc-102231214093512345.htm",
                new ArrayList<>()).iso()).isEqualTo("2023-12-14");
        assertThat(resolve(new DateMention("ngày 15/3", 15, 3, null), null,
                "https://tv.example.vn/chuyen-de/an-ninh/202203/tiep-nhan-cong-dan-2563b14",
                new ArrayList<>()).iso()).isEqualTo("2022-03-15");
        assertThat(resolve(new DateMention("Ngày 16/3", 16, 3, null), null,
                "http://www.example.com/html/2026/tin-tuc/125929.html", new ArrayList<>()).iso()).isEqualTo("2026-03-16");
    }

    @Test
    void aMarkerYearsAfterEverythingTheTextMentionsGivesWayToTheText() {
        ParsedArticle article = new ParsedArticle("t", false, List.of(
                "Từ năm 2009 đến nay hai bên đã trao đổi nhiều đoàn công tác.",
                "Các khóa đào tạo chung được mở trong năm 2011."), List.of(), null, null,
                new DateMarker(2017, 3, null), null, List.of(), List.of(), List.of());
        List<String> warnings = new ArrayList<>();
        PublicationDate date = DateResolver.resolve(article, warnings);
        assertThat(date.iso()).isEqualTo("2010");
        assertThat(date.yearSource()).isEqualTo(DateSource.CONTEXT);
        assertThat(warnings).anyMatch(w -> w.contains("marker 2017"));

        ParsedArticle recalling = new ParsedArticle("t", false, List.of("Vụ án xảy ra từ năm 2014."), List.of(), null,
                null, new DateMarker(2017, 3, null), null, List.of(), List.of(), List.of());
        assertThat(DateResolver.resolve(recalling, new ArrayList<>()).iso()).isEqualTo("2017-03");
    }

    @Test
    void noEvidenceMeansNoDateAndAWarningNeverAGuess() {
        List<String> warnings = new ArrayList<>();
        assertThat(resolve(new DateMention("Sáng 21/3", 21, 3, null), null, null, warnings)).isNull();
        assertThat(warnings).containsExactly("the text gives the day 'Sáng 21/3' but nothing gives the year");
    }

    private static PublicationDate resolveWithOffices(DateMention mention, DateMarker marker, Integer from, Integer to,
            List<String> warnings) {
        ParsedArticle article = new ParsedArticle("t", false, List.of("p"), List.of(), null, null, marker, mention,
                List.of(), List.of(), List.of());
        return DateResolver.resolve(article, new YearEvidence(List.of(), from, to, "Bộ trưởng X " + from + "–" + to),
                warnings);
    }

    @Test
    void officesThatRuleOutThePageDateAreSetAsideRatherThanLosingTheStatedDay() {
        List<String> warnings = new ArrayList<>();
        // the knowledge base puts the office in 1995-2012, too long a span to offer years of its own; the page
        // says 2019: one of them is wrong, and the day stays
        PublicationDate date = resolveWithOffices(new DateMention("Sáng 9/6", 9, 6, null), new DateMarker(2019, 6, null),
                1995, 2012, warnings);
        assertThat(date.iso()).isEqualTo("2019-06-09");
        assertThat(warnings).anyMatch(w -> w.contains("set aside"));
    }

    @Test
    void whenOnlyTheOfficesGiveAYearTheStatedDayIsKeptWithTheMiddleOfTheirSpan() {
        List<String> warnings = new ArrayList<>();
        PublicationDate date = resolveWithOffices(new DateMention("Chiều 15/10", 15, 10, null), null, 2002, 2026,
                warnings);
        assertThat(date.iso()).isEqualTo("2014-10-15");
        assertThat(date.yearSource()).isEqualTo(DateSource.ROLES);
        assertThat(date.daySource()).isEqualTo(DateSource.TEXT);
        assertThat(resolveWithOffices(null, null, 2002, 2026, new ArrayList<>()).iso()).isEqualTo("2014");
    }

    @Test
    void withNothingToGiveAYearTheArticleIsLeftUndatedAndSaysWhy() {
        List<String> warnings = new ArrayList<>();
        assertThat(resolve(new DateMention("Chiều 15/10", 15, 10, null), null, null, warnings)).isNull();
        assertThat(warnings).anyMatch(w -> w.contains("nothing gives the year"));
    }
}
