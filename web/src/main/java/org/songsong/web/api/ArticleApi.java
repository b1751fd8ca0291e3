package org.songsong.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.songsong.core.parse.PublicationDate;
import org.songsong.web.catalog.ArticleCatalog;
import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.EnglishProvenance;
import org.songsong.web.catalog.EventCatalog;
import org.songsong.web.catalog.ReferenceCatalog;
import org.songsong.web.catalog.StoredArticle;
import org.songsong.web.http.FilterParams;
import org.songsong.web.http.Slugs;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The same data as the pages, as JSON for scripts, with the same filters and parameter names as {@code /}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApi {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** An article as the API lists it. */
    @RegisterForReflection // written one by one by the exports, outside a declared return type
    public record ArticleJson(String slug, String date, String datePrecision, String outlet, String sourceUrl,
            String sourceFile, String titleVi, String titleEn, String summaryVi, String summaryEn,
            boolean englishIsGenerated, String englishSource, TranslationJson translation, List<OfficialJson> officials,
            List<CategoryJson> categories, EventRefJson event) {
    }

    /** The event a listed article reports, how many reports it has, and whether the article is a copy of another. */
    @RegisterForReflection // written one by one by the exports, outside a declared return type
    public record EventRefJson(long id, int reports, boolean copy) {
    }

    /** Where machine English came from; null for curated and generated English. */
    @RegisterForReflection // written one by one by the exports, outside a declared return type
    public record TranslationJson(String engine, String model, String translatedAt) {
        static TranslationJson of(EnglishProvenance english) {
            return english.machine() ? new TranslationJson(english.engine(), english.model(),
                    english.translatedAt().toString()) : null;
        }
    }

    /**
     * One article in full: the list's fields, the day its page was published (when the page gives one), its
     * paragraphs as Vietnamese/English pairs, and its captions.
     */
    public record ArticleDetailJson(String slug, String date, String datePrecision, String publishedOn,
            String outlet, String sourceUrl,
            String sourceFile, String titleVi, String titleEn, String summaryVi, String summaryEn,
            boolean englishIsGenerated, String englishSource, TranslationJson translation, List<OfficialJson> officials,
            List<CategoryJson> categories, List<ParagraphJson> paragraphs, List<CaptionJson> captions, EventJson event,
            String copyOf) {
    }

    /**
     * The event an article reports: its id (as in /events/{id}), date, titles, the slugs of its reports, and the
     * visit it is part of (null when none).
     */
    public record EventJson(long id, String date, String placeVi, String placeEn, String titleVi, String titleEn,
            List<String> reports, VisitJson visit) {
    }

    /**
     * A trip abroad: the visiting official's slug and country, the country visited (ISO codes), its first and
     * last days, and its events' ids in the order of their days.
     */
    public record VisitJson(long id, String visitor, String visitorCountry, String host, String firstDay, String lastDay,
            List<Long> events) {
    }

    /** One report of an event; {@code copyOf} is the slug of the report it copies, with the share of text they share. */
    public record EventReportJson(String slug, String outlet, String date, String titleVi, String titleEn,
            String copyOf, Double copySimilarity) {
    }

    /** An event as /api/events lists it. */
    public record EventListJson(long id, String date, String placeVi, String placeEn, String titleVi, String titleEn,
            int reportCount, int copyCount,
            int outletCount, List<EventReportJson> reports, List<String> officials, List<String> categories) {
    }

    public record EventPageJson(List<EventListJson> items, long total, int page, int size) {
    }

    @RegisterForReflection // written one by one by the exports, outside a declared return type
    public record OfficialJson(String slug, String nameVi, String nameEn, String nameZh, String country,
            String roleAsWritten, boolean curated) {
    }

    @RegisterForReflection // written one by one by the exports, outside a declared return type
    public record CategoryJson(String code, String labelVi, String labelEn) {
    }

    public record ParagraphJson(String vi, String en) {
    }

    public record CaptionJson(String vi, String en, String credit) {
    }

    /**
     * A page of articles. {@code query} is what was searched for: when no article had every word typed,
     * the collection's nearest words, and then {@code correctedFrom} holds the words as typed.
     */
    public record PageJson(List<ArticleJson> items, long total, int page, int size, String query,
            String correctedFrom) {
    }

    public record OfficialListJson(String slug, String nameVi, String nameEn, String nameZh, String country,
            boolean curated, long articles) {
    }

    public record CategoryListJson(String code, String labelVi, String labelEn, String descriptionVi,
            String descriptionEn, long articles) {
    }

    @Inject
    ArticleCatalog catalog;

    @Inject
    ReferenceCatalog references;

    @Inject
    EventCatalog events;

    @GET
    @Path("articles")
    @Operation(summary = "Articles, newest first, narrowed by the same filters as the reader's list page")
    public PageJson articles(@BeanParam FilterParams params) {
        ArticleFilter filter = params.filter(references);
        ArticleCatalog.Page page = catalog.search(filter, params.page(), params.size(DEFAULT_SIZE, MAX_SIZE));
        return new PageJson(page.items().stream().map(ArticleApi::json).toList(), page.total(), page.page(),
                page.size(), page.filter().query(), page.filter().correctedFrom());
    }

    @GET
    @Path("articles/{slug}")
    @Operation(summary = "One article with its paragraphs as Vietnamese/English pairs and its captions")
    public ArticleDetailJson article(@Parameter(description = "The article's slug, as in /articles/{slug}")
            @PathParam("slug") String slug) {
        StoredArticle article = catalog.article(Slugs.check(slug)).orElseThrow(NotFoundException::new);
        PublicationDate date = article.date();
        Optional<EventCatalog.Event> event = events.eventOf(article.id());
        return new ArticleDetailJson(article.slug(), date == null ? null : date.iso(), precision(date),
                article.publishedOn() == null ? null : article.publishedOn().toString(), article.outletCode(),
                article.sourceUrl(), article.sourceFile(), article.titleVi(), article.titleEn(), article.summaryVi(),
                article.summaryEn(), article.english().generated(), article.english().code(),
                TranslationJson.of(article.english()),
                article.officials().stream().map(ArticleApi::json).toList(),
                article.categories().stream().map(c -> new CategoryJson(c.code(), c.labelVi(), c.labelEn())).toList(),
                article.paragraphs().stream().map(p -> new ParagraphJson(p.textVi(), p.textEn())).toList(),
                article.captions().stream().map(c -> new CaptionJson(c.textVi(), c.textEn(), c.credit())).toList(),
                event.map(e -> new EventJson(e.id(), e.date() == null ? null : e.date().iso(), e.placeVi(), e.placeEn(),
                        e.titleVi(), e.titleEn(),
                        e.reports().stream().map(EventCatalog.Report::slug).toList(),
                        events.visitOf(e.id()).map(v -> new VisitJson(v.id(), v.visitor().slug(), v.visitor().country(),
                                v.hostCountry(), v.firstDay().toString(), v.lastDay().toString(),
                                v.events().stream().map(EventCatalog.VisitEvent::id).toList())).orElse(null)))
                        .orElse(null),
                event.flatMap(e -> e.reports().stream().filter(r -> r.articleId() == article.id()).findFirst())
                        .map(EventCatalog.Report::copyOfSlug).orElse(null));
    }

    @GET
    @Path("events")
    @Operation(summary = "Events (the reports of one happening), newest first, narrowed by the list's filters "
            + "except the search words")
    public EventPageJson events(@BeanParam FilterParams params) {
        EventCatalog.EventPage page = events.page(params.filter(references), params.page(),
                params.size(DEFAULT_SIZE, MAX_SIZE));
        return new EventPageJson(page.events().stream().map(e -> new EventListJson(e.id(),
                e.date() == null ? null : e.date().iso(), e.placeVi(), e.placeEn(), e.titleVi(), e.titleEn(), e.reportCount(), e.copyCount(),
                e.outletCount(), e.reports().stream().map(r -> new EventReportJson(r.slug(), r.outletName(),
                        r.date() == null ? null : r.date().iso(), r.titleVi(), r.titleEn(), r.copyOfSlug(),
                        r.copySimilarity())).toList(),
                e.people().stream().map(EventCatalog.Person::slug).toList(),
                e.categories().stream().map(EventCatalog.Category::code).toList())).toList(),
                page.total(), page.page(), page.size());
    }

    @GET
    @Path("officials")
    @Operation(summary = "Every official the collection knows, with the number of articles naming them")
    public List<OfficialListJson> officials() {
        var counts = references.articleCountsByOfficial();
        return references.officials().stream().map(o -> new OfficialListJson(o.slug(), o.nameVi(), o.nameEn(), o.nameZh(),
                o.country(), o.curated(), counts.getOrDefault(o.slug(), 0L))).toList();
    }

    @GET
    @Path("categories")
    @Operation(summary = "The crime categories, with the number of articles naming each")
    public List<CategoryListJson> categories() {
        var counts = references.articleCountsByCategory();
        return references.categories().stream().map(c -> new CategoryListJson(c.code(), c.labelVi(), c.labelEn(),
                c.descriptionVi(), c.descriptionEn(), counts.getOrDefault(c.code(), 0L))).toList();
    }

    public static ArticleJson json(ArticleCatalog.ArticleRow row) {
        return new ArticleJson(row.slug(), row.date() == null ? null : row.date().iso(), precision(row.date()),
                row.outletCode(), row.sourceUrl(), row.sourceFile(), row.titleVi(), row.titleEn(), row.summaryVi(),
                row.summaryEn(), row.english().generated(), row.english().code(), TranslationJson.of(row.english()),
                row.officials().stream().map(ArticleApi::json).toList(),
                row.categories().stream().map(c -> new CategoryJson(c.code(), c.labelVi(), c.labelEn())).toList(),
                row.event() == null ? null : new EventRefJson(row.event().id(), row.event().reports(), row.event().copy()));
    }

    public static OfficialJson json(ArticleCatalog.OfficialRef o) {
        return new OfficialJson(o.slug(), o.nameVi(), o.nameEn(), o.nameZh(), o.country(), o.roleAsWritten(),
                o.curated());
    }

    private static String precision(PublicationDate date) {
        return date == null ? null : date.precision().name().toLowerCase(Locale.ROOT);
    }
}
