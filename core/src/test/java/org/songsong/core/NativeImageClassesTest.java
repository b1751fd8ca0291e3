package org.songsong.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.songsong.core.testing.JsonBoundTypes;

/**
 * No native executable can be built on the machines that run the tests: this is the check that one would
 * still read the knowledge base, the translations and the import report.
 */
class NativeImageClassesTest {

    @Test
    void everyClassJacksonBindsIsRegisteredForReflection() {
        assertThat(JsonBoundTypes.in("org.songsong.core"))
                .isNotEmpty()
                .isSubsetOf(JsonBoundTypes.registered("org.songsong.core", NativeReflection.class));
    }
}
