package org.songsong.core.writeside;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What importing one file did. */
public enum ImportStatus {
    /** A new article. */
    IMPORTED,
    /** A known file whose content (or whose extraction) changed: its article was updated in place. */
    UPDATED,
    /** A known file, imported before with the same content and extraction: nothing to do. */
    UNCHANGED,
    /** Not an article, or unreadable: nothing stored; the reason says why. */
    REJECTED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
