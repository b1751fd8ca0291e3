package org.songsong.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.songsong.web.catalog.ArticleFilter;

/** URLs the pages link to, built in one place. */
public final class Links {

    private Links() {
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The article list narrowed by a filter, at a page. */
    public static String list(ArticleFilter filter, int page) {
        String query = filter.queryString();
        if (page > 1) {
            query = query.isEmpty() ? "page=" + page : query + "&page=" + page;
        }
        return query.isEmpty() ? "/" : "/?" + query;
    }
}
