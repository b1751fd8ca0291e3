package org.songsong.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.songsong.core.testing.JsonBoundTypes;

/**
 * What the reader writes as JSON outside a resource method's declared return type (which the framework
 * registers itself), such as the API's error bodies, is registered for reflection, or a native reader
 * would answer an API error with an empty object.
 */
class NativeImageClassesTest {

    @Test
    void everyClassWrittenAsJsonOutsideAReturnTypeIsRegisteredForReflection() {
        assertThat(JsonBoundTypes.in("org.songsong.web"))
                .contains("org.songsong.web.error.ErrorPages$ApiError")
                .isSubsetOf(JsonBoundTypes.registered("org.songsong.web"));
    }
}
