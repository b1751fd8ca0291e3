package org.songsong.web;

import java.util.List;
import java.util.Optional;

import org.songsong.core.domain.Article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The read side of the collection: what the pages ask of the database. */
@ApplicationScoped
public class ArticleCatalog {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleViews.Summary> newestFirst(ReaderLanguage language) {
        List<Article> articles = Article.<Article>find("from Article a left join fetch a.outlet " + Article.NEWEST_FIRST)
                .list();
        return articles.stream().map(a -> ArticleViews.summary(a, language)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArticleViews.Detail> bySlug(String slug, ReaderLanguage language) {
        return Article.<Article>find("from Article a left join fetch a.outlet where a.slug = ?1", slug)
                .firstResultOptional()
                .map(a -> ArticleViews.detail(a, language));
    }
}
