package org.songsong.core.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.songsong.core.domain.Article;
import org.songsong.core.domain.ArticleCategory;
import org.songsong.core.domain.ArticleOfficial;
import org.songsong.core.domain.CrimeCategory;
import org.songsong.core.domain.Official;
import org.songsong.core.extract.CategoryMatch;
import org.songsong.core.extract.OfficialMention;

/**
 * Links an article to the officials and crime categories extracted from it. Links are updated in place
 * by their natural key (official, category), so re-importing never trips over the unique constraints.
 */
final class ArticleLinks {

    private ArticleLinks() {
    }

    /** {@code officials} finds or creates the official of a mention (a batch answers from what it has loaded). */
    static void replaceOfficials(Article article, List<OfficialMention> mentions,
            java.util.function.Function<OfficialMention, Official> officials) {
        Map<String, ArticleOfficial> existing = new HashMap<>();
        article.officials.forEach(link -> existing.put(link.official.slug, link));
        List<String> keep = new ArrayList<>();
        for (OfficialMention mention : mentions) {
            keep.add(mention.slug());
            ArticleOfficial link = existing.get(mention.slug());
            if (link == null) {
                link = new ArticleOfficial();
                link.article = article;
                link.official = officials.apply(mention);
                article.officials.add(link);
            }
            link.roleAsWritten = mention.roleAsWritten();
            link.paragraphs = new ArrayList<>(mention.paragraphs());
        }
        article.officials.removeIf(link -> !keep.contains(link.official.slug));
    }

    static void replaceCategories(Article article, List<CategoryMatch> matches) {
        Map<String, ArticleCategory> existing = new HashMap<>();
        article.categories.forEach(link -> existing.put(link.category.code, link));
        List<String> keep = new ArrayList<>();
        for (CategoryMatch match : matches) {
            keep.add(match.code());
            ArticleCategory link = existing.get(match.code());
            if (link == null) {
                link = new ArticleCategory();
                link.article = article;
                link.category = CrimeCategory.findById(match.code());
                article.categories.add(link);
            }
            link.evidence = new ArrayList<>(match.evidence());
            link.paragraphs = new ArrayList<>(match.paragraphs());
        }
        article.categories.removeIf(link -> !keep.contains(link.category.code));
    }

    /** A new uncurated official, for a person the knowledge base does not know yet. */
    static Official newOfficial(OfficialMention mention) {
        Official official = new Official();
        official.slug = mention.slug();
        official.nameVi = mention.nameVi();
        official.nameEn = mention.nameEn();
        official.nameZh = mention.nameZh();
        official.country = mention.country();
        official.curated = mention.curated();
        official.persist();
        return official;
    }
}
