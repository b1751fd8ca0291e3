package org.songsong.core.writeside;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The import report's entry for one file. {@code article} is present whenever the file could be parsed. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FileOutcome(String file, ImportStatus status, String reason, List<String> warnings,
        ArticleReport article) {

    public static FileOutcome rejected(String file, String reason, List<String> warnings, ArticleReport article) {
        return new FileOutcome(file, ImportStatus.REJECTED, reason, List.copyOf(warnings), article);
    }
}
