package org.songsong.web.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.songsong.core.parse.DatePrecision;
import org.songsong.core.parse.PublicationDate;
import org.songsong.core.text.Sentences;
import org.songsong.core.text.VietnameseText;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The events the importer grouped the collection into (src-docs/events.md), as the reader shows them. */
@ApplicationScoped
public class EventCatalog {

    /** One report of an event; {@code copyOfSlug} names the report it copies, with the share of text they share. */
    public record Report(long articleId, String slug, String titleVi, String titleEn, String outletName,
            PublicationDate date, String copyOfSlug, Double copySimilarity) {
    }

    /** An official who appears in an event's reports, with the title the first report gives them. */
    public record Person(String slug, String nameVi, String nameEn, String country, String roleAsWritten) {
    }

    public record Category(String code, String labelVi, String labelEn) {
    }

    /** An event with its reports (originals first, then by date), its people and its crimes. */
    public record Event(long id, PublicationDate date, int reportCount, int copyCount, int outletCount, String titleVi,
            String titleEn, String leadSlug, String placeVi, String placeEn, List<Report> reports, List<Person> people,
            List<Category> categories) {
    }

    /** A person met: how many events they shared with the official, the first and last of those years, the latest. */
    public record Met(String slug, String nameVi, String nameEn, String country, long events, Integer firstYear,
            Integer lastYear, long lastEventId) {
    }

    /**
     * A trip abroad the event is part of: who travelled, from and to which country, on which days, and each
     * of its events (this one among them) in the order of their days.
     */
    public record Visit(long id, Person visitor, String hostCountry, LocalDate firstDay, LocalDate lastDay,
            List<VisitEvent> events) {
    }

    /** One event of a visit, titled by its lead report. */
    public record VisitEvent(long id, PublicationDate date, String titleVi, String titleEn) {
    }

    /** A page of events, newest first. */
    public record EventPage(List<Event> events, long total, int page, int size) {
    }

    @Inject
    EntityManager em;

    @Inject
    FilteredQueries queries;

    public Optional<Event> event(long id) {
        List<Event> events = events(List.of(id));
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
    }

    /** The visit the event is part of, if any. */
    public Optional<Visit> visitOf(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> visits = em.createNativeQuery("""
                select v.id, o.slug, o.name_vi, o.name_en, v.visitor_country, v.host_country, v.first_day, v.last_day
                from visit_event ve join visit v on v.id = ve.visit_id join official o on o.id = v.visitor_id
                where ve.event_id = :id""").setParameter("id", eventId).getResultList();
        if (visits.isEmpty()) {
            return Optional.empty();
        }
        Object[] v = visits.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> eventRows = em.createNativeQuery("""
                select e.id, e.date_year, e.date_month, e.date_day, a.title_vi, a.title_en
                from visit_event ve join event e on e.id = ve.event_id join article a on a.id = e.lead_article_id
                where ve.visit_id = :visit
                order by e.date_year, e.date_month, e.date_day, e.id""").setParameter("visit", v[0]).getResultList();
        List<VisitEvent> stops = eventRows.stream().map(r -> new VisitEvent(((Number) r[0]).longValue(),
                date(r[1], r[2], r[3]), (String) r[4], (String) r[5])).toList();
        return Optional.of(new Visit(((Number) v[0]).longValue(),
                new Person((String) v[1], (String) v[2], (String) v[3], (String) v[4], null), (String) v[5],
                localDate(v[6]), localDate(v[7]), stops));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The event an old address of a merged event now leads to. */
    public Optional<Long> redirect(long oldId) {
        List<?> target = em.createNativeQuery("select event_id from event_redirect where old_id = :id")
                .setParameter("id", oldId).getResultList();
        return target.stream().map(t -> ((Number) t).longValue()).findFirst();
    }

    /** The event an article reports. */
    public Optional<Event> eventOf(long articleId) {
        return storedEventOf(articleId).flatMap(this::event);
    }

    /** The event the database holds for an article, whatever the reader's index says. */
    private Optional<Long> storedEventOf(long articleId) {
        List<?> id = em.createNativeQuery("select event_id from article_event where article_id = :id")
                .setParameter("id", articleId).getResultList();
        return id.stream().map(e -> ((Number) e).longValue()).findFirst();
    }

    /**
     * Events newest first, narrowed as the article list is (through the collection's index): an event is
     * found when one of its reports is, and stands at its first report's place.
     */
    public EventPage page(ArticleFilter filter, int page, int size) {
        return new EventPage(events(queries.eventPage(filter, (page - 1) * size, size)), queries.eventCount(filter),
                page, size);
    }

    /**
     * What each report of an event adds: its sentences found in no other report of the event (compared
     * without diacritics, case or punctuation), in the report's order. Empty for an event of one report.
     */
    public Map<Long, List<String>> additions(Event event) {
        Map<Long, List<String>> additions = new LinkedHashMap<>();
        if (event.reports().size() < 2) {
            return additions;
        }
        Map<Long, List<String>> sentences = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select article_id, text_vi from article_paragraph "
                + "where article_id in (:ids) order by article_id, position")
                .setParameter("ids", event.reports().stream().map(Report::articleId).toList()).getResultList();
        for (Object[] r : rows) {
            sentences.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .addAll(Sentences.split((String) r[1]));
        }
        Map<String, Integer> reportsHaving = new HashMap<>();
        for (List<String> ofReport : sentences.values()) {
            ofReport.stream().map(EventCatalog::key).distinct().forEach(k -> reportsHaving.merge(k, 1, Integer::sum));
        }
        for (Report report : event.reports()) {
            additions.put(report.articleId(), sentences.getOrDefault(report.articleId(), List.of()).stream()
                    .filter(sentence -> !key(sentence).isEmpty() && reportsHaving.get(key(sentence)) == 1).toList());
        }
        return additions;
    }

    private static String key(String sentence) {
        return VietnameseText.fold(sentence).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** Two officials of different countries who appear in the same events, and how many. */
    public record Tie(Person first, Person second, long events, Integer firstYear, Integer lastYear) {
    }

    /**
     * Who met whom across countries: pairs of officials of different countries named in the same events,
     * most events first, for the events with a report of the years and crime categories asked for (each may
     * be empty); from the reader's index.
     */
    public List<Tie> network(ArticleFilter filter, int limit) {
        ArticleFilter events = new ArticleFilter(Set.of(), filter.categories(), Set.of(), filter.yearFrom(),
                filter.yearTo());
        return queries.index().ties(queries.reports(events), limit).stream().map(t -> new Tie(person(t.first()),
                person(t.second()), t.events(), t.firstYear(), t.lastYear())).toList();
    }

    private static Person person(CollectionIndex.Official o) {
        return new Person(o.slug(), o.nameVi(), o.nameEn(), o.country(), null);
    }

    /** The people an official appears with in events, most events first (from the reader's index). */
    public List<Met> met(String officialSlug, int limit) {
        return queries.index().met(officialSlug, limit).stream().map(m -> new Met(m.official().slug(),
                m.official().nameVi(), m.official().nameEn(), m.official().country(), m.events(), m.firstYear(),
                m.lastYear(), m.latestEventId())).toList();
    }

    /** An article's event as the article's page shows it: the event and every report of it. */
    public record ArticleEventReports(long eventId, List<Report> reports) {
    }

    /**
     * The event an article reports, with its reports, in one statement where the reader's index knows the
     * article's event (two where it is older than the last grouping).
     */
    public Optional<ArticleEventReports> reportsOfEventOf(long articleId) {
        CollectionIndex index = queries.index();
        int rank = index.rank(articleId);
        long indexed = rank < 0 ? -1 : index.eventId(rank);
        if (indexed >= 0) {
            List<Report> reports = reports(List.of(indexed)).getOrDefault(indexed, List.of());
            if (reports.stream().anyMatch(r -> r.articleId() == articleId)) {
                return Optional.of(new ArticleEventReports(indexed, reports));
            }
        }
        return storedEventOf(articleId).map(eventId -> new ArticleEventReports(eventId,
                reports(List.of(eventId)).getOrDefault(eventId, List.of())));
    }

    /** The reports of each event: originals first, then by date. */
    private Map<Long, List<Report>> reports(List<Long> ids) {
        Map<Long, List<Report>> reports = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> reportRows = em.createNativeQuery("""
                select ae.event_id, a.id, a.slug, a.title_vi, a.title_en, o.name, a.date_year, a.date_month, a.date_day,
                       c.slug, ae.copy_similarity
                from article_event ae join article a on a.id = ae.article_id
                left join outlet o on o.id = a.outlet_id
                left join article c on c.id = ae.copy_of
                where ae.event_id in (:ids)
                order by ae.copy_of is not null, a.date_year nulls last, a.date_month nulls last, a.date_day nulls last, a.id""")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : reportRows) {
            reports.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new Report(
                    ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    date(r[6], r[7], r[8]), (String) r[9], r[10] == null ? null : ((Number) r[10]).doubleValue()));
        }
        return reports;
    }

    private List<Event> events(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Report>> reports = reports(ids);
        Map<Long, List<Person>> people = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> personRows = em.createNativeQuery("""
                select distinct on (ae.event_id, o.id) ae.event_id, o.slug, o.name_vi, o.name_en, o.country,
                       ao.role_as_written
                from article_event ae join article_official ao on ao.article_id = ae.article_id
                join official o on o.id = ao.official_id
                where ae.event_id in (:ids) and o.curated
                order by ae.event_id, o.id, ae.copy_of is not null, ao.role_as_written is null, ae.article_id""")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : personRows) {
            people.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Person((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
        }
        Map<Long, List<Category>> categories = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> categoryRows = em.createNativeQuery("""
                select distinct ae.event_id, c.code, c.label_vi, c.label_en, c.position
                from article_event ae join article_category ac on ac.article_id = ae.article_id
                join crime_category c on c.code = ac.category_code
                where ae.event_id in (:ids) order by ae.event_id, c.position""")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : categoryRows) {
            categories.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Category((String) r[1], (String) r[2], (String) r[3]));
        }
        Map<Long, Event> byId = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> eventRows = em.createNativeQuery("""
                select e.id, e.date_year, e.date_month, e.date_day, e.report_count, e.copy_count, e.outlet_count,
                       a.title_vi, a.title_en, a.slug, f.place_vi, f.place_en
                from event e join article a on a.id = e.lead_article_id
                left join article_fingerprint f on f.article_id = e.lead_article_id where e.id in (:ids)""")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : eventRows) {
            long id = ((Number) r[0]).longValue();
            byId.put(id, new Event(id, date(r[1], r[2], r[3]), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue(), (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                    (String) r[11], reports.getOrDefault(id, List.of()), people.getOrDefault(id, List.of()),
                    categories.getOrDefault(id, List.of())));
        }
        return ids.stream().map(byId::get).filter(e -> e != null).toList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static PublicationDate date(Object year, Object month, Object day) {
        if (year == null) {
            return null;
        }
        DatePrecision precision = day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
        return new PublicationDate(((Number) year).intValue(), integer(month), integer(day), precision, null, null, null);
    }
}
