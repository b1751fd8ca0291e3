package org.songsong.core.writeside;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.songsong.core.domain.Article;
import org.songsong.core.events.EventGrouper;
import org.songsong.core.events.Principals;
import org.songsong.core.events.Report;
import org.songsong.core.events.StableEventIds;
import org.songsong.core.events.TextFingerprint;
import org.songsong.core.events.Visits;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.OutletCatalog;
import org.songsong.core.parse.DateSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Groups the whole collection into events after an import, in one transaction, so a reader sees the
 * grouping before or after, never half of it. Every report is grouped again, not only the new ones: a new
 * report can join two events, and the rule stays one rule; a change of the rule ({@link EventGrouper#VERSION})
 * groups it again at the next import. Events keep their ids ({@link StableEventIds}).
 */
@ApplicationScoped
public class EventStore {

    private final Set<String> agencyCodes = OutletCatalog.load().agencyCodes();
    private final KnowledgeBase knowledge = KnowledgeBase.load();
    private final Principals principals = new Principals(knowledge.officials());
    private final EventGrouper grouper = new EventGrouper();
    private final Visits visits = new Visits();
    /** The country of each place an article can say it happened in. */
    private final Map<String, String> placeCountries = DigestVocabulary.load().places().stream()
            .filter(place -> place.country() != null)
            .collect(Collectors.toMap(DigestVocabulary.Place::vi, DigestVocabulary.Place::country, (a, b) -> a));
    /** The country each known session took place in ("ministerial-crime-conference-7" → VN), where known. */
    private final Map<String, String> sessionCountries = knowledge.events().stream()
            .filter(e -> e.series() != null && e.number() != null && e.placeVi() != null
                    && placeCountries.containsKey(e.placeVi()))
            .collect(Collectors.toMap(e -> e.series() + "-" + e.number(), e -> placeCountries.get(e.placeVi()),
                    (a, b) -> a));

    /** What a grouping found and changed. */
    public record Regrouped(int reports, int events, int eventsWithSeveralReports, int copies, int newEvents,
            int redirected, int visits, long millis) {

        /** Nothing to group: the run changed no article, and every article has its event. */
        public static final Regrouped UNCHANGED = new Regrouped(0, 0, 0, 0, 0, 0, 0, 0);

        public String describe() {
            return "Grouped " + reports + " report(s) into " + events + " event(s): " + eventsWithSeveralReports
                    + " with more than one report, " + copies + " cop" + (copies == 1 ? "y" : "ies") + " of another report; "
                    + newEvents + " new event(s)" + (redirected > 0 ? ", " + redirected + " merged into another" : "")
                    + "; " + visits + " visit(s) of several events (" + millis + " ms).";
        }
    }

    private record Stored(Report report, Long eventId, LocalDate day, Integer year, Integer month, long outletId,
            String host) {
    }

    /** True when every article has its event and no event holds an article that is gone. */
    public boolean upToDate() {
        return QuarkusTransaction.requiringNew().call(() -> onConnection(connection -> {
            try (PreparedStatement check = connection.prepareStatement("""
                            select (select grouping_version from collection_state where id = 1) = ?
                               and not exists (select 1 from article a
                                               where not exists (select 1 from article_event e where e.article_id = a.id))
                               and not exists (select 1 from article_event e
                                               where not exists (select 1 from article a where a.id = e.article_id))""")) {
                check.setString(1, EventGrouper.VERSION);
                try (ResultSet row = check.executeQuery()) {
                    row.next();
                    return row.getBoolean(1);
                }
            }
        }));
    }

    public Regrouped regroup(Instant now) {
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> onConnection(connection -> {
            try (Statement lock = connection.createStatement()) {
                // one grouping at a time; readers are not blocked
                lock.execute("lock table article_event in exclusive mode");
            }
            List<Stored> stored = read(connection);
            List<Report> reports = stored.stream().map(Stored::report).toList();
            Map<Long, Stored> byId = new HashMap<>();
            Map<Long, Long> previous = new HashMap<>();
            for (Stored s : stored) {
                byId.put(s.report().id(), s);
                if (s.eventId() != null) {
                    previous.put(s.report().id(), s.eventId());
                }
            }
            EventGrouper.Grouping grouping = grouper.group(reports);
            StableEventIds.Assignment assignment = StableEventIds.assign(grouping.events(), previous);
            List<Long> ids = new ArrayList<>(assignment.ids());
            int fresh = (int) ids.stream().filter(id -> id == null).count();
            long[] newIds = allocate(connection, fresh);
            for (int i = 0, next = 0; i < ids.size(); i++) {
                if (ids.get(i) == null) {
                    ids.set(i, newIds[next++]);
                }
            }
            write(connection, grouping, ids, byId);
            int redirected = redirect(connection, assignment, ids);
            int visitCount = writeVisits(connection, grouping, ids, byId);
            try (PreparedStatement bump = connection.prepareStatement(
                    "update collection_state set version = version + 1, updated_at = ?, grouping_version = ? where id = 1")) {
                bump.setTimestamp(1, Timestamp.from(now));
                bump.setString(2, EventGrouper.VERSION);
                bump.executeUpdate();
            }
            int several = (int) grouping.events().stream().filter(e -> e.size() > 1).count();
            return new Regrouped(reports.size(), ids.size(), several, grouping.copies().size(), fresh, redirected,
                    visitCount, (System.nanoTime() - started) / 1_000_000);
        }));
    }

    private List<Stored> read(Connection connection) throws SQLException {
        Map<Long, List<Principals.Mentioned>> officials = new HashMap<>();
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery("""
                    select ao.article_id, ao.official_id, o.slug, o.country, ao.paragraphs::text
                    from article_official ao join official o on o.id = ao.official_id""")) {
                while (rows.next()) {
                    officials.computeIfAbsent(rows.getLong(1), a -> new ArrayList<>(4)).add(new Principals.Mentioned(
                            rows.getLong(2), rows.getString(3), rows.getString(4), positions(rows.getString(5))));
                }
            }
        }
        Map<Long, Set<String>> categories = new HashMap<>();
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery("select article_id, category_code from article_category")) {
                while (rows.next()) {
                    categories.computeIfAbsent(rows.getLong(1), a -> new HashSet<>(4)).add(rows.getString(2));
                }
            }
        }
        List<Stored> stored = new ArrayList<>();
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery("""
                    select a.id, a.date_year, a.date_month, a.date_day, a.date_day_source, a.published_on, o.code,
                           f.min_hashes, f.named_events, e.event_id, a.outlet_id, f.place_vi, f.case_facts
                    from article a
                    left join outlet o on o.id = a.outlet_id
                    left join article_fingerprint f on f.article_id = a.id
                    left join article_event e on e.article_id = a.id""")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Integer year = (Integer) rows.getObject(2);
                    Integer month = (Integer) rows.getObject(3);
                    Integer dayOfMonth = (Integer) rows.getObject(4);
                    LocalDate day = dayOfMonth == null ? null : LocalDate.of(year, month, dayOfMonth);
                    java.sql.Date published = rows.getDate(6);
                    byte[] hashes = rows.getBytes(8);
                    Array namedEvents = rows.getArray(9);
                    Array caseFacts = rows.getArray(13);
                    List<Principals.Mentioned> named = officials.getOrDefault(id, List.of());
                    Set<Long> officialIds = new HashSet<>();
                    named.forEach(m -> officialIds.add(m.id()));
                    Report report = new Report(id, day, DateSource.TEXT.name().equals(rows.getString(5)),
                            published == null ? null : published.toLocalDate(), isAgency(rows.getString(7)),
                            officialIds, principals.of(year, named),
                            namedEvents == null ? Set.of() : Set.of((String[]) namedEvents.getArray()),
                            hashes == null ? TextFingerprint.of(List.of()) : TextFingerprint.fromBytes(hashes),
                            caseFacts == null ? Set.of() : Set.of((String[]) caseFacts.getArray()),
                            categories.getOrDefault(id, Set.of()));
                    String place = rows.getString(12);
                    stored.add(new Stored(report, (Long) rows.getObject(10), day, year, month, rows.getLong(11),
                            place == null ? null : placeCountries.get(place)));
                }
            }
        }
        return stored;
    }

    /** The paragraph positions of a mention, from their JSON array ("[0, 3]"). */
    private static List<Integer> positions(String json) {
        List<Integer> positions = new ArrayList<>();
        for (String part : json.replaceAll("[\\[\\] ]", "").split(",")) {
            if (!part.isEmpty()) {
                positions.add(Integer.valueOf(part));
            }
        }
        return positions;
    }

    private boolean isAgency(String outletCode) {
        return outletCode != null && agencyCodes.contains(outletCode);
    }

    /** Replaces the events and memberships by the new ones, in the caller's transaction. */
    /** The report an event is listed, titled and dated by: the first original report, by date, then the agency's. */
    private static Comparator<Stored> leadFirst(EventGrouper.Grouping grouping) {
        return Comparator
                .comparing((Stored s) -> grouping.copies().containsKey(s.report().id()))
                .thenComparing(Stored::day, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> !s.report().agency())
                .thenComparingLong(s -> s.report().id());
    }

    private void write(Connection connection, EventGrouper.Grouping grouping, List<Long> ids, Map<Long, Stored> byId)
            throws SQLException {
        Comparator<Stored> leadFirst = leadFirst(grouping);
        BinaryCopy events = new BinaryCopy();
        BinaryCopy members = new BinaryCopy();
        for (int i = 0; i < ids.size(); i++) {
            List<Stored> reports = grouping.events().get(i).stream().map(byId::get).toList();
            Stored lead = reports.stream().min(leadFirst).orElseThrow();
            long copies = reports.stream().filter(s -> grouping.copies().containsKey(s.report().id())).count();
            long outlets = reports.stream().map(Stored::outletId).distinct().count();
            events.row(8).int8(ids.get(i)).int8(lead.report().id()).int4(lead.year()).int4(lead.month())
                    .int4(lead.day() == null ? null : lead.day().getDayOfMonth())
                    .int4(reports.size()).int4((int) copies).int4((int) outlets);
            for (Stored s : reports) {
                EventGrouper.Copy copy = grouping.copies().get(s.report().id());
                members.row(4).int8(s.report().id()).int8(ids.get(i))
                        .int8(copy == null ? null : copy.originalId())
                        .float4(copy == null ? null : (float) copy.similarity());
            }
        }
        try (Statement clear = connection.createStatement()) {
            clear.execute("create temporary table new_event (like event) on commit drop");
            clear.execute("delete from article_event");
        }
        events.into(connection, "new_event (id, lead_article_id, date_year, date_month, date_day, report_count, "
                + "copy_count, outlet_count)");
        try (Statement replace = connection.createStatement()) {
            replace.execute("""
                    insert into event select * from new_event
                    on conflict (id) do update set lead_article_id = excluded.lead_article_id,
                        date_year = excluded.date_year, date_month = excluded.date_month, date_day = excluded.date_day,
                        report_count = excluded.report_count, copy_count = excluded.copy_count,
                        outlet_count = excluded.outlet_count""");
        }
        members.into(connection, "article_event (article_id, event_id, copy_of, copy_similarity)");
    }

    /**
     * Finds the visits among the new events ({@link Visits}) and replaces the stored ones. An event is dated
     * by its lead report, led by the leaders of all its reports, and placed where the first of its reports
     * that names a known place says, else where the known session it reports was held.
     */
    private int writeVisits(Connection connection, EventGrouper.Grouping grouping, List<Long> ids, Map<Long, Stored> byId)
            throws SQLException {
        List<Visits.Stop> stops = new ArrayList<>(ids.size());
        for (List<Long> event : grouping.events()) {
            List<Stored> reports = event.stream().map(byId::get).sorted(leadFirst(grouping)).toList();
            Map<String, Set<Long>> leaders = new HashMap<>();
            reports.forEach(s -> s.report().principals().forEach((country, officials) ->
                    leaders.computeIfAbsent(country, c -> new HashSet<>()).addAll(officials)));
            String host = reports.stream().map(Stored::host).filter(h -> h != null).findFirst()
                    .or(() -> reports.stream().flatMap(s -> s.report().namedEvents().stream()).sorted()
                            .map(sessionCountries::get).filter(h -> h != null).findFirst())
                    .orElse(null);
            stops.add(new Visits.Stop(reports.get(0).day(), leaders, host));
        }
        List<Visits.Visit> found = visits.find(stops);
        BinaryCopy visitRows = new BinaryCopy();
        BinaryCopy members = new BinaryCopy();
        for (Visits.Visit visit : found) {
            long id = visit.stops().stream().mapToLong(ids::get).min().orElseThrow();
            LocalDate first = stops.get(visit.stops().get(0)).day();
            LocalDate last = stops.get(visit.stops().get(visit.stops().size() - 1)).day();
            visitRows.row(7).int8(id).int8(visit.visitor()).text(visit.visitorCountry()).text(visit.host())
                    .date(first).date(last).int4(visit.stops().size());
            for (int stop : visit.stops()) {
                members.row(2).int8(ids.get(stop)).int8(id);
            }
        }
        try (Statement clear = connection.createStatement()) {
            // deleted, not truncated: readers keep reading the old visits until the grouping commits
            clear.execute("delete from visit_event");
            clear.execute("delete from visit");
        }
        visitRows.into(connection, "visit (id, visitor_id, visitor_country, host_country, first_day, last_day, event_count)");
        members.into(connection, "visit_event (event_id, visit_id)");
        return found.size();
    }

    /** Old ids no event keeps lead to the event that holds most of their reports; an event without reports goes. */
    private static int redirect(Connection connection, StableEventIds.Assignment assignment, List<Long> ids)
            throws SQLException {
        List<Long> old = new ArrayList<>();
        List<Long> target = new ArrayList<>();
        assignment.redirects().forEach((oldId, event) -> {
            old.add(oldId);
            target.add(ids.get(event));
        });
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event_redirect (old_id, event_id) select * from unnest(?::bigint[], ?::bigint[])
                on conflict (old_id) do update set event_id = excluded.event_id""")) {
            insert.setArray(1, connection.createArrayOf("bigint", old.toArray()));
            insert.setArray(2, connection.createArrayOf("bigint", target.toArray()));
            insert.executeUpdate();
        }
        try (Statement cleanUp = connection.createStatement()) {
            // an old redirect to an event now merged into another follows it
            cleanUp.execute("""
                    update event_redirect r set event_id = n.event_id from event_redirect n
                    where r.event_id = n.old_id""");
            cleanUp.execute("delete from event e where not exists (select 1 from new_event n where n.id = e.id)");
        }
        return old.size();
    }

    private static long[] allocate(Connection connection, int count) throws SQLException {
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement draw = connection.prepareStatement("select nextval('event_seq') from generate_series(1, ?)")) {
            draw.setInt(1, count);
            try (ResultSet rows = draw.executeQuery()) {
                for (int i = 0; rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
        }
        return ids;
    }

    private static <T> T onConnection(ReturningWork<T> work) {
        return Article.getEntityManager().unwrap(Session.class).doReturningWork(work);
    }
}
