package org.songsong.web.page;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.songsong.web.api.ArticleApi;
import org.songsong.web.catalog.ArticleCatalog;
import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.ReferenceCatalog;
import org.songsong.web.catalog.TimelineCatalog;
import org.songsong.web.config.ReaderConfig;
import org.songsong.web.error.InvalidParameterException;
import org.songsong.web.http.FilterParams;
import org.songsong.web.i18n.PageContext;
import org.songsong.web.i18n.Reader;
import org.songsong.web.i18n.ReaderLanguage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** For researchers: the timeline, Atom feeds and exports of any filtered view. */
@Path("/")
public class ResearchPages {

    static final int EXPORT_LIMIT = 10_000;
    static final int FEED_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(Timeline timeline, String byCategoryLink, String byOfficialLink,
                String listLink, PageContext page);

        static native TemplateInstance feed(String id, String title, String selfLink, String htmlLink, String updated,
                List<FeedEntry> entries);
    }

    /** One Atom entry. */
    public record FeedEntry(String id, String link, String title, String summary, String updated, String published,
            List<String> categories, List<String> authors) {
    }

    @Inject
    TimelineCatalog timelineCatalog;

    @Inject
    Reader reader;

    @Inject
    ObjectMapper objectMapper;

    /** Writes an export's articles one after another, without flushing the client's stream after each. */
    private ObjectWriter exportWriter;

    @Inject
    void exportWriter(ObjectMapper mapper) {
        exportWriter = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @Inject
    ReaderConfig config;

    @Inject
    ArticleCatalog catalog;

    @Inject
    ReferenceCatalog references;

    @GET
    @Path("timeline")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance timeline(@QueryParam("by") String by, @BeanParam FilterParams params) {
        if (by != null && !by.equals("category") && !by.equals("official")) {
            throw new InvalidParameterException("by", by,
                    InvalidParameterException.Problem.OUT_OF_RANGE);
        }
        String split = by == null ? "category" : by;
        ReaderLanguage language = reader.language();
        ArticleFilter filter = params.filter(references);
        Timeline timeline = Timeline.of(split, filter, timelineCatalog, language);
        String base = filter.queryString();
        String prefix = base.isEmpty() ? "/timeline?" : "/timeline?" + base + "&";
        return Templates.timeline(timeline, prefix + "by=category", prefix + "by=official", Links.list(filter, 1),
                reader.page()).setLocale(language.locale());
    }

    @GET
    @Path("feed.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    @Operation(summary = "An Atom feed of the newest articles of any filtered view (same parameters as the list)")
    public TemplateInstance feed(@BeanParam FilterParams params, @Context UriInfo uri) {
        ArticleFilter filter = params.filter(references);
        ArticleCatalog.Page page = catalog.search(filter.withoutWords(), 1, FEED_SIZE);
        URI base = uri.getBaseUri();
        List<ArticleCatalog.ArticleRow> rows = page.items();
        var updates = catalog.updatedAt(rows.stream().map(ArticleCatalog.ArticleRow::id).toList());
        List<FeedEntry> entries = rows.stream().map(row -> new FeedEntry(
                "urn:songsong:article:" + row.slug(), base.resolve("articles/" + row.slug()).toString(),
                row.titleVi() + (row.titleEn() == null ? "" : " — " + row.titleEn()),
                row.summaryEn(), updates.getOrDefault(row.id(), Instant.EPOCH).toString(),
                published(row), row.categories().stream().map(ArticleCatalog.CategoryRef::code).toList(),
                row.outletName() == null ? List.of() : List.of(row.outletName()))).toList();
        String updated = updates.values().stream().max(Instant::compareTo).orElse(Instant.EPOCH).toString();
        String query = filter.queryString();
        String title = "Song Song" + (query.isEmpty() ? "" : " — " + describe(filter));
        return Templates.feed("urn:songsong:feed:" + (query.isEmpty() ? "all" : query), title,
                base.resolve("feed.atom" + (query.isEmpty() ? "" : "?" + query)).toString(),
                base.resolve(Links.list(filter, 1).substring(1)).toString(), updated, entries);
    }

    private static String published(ArticleCatalog.ArticleRow row) {
        if (row.date() == null) {
            return null;
        }
        LocalDate day = LocalDate.of(row.date().year(), row.date().month() == null ? 1 : row.date().month(),
                row.date().day() == null ? 1 : row.date().day());
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    private static String describe(ArticleFilter filter) {
        return filter.parameters().entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every article of a filtered view (up to 10,000), or one page of it, as JSON, with the fields of /api/articles")
    public Response exportJson(@BeanParam FilterParams params) {
        ArticleFilter filter = params.filter(references);
        StreamingOutput body = out -> {
            JsonGenerator json = objectMapper.getFactory().createGenerator(out);
            array(json, true);
            forEachExported(params, filter, rows -> {
                for (ArticleCatalog.ArticleRow row : rows) {
                    write(exportWriter, json, ArticleApi.json(row));
                }
            });
            array(json, false);
        };
        return Response.ok(body).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"songsong-articles.json\"")
                .build();
    }

    /** An export's articles: the page asked for, or without a page the whole view up to {@value #EXPORT_LIMIT}. */
    private void forEachExported(FilterParams params, ArticleFilter filter, Consumer<List<ArticleCatalog.ArticleRow>> action) {
        int size = params.pageAsked() ? params.size(ArticleApi.DEFAULT_SIZE, ArticleApi.MAX_SIZE) : EXPORT_LIMIT;
        int from = params.pageAsked() ? (params.page() - 1) * size : 0;
        catalog.forEachChunk(filter, from, size, config.exports().chunkSize(), action);
    }

    /** Opens or closes the export's array (and sends what is written): only the articles are bound to JSON. */
    private static void array(JsonGenerator json, boolean open) throws IOException {
        if (open) {
            json.writeStartArray();
        } else {
            json.writeEndArray();
            json.flush();
        }
    }

    private static void write(ObjectWriter writer, JsonGenerator json, ArticleApi.ArticleJson article) {
        try {
            writer.writeValue(json, article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Every article of a filtered view (up to 10,000), or one page of it, as CSV, UTF-8 with a byte-order mark")
    public Response exportCsv(@BeanParam FilterParams params) {
        ArticleFilter filter = params.filter(references);
        StreamingOutput body = out -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.write("\uFEFF" + String.join(",", "slug", "date", "datePrecision", "outlet", "sourceUrl", "sourceFile",
                    "titleVi", "titleEn", "summaryVi", "summaryEn", "englishIsGenerated", "englishSource", "translatedBy", "officials", "officialsEn",
                    "categories") + "\r\n");
            forEachExported(params, filter, rows -> {
                try {
                    for (ArticleCatalog.ArticleRow row : rows) {
                        csv.write(Csv.line(ArticleApi.json(row)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        };
        return Response.ok(body).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"songsong-articles.csv\"")
                .build();
    }

    /** RFC 4180 cells; a cell starting with = + - @ is prefixed so spreadsheets do not run it as a formula. */
    static final class Csv {
        private Csv() {
        }

        static String line(ArticleApi.ArticleJson a) {
            return String.join(",", cell(a.slug()), cell(a.date()), cell(a.datePrecision()), cell(a.outlet()),
                    cell(a.sourceUrl()), cell(a.sourceFile()), cell(a.titleVi()), cell(a.titleEn()),
                    cell(a.summaryVi()), cell(a.summaryEn()), cell(String.valueOf(a.englishIsGenerated())),
                    cell(a.englishSource()), cell(a.translation() == null ? null
                            : a.translation().engine() + (a.translation().model().isEmpty() ? "" : " " + a.translation().model())),
                    cell(a.officials().stream().map(ArticleApi.OfficialJson::nameVi).collect(Collectors.joining("; "))),
                    cell(a.officials().stream().map(ArticleApi.OfficialJson::nameEn).collect(Collectors.joining("; "))),
                    cell(a.categories().stream().map(ArticleApi.CategoryJson::code).collect(Collectors.joining("; "))))
                    + "\r\n";
        }

        static String cell(String value) {
            if (value == null) {
                return "";
            }
            String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
    }
}
