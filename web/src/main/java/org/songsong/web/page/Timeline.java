package org.songsong.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.TimelineCatalog;
import org.songsong.web.i18n.ReaderLanguage;

/**
 * Articles per year, split by crime category or by official, drawn as an SVG bar chart computed on the
 * server (no script), with the same numbers as a table. Every bar links to its year's list, and every
 * cell of the table to its series' list for that year: one link a bar keeps the chart a few tab stops
 * long for a keyboard (a link a segment made a much-covered official's page 250 stops and 25 KB longer).
 */
public record Timeline(String by, List<Integer> years, List<Series> series, List<Bar> bars,
        List<TableRow> table, int width, int height, long max, long articles) {

    /** A category or an official, with its colour and the list it links to. */
    public record Series(String key, String label, String color) {
    }

    /** One year's bar: its segments stacked from the bottom. */
    public record Bar(int year, int x, int labelX, long total, String link, List<Segment> segments) {
    }

    public record Segment(String label, long count, int x, int y, int width, int height, String color) {
    }

    /** A line of the table fallback: a series and its count per year. */
    public record TableRow(String label, List<Cell> cells) {
    }

    public record Cell(long count, String link) {
    }

    static final int BAR = 34;
    static final int GAP = 12;
    static final int CHART_HEIGHT = 180;
    static final int MARGIN = 24;
    static final int MAX_OFFICIALS = 8;
    private static final String[] COLORS = { "#1f5fa8", "#b3451d", "#2c7a3f", "#7a3fa0", "#a07a00", "#00707a",
        "#a02c5b", "#4d5a1e", "#5a3b1e", "#1e4d5a", "#8a1e1e", "#3f3f8a", "#6b6b00", "#005c3a", "#703070" };

    /** The chart and table of a filter's articles per year, split by official or by crime category. */
    static Timeline of(String by, ArticleFilter filter, TimelineCatalog catalog, ReaderLanguage language) {
        List<TimelineCatalog.YearCount> rows = catalog.perYear(filter, by.equals("official"));
        Map<Integer, Long> totals = catalog.totalsPerYear(filter);
        boolean vi = language == ReaderLanguage.VI;
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Long> weight = new LinkedHashMap<>();
        Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
        for (TimelineCatalog.YearCount row : rows) {
            labels.putIfAbsent(row.key(), vi ? row.labelVi() : row.labelEn());
            weight.merge(row.key(), row.count(), Long::sum);
            counts.computeIfAbsent(row.key(), k -> new LinkedHashMap<>()).put(row.year(), row.count());
        }
        List<String> keys = new ArrayList<>(labels.keySet());
        if ("official".equals(by)) {
            keys.sort((a, b) -> Long.compare(weight.get(b), weight.get(a)));
            keys = keys.subList(0, Math.min(MAX_OFFICIALS, keys.size()));
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            series.add(new Series(keys.get(i), labels.get(keys.get(i)), COLORS[i % COLORS.length]));
        }
        TreeSet<Integer> yearSet = new TreeSet<>(totals.keySet());
        List<Integer> years = yearSet.isEmpty() ? List.of()
                : IntStream.rangeClosed(yearSet.first(), yearSet.last()).boxed().toList();
        long max = 1;
        for (int year : years) {
            long stacked = 0;
            for (Series s : series) {
                stacked += counts.get(s.key()).getOrDefault(year, 0L);
            }
            max = Math.max(max, Math.max(stacked, series.isEmpty() ? totals.getOrDefault(year, 0L) : 0));
        }
        int width = Math.max(200, 2 * MARGIN + years.size() * (BAR + GAP));
        long articles = totals.values().stream().mapToLong(Long::longValue).sum();
        return new Timeline(by, years, series, bars(filter, years, series, counts, totals, max),
                table(by, filter, years, series, counts, totals), width, CHART_HEIGHT + 2 * MARGIN + 10, max, articles);
    }

    /** A bar per year, its segments stacked in the order of the series (the year's total when there are none). */
    private static List<Bar> bars(ArticleFilter filter, List<Integer> years, List<Series> series,
            Map<String, Map<Integer, Long>> counts, Map<Integer, Long> totals, long max) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int x = MARGIN + i * (BAR + GAP);
            int bottom = MARGIN + CHART_HEIGHT;
            List<Segment> segments = new ArrayList<>();
            if (series.isEmpty()) {
                long total = totals.getOrDefault(year, 0L);
                int h = (int) Math.round(CHART_HEIGHT * (double) total / max);
                if (total > 0) {
                    segments.add(new Segment(String.valueOf(year), total, x, bottom - h, BAR, h, COLORS[0]));
                }
            }
            for (Series s : series) {
                long count = counts.get(s.key()).getOrDefault(year, 0L);
                if (count == 0) {
                    continue;
                }
                int h = Math.max(1, (int) Math.round(CHART_HEIGHT * (double) count / max));
                bottom -= h;
                segments.add(new Segment(s.label(), count, x, bottom, BAR, h, s.color()));
            }
            bars.add(new Bar(year, x, x + BAR / 2, totals.getOrDefault(year, 0L), Links.list(filter.years(year, year), 1),
                    segments));
        }
        return bars;
    }

    /** The same counts as a table, each cell linking to its articles, the totals last. */
    private static List<TableRow> table(String by, ArticleFilter filter, List<Integer> years, List<Series> series,
            Map<String, Map<Integer, Long>> counts, Map<Integer, Long> totals) {
        List<TableRow> table = new ArrayList<>();
        for (Series s : series) {
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                ArticleFilter narrowed = "official".equals(by) ? filter.years(year, year).withOfficial(s.key())
                        : filter.years(year, year).withCategory(s.key());
                cells.add(new Cell(counts.get(s.key()).getOrDefault(year, 0L), Links.list(narrowed, 1)));
            }
            table.add(new TableRow(s.label(), cells));
        }
        List<Cell> totalCells = new ArrayList<>();
        for (int year : years) {
            totalCells.add(new Cell(totals.getOrDefault(year, 0L), Links.list(filter.years(year, year), 1)));
        }
        table.add(new TableRow(null, totalCells));
        return table;
    }
}
