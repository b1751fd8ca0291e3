package org.songsong.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StableEventIdsTest {

    @Test
    void groupingTheSameReportsAgainKeepsEveryEventsId() {
        StableEventIds.Assignment again = StableEventIds.assign(List.of(List.of(1L, 2L), List.of(3L)),
                Map.of(1L, 70L, 2L, 70L, 3L, 71L));

        assertThat(again.ids()).containsExactly(70L, 71L);
        assertThat(again.redirects()).isEmpty();
    }

    @Test
    void aNewReportJoinsItsEventUnderTheEventsIdAndANewEventWaitsForAnId() {
        StableEventIds.Assignment withNew = StableEventIds.assign(List.of(List.of(1L, 2L, 9L), List.of(10L)),
                Map.of(1L, 70L, 2L, 70L));

        assertThat(withNew.ids()).containsExactly(70L, null);
    }

    @Test
    void twoEventsThatANewReportJoinsKeepTheLargersIdAndTheOtherLeadsToIt() {
        StableEventIds.Assignment merged = StableEventIds.assign(List.of(List.of(1L, 2L, 3L, 9L)),
                Map.of(1L, 70L, 2L, 70L, 3L, 71L));

        assertThat(merged.ids()).containsExactly(70L);
        assertThat(merged.redirects()).containsExactly(Map.entry(71L, 0));
    }

    @Test
    void anEventWhoseReportsFallApartLeavesItsIdWithTheLargestPart() {
        StableEventIds.Assignment split = StableEventIds.assign(List.of(List.of(3L), List.of(1L, 2L)),
                Map.of(1L, 70L, 2L, 70L, 3L, 70L));

        assertThat(split.ids()).isEqualTo(Arrays.asList(null, 70L));
        assertThat(split.redirects()).isEmpty();
    }
}
