package org.songsong.web.page;

import java.util.List;

import org.songsong.web.catalog.ArticleCatalog;
import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.CategoryProfile;
import org.songsong.web.catalog.FacetCatalog;
import org.songsong.web.catalog.OfficialProfile;
import org.songsong.web.catalog.ReferenceCatalog;
import org.songsong.web.catalog.TimelineCatalog;
import org.songsong.web.http.Slugs;
import org.songsong.web.i18n.PageContext;
import org.songsong.web.i18n.Reader;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A page per official and per crime category: who or what it is, and the articles about them. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OfficialPages {

    /**
     * The newest articles a profile shows before its link to all of them: a preview, where the list's
     * first page is one click away. 50 made the page of a much-covered official 200 KB and 20 still 134 KB
     * (its timeline and table come first): each article a profile shows costs the reader's throughput.
     */
    static final int LIST_SIZE = 10;

    /** An office held, with its years. */
    public record RoleView(String titleVi, String titleEn, Integer fromYear, Integer toYear) {
    }

    public record OfficialView(String slug, String nameVi, String nameEn, String nameZh, String country,
            boolean curated, List<String> aliases, List<RoleView> roles, List<ArticleViews.Summary> articles,
            long articleCount, String listLink, List<FacetCatalog.FacetValue> companions) {
    }

    public record CategoryView(String code, String labelVi, String labelEn, String descriptionVi, String descriptionEn,
            List<ArticleViews.Summary> articles, long articleCount, String listLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance official(OfficialView official, Timeline timeline, PageContext page);

        static native TemplateInstance category(CategoryView category, Timeline timeline, PageContext page);
    }

    @Inject
    TimelineCatalog timelineCatalog;

    @Inject
    Reader reader;

    @Inject
    ArticleCatalog catalog;

    @Inject
    ReferenceCatalog references;

    @GET
    @Path("officials/{slug}")
    public TemplateInstance official(@PathParam("slug") String slug) {
        ReaderLanguage language = reader.language();
        OfficialProfile official = references.official(Slugs.check(slug)).orElseThrow(NotFoundException::new);
        ArticleFilter filter = ArticleFilter.NONE.withOfficial(slug);
        ArticleCatalog.Page page = catalog.search(filter, 1, LIST_SIZE);
        OfficialView view = new OfficialView(official.slug(), official.nameVi(), official.nameEn(), official.nameZh(),
                official.country(), official.curated(), official.aliases(),
                official.roles().stream().map(r -> new RoleView(r.titleVi(), r.titleEn(), r.fromYear(), r.toYear()))
                        .toList(),
                page.items().stream().map(r -> ArticleViews.summary(r, language)).toList(), page.total(),
                Links.list(filter, 1), references.companions(slug, 10));
        Timeline timeline = Timeline.of("category", filter, timelineCatalog.perYear(filter, false),
                timelineCatalog.totalsPerYear(filter), language);
        return Templates.official(view, timeline, reader.page()).setLocale(language.locale());
    }

    @GET
    @Path("categories/{code}")
    public TemplateInstance category(@PathParam("code") String code) {
        ReaderLanguage language = reader.language();
        CategoryProfile category = references.category(Slugs.check(code)).orElseThrow(NotFoundException::new);
        ArticleFilter filter = ArticleFilter.NONE.withCategory(code);
        ArticleCatalog.Page page = catalog.search(filter, 1, LIST_SIZE);
        CategoryView view = new CategoryView(category.code(), category.labelVi(), category.labelEn(),
                category.descriptionVi(), category.descriptionEn(), page.items().stream().map(r -> ArticleViews.summary(r, language)).toList(),
                page.total(), Links.list(filter, 1));
        Timeline timeline = Timeline.of("official", filter, timelineCatalog.perYear(filter, true),
                timelineCatalog.totalsPerYear(filter), language);
        return Templates.category(view, timeline, reader.page()).setLocale(language.locale());
    }
}
