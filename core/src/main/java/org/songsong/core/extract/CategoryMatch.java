package org.songsong.core.extract;

import java.util.List;

/** A crime category an article names: the phrases as written and the paragraphs holding them. */
public record CategoryMatch(String code, List<String> evidence, List<Integer> paragraphs) {
}
