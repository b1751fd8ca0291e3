package org.songsong.web.page;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.songsong.web.catalog.ArticleCatalog;
import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.EventCatalog;
import org.songsong.web.catalog.FacetCatalog;
import org.songsong.web.catalog.ReferenceCatalog;
import org.songsong.web.catalog.StoredArticle;
import org.songsong.web.error.InvalidParameterException;
import org.songsong.web.http.FilterParams;
import org.songsong.web.http.Slugs;
import org.songsong.web.i18n.PageContext;
import org.songsong.web.i18n.Reader;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The reader's pages: the filtered article list and one article. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ArticleListView list, PageContext page);

        static native TemplateInstance article(ArticleViews.Detail article, Citation citation,
                List<ArticleViews.Summary> related, EventPages.ArticleEvent event, PageContext page);
    }

    @Inject
    FacetCatalog facetCatalog;

    @Inject
    Reader reader;

    @Inject
    ArticleCatalog catalog;

    @Inject
    ReferenceCatalog references;

    @Inject
    EventCatalog events;

    @GET
    public TemplateInstance index(@BeanParam FilterParams params) {
        ReaderLanguage language = reader.language();
        ArticleFilter filter = params.filter(references);
        ArticleCatalog.Page page = catalog.search(filter, params.page(), PAGE_SIZE);
        ArticleListView list = ArticleListView.of(page, facetCatalog.facets(page.filter()), page.filter(), language);
        return Templates.index(list, reader.page()).setLocale(language.locale());
    }

    @GET
    @Path("articles/{slug}")
    public TemplateInstance article(@PathParam("slug") String slug, @QueryParam("q") String query,
            @Context UriInfo uri) {
        ReaderLanguage language = reader.language();
        if (query != null && query.length() > 300) {
            throw new InvalidParameterException("q", query, InvalidParameterException.Problem.TOO_LONG);
        }
        StoredArticle stored = catalog.article(Slugs.check(slug)).orElseThrow(NotFoundException::new);
        ArticleViews.Detail article = ArticleViews.detail(stored, language, query);
        Citation citation = Citation.of(article.outletName(), stored.titleVi(), stored.titleEn(), stored.date(),
                stored.sourceUrl(), stored.slug(), uri.getBaseUri().resolve("articles/" + stored.slug()).toString(),
                LocalDate.now(ZoneOffset.UTC));
        List<ArticleViews.Summary> related = catalog.related(stored.id(), 5).stream()
                .map(r -> ArticleViews.summary(r, language)).toList();
        EventPages.ArticleEvent event = events.reportsOfEventOf(stored.id())
                .map(e -> EventPages.ArticleEvent.of(e, stored.id(), language)).orElse(null);
        return Templates.article(article, citation, related, event, reader.page()).setLocale(language.locale());
    }
}
