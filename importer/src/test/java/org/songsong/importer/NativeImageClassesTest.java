package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.songsong.core.NativeReflection;
import org.songsong.core.testing.JsonBoundTypes;

import org.junit.jupiter.api.Test;

/** The import report, written by a native importer, names every class it writes for reflection. */
class NativeImageClassesTest {

    @Test
    void everyClassTheReportWritesIsRegisteredForReflection() {
        Set<String> registered = new TreeSet<>(JsonBoundTypes.registered("org.songsong", NativeReflection.class));
        assertThat(JsonBoundTypes.in("org.songsong.importer"))
                .contains("org.songsong.core.writeside.FileOutcome", ImportSummary.class.getName())
                .isSubsetOf(registered);
    }
}
