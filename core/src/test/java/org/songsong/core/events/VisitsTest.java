package org.songsong.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VisitsTest {

    // officials by id: two Chinese ministers, a Vietnamese minister, the party leader, the prime minister
    private static final long ZHAO = 1;
    private static final long WANG = 2;
    private static final long TO_LAM = 3;
    private static final long TRONG = 4;
    private static final long PHUC = 5;
    private static final LocalDate DAY = LocalDate.of(2021, 2, 19);

    private final Visits visits = new Visits();

    private static Visits.Stop stop(LocalDate day, long vietnam, long china, String host) {
        return new Visits.Stop(day, Map.of("VN", Set.of(vietnam), "CN", Set.of(china)), host);
    }

    @Test
    void aMinisterAbroadReceivedByThreeHostsIsOneVisitOfThreeEvents() {
        List<Visits.Visit> found = visits.find(List.of(
                stop(DAY, TO_LAM, ZHAO, "VN"),
                stop(DAY, TRONG, ZHAO, null),
                stop(DAY.plusDays(1), PHUC, ZHAO, null)));

        assertThat(found).containsExactly(new Visits.Visit(ZHAO, "CN", "VN", List.of(0, 1, 2)));
    }

    @Test
    void aHostReceivingTwoDelegationsAtHomeOnConsecutiveDaysIsNoVisit() {
        assertThat(visits.find(List.of(
                stop(DAY, TO_LAM, ZHAO, "VN"),
                stop(DAY.plusDays(1), TO_LAM, WANG, "VN")))).isEmpty();
    }

    @Test
    void withoutAKnownPlaceTheSameOfficialOnNearbyDaysIsNoVisit() {
        // a visitor received twice, or a host receiving twice: without a place the two cannot be told apart
        assertThat(visits.find(List.of(
                stop(DAY, TO_LAM, ZHAO, null),
                stop(DAY.plusDays(1), TRONG, ZHAO, null)))).isEmpty();
    }

    @Test
    void meetingsThreeDaysApartAreOneTrip() {
        assertThat(visits.find(List.of(
                stop(DAY, TO_LAM, ZHAO, "VN"),
                stop(DAY.plusDays(3), TRONG, ZHAO, null)))).hasSize(1);
    }

    @Test
    void meetingsMoreThanThreeDaysApartAreDifferentTrips() {
        assertThat(visits.find(List.of(
                stop(DAY, TO_LAM, ZHAO, "VN"),
                stop(DAY.plusDays(4), TRONG, ZHAO, "VN")))).isEmpty();
    }

    @Test
    void aMeetingAtHomeOrInAThirdCountryIsNotPartOfTheTrip() {
        List<Visits.Visit> found = visits.find(List.of(
                stop(DAY, TO_LAM, ZHAO, "CN"),
                stop(DAY.plusDays(1), TO_LAM, WANG, null),
                stop(DAY.plusDays(2), TO_LAM, ZHAO, "VN"),
                stop(DAY.plusDays(2), TO_LAM, ZHAO, "KH")));

        // To Lam in China on the 19th and 20th; the 21st he is at home, and the meeting in Cambodia is elsewhere
        assertThat(found).containsExactly(new Visits.Visit(TO_LAM, "VN", "CN", List.of(0, 1)));
    }

    @Test
    void anOfficialAbroadDayAfterDayMakesVisitsOfTenDaysAtMost() {
        List<Visits.Stop> daily = java.util.stream.IntStream.range(0, 25)
                .mapToObj(d -> stop(DAY.plusDays(d), TO_LAM, ZHAO, "VN")).toList();

        List<Visits.Visit> found = visits.find(daily);

        assertThat(found).extracting(visit -> visit.stops().size()).containsExactly(10, 10, 5);
    }

    @Test
    void anEventWithoutItsDayJoinsNoVisit() {
        assertThat(visits.find(List.of(
                stop(DAY, TO_LAM, ZHAO, "VN"),
                stop(null, TRONG, ZHAO, "VN")))).isEmpty();
    }
}
