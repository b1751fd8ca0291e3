package org.songsong.core.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events of one trip abroad. A visiting minister holds talks on the first day, is received by the
 * party's leader and by the prime minister, and visits a border post two days later: each is an event of
 * its own (different people received him), and together they are one visit.
 *
 * <p>Two events are of one visit when they are at most {@link #MAX_DAYS_APART} days apart, one official
 * leads his country's side in both, and he is abroad: the place of at least one of them is known, and
 * neither took place in his own country (nor in two different countries). Without a known place the same
 * pattern is also a host receiving two delegations, so nothing is joined on the officials alone.
 */
public final class Visits {

    /** A trip's meetings follow each other within days; a return a week later is another trip. */
    static final int MAX_DAYS_APART = 3;
    /**
     * No trip is longer: an official who is abroad day after day (a resident envoy, or a collection that
     * reports one man daily) is not on one endless visit.
     */
    static final int MAX_VISIT_DAYS = 10;

    /**
     * One event as a visit sees it: its day (null unless known to the day), who led it country by country
     * ({@link Principals}), and the country it took place in (null when its place is not known).
     */
    public record Stop(LocalDate day, Map<String, Set<Long>> principals, String host) {
    }

    /**
     * A trip: the visiting official and his country, the country visited, and the stops (indexes into the
     * list given) in the order of their days.
     */
    public record Visit(long visitor, String visitorCountry, String host, List<Integer> stops) {
    }

    private record Leader(String country, long official) {
    }

    public List<Visit> find(List<Stop> stops) {
        Map<Leader, List<Integer>> byLeader = new HashMap<>();
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            if (stop.day() == null) {
                continue;
            }
            for (Map.Entry<String, Set<Long>> side : stop.principals().entrySet()) {
                for (long official : side.getValue()) {
                    byLeader.computeIfAbsent(new Leader(side.getKey(), official), l -> new ArrayList<>()).add(i);
                }
            }
        }
        int[] parent = new int[stops.size()];
        // a stop without a known place may sit between two trips: a visit keeps to one host country
        String[] hostOf = new String[stops.size()];
        LocalDate[] firstDay = new LocalDate[stops.size()];
        LocalDate[] lastDay = new LocalDate[stops.size()];
        for (int i = 0; i < stops.size(); i++) {
            parent[i] = i;
            hostOf[i] = stops.get(i).host();
            firstDay[i] = stops.get(i).day();
            lastDay[i] = stops.get(i).day();
        }
        List<Map.Entry<Leader, List<Integer>>> leaders = new ArrayList<>(byLeader.entrySet());
        // a fixed order, so the same collection always gives the same visits
        leaders.sort(Comparator.comparing((Map.Entry<Leader, List<Integer>> e) -> e.getKey().country())
                .thenComparingLong(e -> e.getKey().official()));
        Map<Integer, Map<Leader, Integer>> linksByStop = new HashMap<>();
        for (Map.Entry<Leader, List<Integer>> entry : leaders) {
            List<Integer> led = entry.getValue();
            if (led.size() < 2) {
                continue;
            }
            led.sort(Comparator.comparing((Integer i) -> stops.get(i).day()).thenComparingInt(i -> i));
            String country = entry.getKey().country();
            for (int x = 0; x < led.size(); x++) {
                Stop a = stops.get(led.get(x));
                for (int y = x + 1; y < led.size(); y++) {
                    Stop b = stops.get(led.get(y));
                    if (ChronoUnit.DAYS.between(a.day(), b.day()) > MAX_DAYS_APART) {
                        break;
                    }
                    if (abroad(country, a.host(), b.host())
                            && join(parent, hostOf, firstDay, lastDay, led.get(x), led.get(y))) {
                        linksByStop.computeIfAbsent(led.get(x), r -> new HashMap<>()).merge(entry.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        Map<Integer, Map<Leader, Integer>> countsByRoot = new HashMap<>();
        linksByStop.forEach((stop, counts) -> counts.forEach((leader, count) ->
                countsByRoot.computeIfAbsent(find(parent, stop), r -> new HashMap<>()).merge(leader, count, Integer::sum)));
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < stops.size(); i++) {
            if (countsByRoot.containsKey(find(parent, i))) {
                members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
            }
        }
        List<Visit> visits = new ArrayList<>();
        members.forEach((root, indexes) -> {
            Leader visitor = countsByRoot.get(root).entrySet().stream()
                    .max(Map.Entry.<Leader, Integer>comparingByValue()
                            .thenComparing(e -> -e.getKey().official()))
                    .orElseThrow().getKey();
            indexes.sort(Comparator.comparing((Integer i) -> stops.get(i).day()).thenComparingInt(i -> i));
            String host = hostOf[root];
            visits.add(new Visit(visitor.official(), visitor.country(), host, List.copyOf(indexes)));
        });
        return visits;
    }

    /**
     * Joins the visits of two stops unless that would give one visit two host countries or make it last
     * {@link #MAX_VISIT_DAYS} days or more; true when the two are (now) one visit.
     */
    private static boolean join(int[] parent, String[] hostOf, LocalDate[] firstDay, LocalDate[] lastDay, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb) {
            return true;
        }
        if (hostOf[ra] != null && hostOf[rb] != null && !hostOf[ra].equals(hostOf[rb])) {
            return false;
        }
        LocalDate first = firstDay[ra].isBefore(firstDay[rb]) ? firstDay[ra] : firstDay[rb];
        LocalDate last = lastDay[ra].isAfter(lastDay[rb]) ? lastDay[ra] : lastDay[rb];
        if (ChronoUnit.DAYS.between(first, last) >= MAX_VISIT_DAYS) {
            return false;
        }
        int root = Math.min(ra, rb);
        parent[Math.max(ra, rb)] = root;
        hostOf[root] = hostOf[ra] != null ? hostOf[ra] : hostOf[rb];
        firstDay[root] = first;
        lastDay[root] = last;
        return true;
    }

    /** True when an official of {@code country} was away from home at both places, and they are one country. */
    private static boolean abroad(String country, String hostA, String hostB) {
        if (hostA == null && hostB == null) {
            return false;
        }
        if (country.equals(hostA) || country.equals(hostB)) {
            return false;
        }
        return hostA == null || hostB == null || hostA.equals(hostB);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
