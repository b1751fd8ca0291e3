package org.songsong.core.extract;

import java.util.List;

import org.songsong.core.knowledge.OfficialEntry;

/**
 * An official named in an article.
 *
 * @param roleAsWritten the fullest title the article gives them ("Thứ trưởng Bộ Công an Trung Quốc")
 * @param rolesSeen     every title written next to their name, for dating the article
 * @param paragraphs    positions of the paragraphs that mention them (0 is the lede)
 * @param entry         the knowledge base's entry; null when {@code curated} is false
 */
public record OfficialMention(String slug, String nameVi, String nameEn, String nameZh, String country,
        boolean curated, String roleAsWritten, List<String> rolesSeen, List<Integer> paragraphs, OfficialEntry entry) {
}
