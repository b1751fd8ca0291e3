package org.songsong.web.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.songsong.web.catalog.EventCatalog;
import org.songsong.web.error.ErrorPages;
import org.songsong.web.i18n.AppMessages;
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
                    event.reports().stream().map(r -> report(r, additions.getOrDefault(r.articleId(), List.of()), language))
                            .toList(),
                    event.people(), event.categories());
        }

        static ReportView report(EventCatalog.Report r, List<String> additions, ReaderLanguage language) {
            return new ReportView("/articles/" + r.slug(), r.titleVi(), r.titleEn(), r.outletName(),
                    DateLabels.format(r.date(), language), r.date() == null ? null : r.date().iso(),
                    r.copyOfSlug() == null ? null : "/articles/" + r.copyOfSlug(),
                    r.copySimilarity() == null ? null : (int) Math.round(100 * r.copySimilarity()), additions);
        }
    }

    /**
     * The trip abroad an event is part of: who travelled (and from which country), where to, on which days,
     * and its events, the one shown marked {@code current}.
     */
    public record VisitView(String visitorSlug, String visitorVi, String visitorEn, String visitorCountry,
            String hostCountry, String days, List<VisitEventView> events) {

        static VisitView of(EventCatalog.Visit visit, long shown, ReaderLanguage language) {
            AppMessages messages = ErrorPages.bundle(language);
            String days = visit.firstDay().equals(visit.lastDay()) ? DateLabels.format(visit.firstDay(), language)
                    : DateLabels.format(visit.firstDay(), language) + " – " + DateLabels.format(visit.lastDay(), language);
            return new VisitView(visit.visitor().slug(), visit.visitor().nameVi(), visit.visitor().nameEn(),
                    country(messages, visit.visitor().country()), country(messages, visit.hostCountry()), days,
                    visit.events().stream().map(e -> new VisitEventView("/events/" + e.id(),
                            DateLabels.format(e.date(), language), e.date() == null ? null : e.date().iso(),
                            e.titleVi(), e.titleEn(), e.id() == shown)).toList());
        }

        private static String country(AppMessages messages, String code) {
            if (code == null) {
                return "";
            }
            return switch (code) {
                case "VN" -> messages.country_VN();
                case "CN" -> messages.country_CN();
                case "KH" -> messages.country_KH();
                case "LA" -> messages.country_LA();
                case "KR" -> messages.country_KR();
                case "US" -> messages.country_US();
                default -> code;
            };
        }
    }

    public record VisitEventView(String link, String dateLabel, String isoDate, String titleVi, String titleEn,
            boolean current) {
    }

    /** What an article page says of its event: the event's link, whether the article is a copy, and the other reports. */
    public record ArticleEvent(String link, int reportCount, ReportView self, List<ReportView> others) {

        static ArticleEvent of(EventCatalog.ArticleEventReports event, long articleId, ReaderLanguage language) {
            ReportView self = null;
            List<ReportView> others = new ArrayList<>();
            for (EventCatalog.Report report : event.reports()) {
                ReportView view = EventView.report(report, List.of(), language);
                if (report.articleId() == articleId) {
                    self = view;
                } else {
                    others.add(view);
                }
            }
            return new ArticleEvent("/events/" + event.eventId(), event.reports().size(), self, others);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance event(EventView event, VisitView visit, PageContext page);
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
        VisitView visit = events.visitOf(event.id()).map(v -> VisitView.of(v, event.id(), language)).orElse(null);
        return Templates.event(EventView.of(event, events.additions(event), language), visit, reader.page())
                .setLocale(language.locale());
    }
}
