package org.songsong.core.knowledge;

import java.util.List;

/** A crime category of the knowledge base, with the Vietnamese phrasings that name it (regular expressions). */
public record CategoryEntry(String code, String labelVi, String labelEn, String descriptionVi, String descriptionEn,
        List<String> phrases) {
}
