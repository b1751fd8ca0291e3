package org.songsong.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.songsong.core.knowledge.KnowledgeBase;

class PrincipalsTest {

    private final Principals principals = new Principals(KnowledgeBase.load().officials());

    @Test
    void theGeneralSecretaryLeadsAReportThatAlsoNamesTheMinister() {
        List<Principals.Mentioned> named = List.of(
                new Principals.Mentioned(1, "to-lam", "VN", List.of(0, 3)),
                new Principals.Mentioned(2, "nguyen-phu-trong", "VN", List.of(0)),
                new Principals.Mentioned(3, "trieu-khac-chi", "CN", List.of(0, 1)));

        assertThat(principals.of(2021, named)).isEqualTo(Map.of("VN", Set.of(2L), "CN", Set.of(3L)));
    }

    @Test
    void anOfficialNamedOnlyFurtherDownDoesNotLeadTheReport() {
        List<Principals.Mentioned> named = List.of(
                new Principals.Mentioned(1, "to-lam", "VN", List.of(1)),
                new Principals.Mentioned(2, "nguyen-phu-trong", "VN", List.of(6)));

        assertThat(principals.of(2021, named)).isEqualTo(Map.of("VN", Set.of(1L)));
    }

    @Test
    void theOfficeHeldInTheReportsYearCountsNotTheLaterOne() {
        List<Principals.Mentioned> named = List.of(
                new Principals.Mentioned(1, "to-lam", "VN", List.of(0)),
                new Principals.Mentioned(2, "nguyen-xuan-phuc", "VN", List.of(0)));

        assertThat(principals.of(2019, named)).isEqualTo(Map.of("VN", Set.of(2L)));
        assertThat(principals.of(2025, named)).isEqualTo(Map.of("VN", Set.of(1L)));
    }
}
