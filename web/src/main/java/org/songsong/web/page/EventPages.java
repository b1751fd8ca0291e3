package org.songsong.web.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.songsong.web.catalog.EventCatalog;
import org.songsong.web.i18n.DateLabels;
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
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A page per event: its date, people and crimes, and every report of it by outlet, copies marked. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    /** One report as the event page lists it; {@code copyPercent} is the share of text it shares with its original. */
    public record ReportView(String link, String titleVi, String titleEn, String outletName, String dateLabel,
            String isoDate, String copyOfLink, Integer copyPercent, List<String> additions) {
    }

    public record EventView(long id, String dateLabel, String isoDate, String place, String titleVi, String titleEn,
            int reportCount,
            int copyCount, int outletCount, List<ReportView> reports, List<EventCatalog.Person> people,
            List<EventCatalog.Category> categories) {

        static EventView of(EventCatalog.Event event, ReaderLanguage language) {
            return of(event, Map.of(), language);
        }

        static EventView of(EventCatalog.Event event, Map<Long, List<String>> additions, ReaderLanguage language) {
            return new EventView(event.id(), DateLabels.format(event.date(), language),
                    event.date() == null ? null : event.date().iso(),
                    language == ReaderLanguage.VI ? event.placeVi() : event.placeEn(), event.titleVi(), event.titleEn(),
                    event.reportCount(), event.copyCount(), event.outletCount(),
                    event.reports().stream().map(r -> new ReportView("/articles/" + r.slug(), r.titleVi(), r.titleEn(),
                            r.outletName(), DateLabels.format(r.date(), language), r.date() == null ? null : r.date().iso(),
                            r.copyOfSlug() == null ? null : "/articles/" + r.copyOfSlug(),
                            r.copySimilarity() == null ? null : (int) Math.round(100 * r.copySimilarity()),
                            additions.getOrDefault(r.articleId(), List.of()))).toList(),
                    event.people(), event.categories());
        }
    }

    /** What an article page says of its event: the event's link, whether the article is a copy, and the other reports. */
    public record ArticleEvent(String link, int reportCount, ReportView self, List<ReportView> others) {

        static ArticleEvent of(EventCatalog.Event event, long articleId, ReaderLanguage language) {
            EventView view = EventView.of(event, language);
            ReportView self = null;
            List<ReportView> others = new ArrayList<>();
            for (int i = 0; i < event.reports().size(); i++) {
                if (event.reports().get(i).articleId() == articleId) {
                    self = view.reports().get(i);
                } else {
                    others.add(view.reports().get(i));
                }
            }
            return new ArticleEvent("/events/" + event.id(), event.reportCount(), self, others);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance event(EventView event, PageContext page);
    }

    @Inject
    EventCatalog events;

    @Inject
    Reader reader;

    @GET
    @Path("{id}")
    public TemplateInstance event(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        long eventId = Long.parseLong(id);
        ReaderLanguage language = reader.language();
        EventCatalog.Event event = events.event(eventId).orElseThrow(() -> events.redirect(eventId)
                .<RuntimeException>map(to -> new RedirectionException(Response.Status.MOVED_PERMANENTLY, URI.create("/events/" + to)))
                .orElseGet(NotFoundException::new));
        return Templates.event(EventView.of(event, events.additions(event), language), reader.page())
                .setLocale(language.locale());
    }
}
