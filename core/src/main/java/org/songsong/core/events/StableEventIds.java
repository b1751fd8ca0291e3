package org.songsong.core.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the events of a new grouping the ids of the old one, so that an event's address outlives a
 * re-import and new reports. An event keeps the id most of its reports had; when two old events are now
 * one, the merged event keeps one id and the other becomes a redirect to it, so a bookmark of either still
 * leads to the event; when an old event's reports now fall apart, the largest part keeps its id.
 */
public final class StableEventIds {

    private StableEventIds() {
    }

    /**
     * {@code ids} has, for each event in the order given, its id, or null for an event that needs a new one;
     * {@code redirects} maps each old id no event keeps to the index of the event that holds most of its reports.
     */
    public record Assignment(List<Long> ids, Map<Long, Integer> redirects) {
    }

    public static Assignment assign(List<List<Long>> events, Map<Long, Long> previousEventOfReport) {
        List<Integer> largestFirst = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            largestFirst.add(i);
        }
        largestFirst.sort(Comparator.comparingInt((Integer i) -> -events.get(i).size()).thenComparing(i -> i));
        Long[] ids = new Long[events.size()];
        Set<Long> kept = new HashSet<>();
        Map<Long, Integer> bestHolder = new HashMap<>();
        Map<Long, Integer> bestHolderCount = new HashMap<>();
        for (int event : largestFirst) {
            Map<Long, Integer> votes = new HashMap<>();
            for (Long report : events.get(event)) {
                Long old = previousEventOfReport.get(report);
                if (old != null) {
                    votes.merge(old, 1, Integer::sum);
                }
            }
            votes.forEach((old, count) -> {
                if (count > bestHolderCount.getOrDefault(old, 0)) {
                    bestHolderCount.put(old, count);
                    bestHolder.put(old, event);
                }
            });
            votes.entrySet().stream()
                    .filter(v -> !kept.contains(v.getKey()))
                    .max(Map.Entry.<Long, Integer>comparingByValue()
                            .thenComparing(Map.Entry.<Long, Integer>comparingByKey().reversed()))
                    .ifPresent(v -> {
                        ids[event] = v.getKey();
                        kept.add(v.getKey());
                    });
        }
        Map<Long, Integer> redirects = new HashMap<>();
        bestHolder.forEach((old, event) -> {
            if (!kept.contains(old)) {
                redirects.put(old, event);
            }
        });
        return new Assignment(Arrays.asList(ids), redirects);
    }
}
