package org.songsong.web.http;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.SearchMatches;
import org.songsong.web.error.ErrorPages;
import org.songsong.web.i18n.PageContext;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A new search that the reader would turn away (as many searches as it takes are being matched or wait)
 * is answered 503 here, on the HTTP layer's thread, before the REST layer: under a flood of new searches,
 * refusing each through the application took a worker thread and about a millisecond of CPU, as much as
 * the article pages the refusal was meant to protect. Responses already kept are sent before this filter.
 */
public class BusySearchFilter {

    /** After the kept responses ({@link RenderedResponseServer}), before the REST layer. */
    private static final int PRIORITY = 8_000;

    /** The addresses that run a search when given {@code q}; an article page only highlights it. */
    private static final Set<String> SEARCHING = Set.of("/", "/api/articles", "/feed.atom", "/export.csv",
            "/export.json", "/timeline");

    @Inject
    SearchMatches searches;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String query = context.request().method() == HttpMethod.GET && SEARCHING.contains(context.request().path())
                ? context.request().getParam("q") : null;
        String words = query == null ? null : ArticleFilter.foldWords(query);
        if (words == null || words.isEmpty() || !searches.wouldTurnAway(words)) {
            context.next();
            return;
        }
        ReaderLanguage language = ReaderLanguage.of(context);
        context.response().putHeader(HttpHeaders.RETRY_AFTER, "2");
        MalformedAddressFilter.answer(context, 503, ErrorPages.bundle(language).error_busy_text(),
                pages.computeIfAbsent(language, l -> ErrorPages.Templates.busy(PageContext.at("/", l))
                        .setLocale(l.locale()).render()));
    }

    /** The refusal's page in each language, rendered once: a flood is refused hundreds of times a second. */
    private final Map<ReaderLanguage, String> pages = new ConcurrentHashMap<>();
}
