package org.songsong.web.page;

import java.util.List;

import org.songsong.web.catalog.ArticleCatalog;
import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.CategoryProfile;
import org.songsong.web.catalog.EventCatalog;
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

    /** The newest articles of a profile, how many there are, and the link to the list of all of them. */
    public record Preview(List<ArticleViews.Summary> articles, long articleCount, String listLink) {

        static Preview of(ArticleCatalog.Page page, ArticleFilter filter, ReaderLanguage language) {
            return new Preview(page.items().stream().map(row -> ArticleViews.summary(row, language)).toList(),
                    page.total(), Links.list(filter, 1));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance official(OfficialProfile official, List<FacetCatalog.FacetValue> companions,
                List<EventCatalog.Met> met, Preview preview, Timeline timeline, PageContext page);

        static native TemplateInstance category(CategoryProfile category, Preview preview, Timeline timeline,
                PageContext page);
    }

    @Inject
    TimelineCatalog timelineCatalog;

    @Inject
    Reader reader;

    @Inject
    ArticleCatalog catalog;

    @Inject
    ReferenceCatalog references;

    @Inject
    EventCatalog events;

    @GET
    @Path("officials/{slug}")
    public TemplateInstance official(@PathParam("slug") String slug) {
        ReaderLanguage language = reader.language();
        OfficialProfile official = references.official(Slugs.check(slug)).orElseThrow(NotFoundException::new);
        ArticleFilter filter = ArticleFilter.NONE.withOfficial(slug);
        Preview preview = Preview.of(catalog.search(filter, 1, LIST_SIZE), filter, language);
        Timeline timeline = Timeline.of("category", filter, timelineCatalog, language);
        return Templates.official(official, references.companions(slug, 10), events.met(slug, 20), preview, timeline,
                reader.page())
                .setLocale(language.locale());
    }

    @GET
    @Path("categories/{code}")
    public TemplateInstance category(@PathParam("code") String code) {
        ReaderLanguage language = reader.language();
        CategoryProfile category = references.category(Slugs.check(code)).orElseThrow(NotFoundException::new);
        ArticleFilter filter = ArticleFilter.NONE.withCategory(code);
        Preview preview = Preview.of(catalog.search(filter, 1, LIST_SIZE), filter, language);
        Timeline timeline = Timeline.of("official", filter, timelineCatalog, language);
        return Templates.category(category, preview, timeline, reader.page()).setLocale(language.locale());
    }
}
