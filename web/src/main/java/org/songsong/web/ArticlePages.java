package org.songsong.web;

import java.util.List;

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

/** The reader's pages: the article list and one article. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ArticleViews.Summary> articles, PageContext page);

        static native TemplateInstance article(ArticleViews.Detail article, PageContext page);
    }

    @Inject
    ArticleCatalog catalog;

    @GET
    public TemplateInstance index(@BeanParam Reader reader) {
        ReaderLanguage language = reader.language();
        return Templates.index(catalog.newestFirst(language), reader.page()).setLocale(language.locale());
    }

    @GET
    @Path("articles/{slug}")
    public TemplateInstance article(@PathParam("slug") String slug, @BeanParam Reader reader) {
        ReaderLanguage language = reader.language();
        ArticleViews.Detail article = catalog.bySlug(slug, language).orElseThrow(NotFoundException::new);
        return Templates.article(article, reader.page()).setLocale(language.locale());
    }
}
