package org.songsong.core.writeside;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.extract.OfficialMention;
import org.songsong.core.parse.Caption;
import org.songsong.core.text.VietnameseText;

/**
 * The text an article is found by: titles, summaries, body and captions in both languages, and the
 * officials' names in every spelling the knowledge base knows, folded so that searches ignore case and
 * diacritics. The title and the officials come first and twice, so they weigh more in the ranking.
 */
final class SearchDocument {

    private SearchDocument() {
    }

    /** The texts a document is made of; English lists are empty where the article has no such English. */
    record Parts(String titleVi, String titleEn, List<String> names, String summaryVi, String summaryEn,
            List<String> paragraphsVi, List<String> captionsVi, List<String> paragraphsEn, List<String> captionsEn) {
    }

    static String of(ExtractedArticle extracted) {
        List<String> names = new ArrayList<>();
        for (OfficialMention official : extracted.extraction().officials()) {
            names.add(official.nameVi());
            names.add(official.nameEn());
            if (official.entry() != null) {
                names.addAll(official.entry().aliases());
            }
        }
        CuratedEnglish curated = extracted.curated();
        return of(new Parts(extracted.titleVi(), extracted.titleEn(), names, extracted.summaryVi(), extracted.summaryEn(),
                extracted.parsed().paragraphs(), extracted.parsed().captions().stream().map(Caption::text).toList(),
                curated == null ? List.of() : curated.paragraphs().stream().map(CuratedEnglish.Pair::en).toList(),
                curated == null ? List.of() : curated.captions().stream().map(CuratedEnglish.Pair::en).toList()));
    }

    static String of(Parts article) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            parts.add(article.titleVi());
            parts.add(article.titleEn());
            parts.addAll(article.names());
        }
        parts.add(article.summaryVi());
        parts.add(article.summaryEn());
        parts.addAll(article.paragraphsVi());
        parts.addAll(article.captionsVi());
        parts.addAll(article.paragraphsEn());
        parts.addAll(article.captionsEn());
        char[] document = new char[1024];
        int length = 0;
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                document = withRoom(document, length + part.length() + 1);
                int end = VietnameseText.foldInto(document, length, part);
                if (end < 0) {
                    String folded = VietnameseText.fold(part);
                    document = withRoom(document, length + folded.length() + 1);
                    folded.getChars(0, folded.length(), document, length);
                    end = length + folded.length();
                }
                document[end] = '\n';
                length = end + 1;
            }
        }
        return new String(document, 0, length);
    }

    private static char[] withRoom(char[] document, int needed) {
        return needed <= document.length ? document : Arrays.copyOf(document, Math.max(needed, 2 * document.length));
    }
}
