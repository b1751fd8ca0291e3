package org.songsong.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The reader's pages: the filtered article list and one article. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ArticleListView list, PageContext page);

        static native TemplateInstance article(ArticleViews.Detail article, PageContext page);
    }

    @Inject
    ArticleCatalog catalog;

    @GET
    public TemplateInstance index(@BeanParam Reader reader, @BeanParam FilterParams params) {
        ReaderLanguage language = reader.language();
        ArticleFilter filter = params.filter(catalog);
        ArticleCatalog.Page page = catalog.search(filter, params.page(), PAGE_SIZE);
        ArticleListView list = ArticleListView.of(page, catalog.facets(filter), filter, language);
        return Templates.index(list, reader.page()).setLocale(language.locale());
    }

    @GET
    @Path("articles/{slug}")
    public TemplateInstance article(@PathParam("slug") String slug, @BeanParam Reader reader) {
        ReaderLanguage language = reader.language();
        ArticleViews.Detail article = catalog.article(slug).map(a -> ArticleViews.detail(a, language))
                .orElseThrow(NotFoundException::new);
        return Templates.article(article, reader.page()).setLocale(language.locale());
    }
}
