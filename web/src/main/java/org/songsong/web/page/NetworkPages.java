package org.songsong.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.EventCatalog;
import org.songsong.web.catalog.ReferenceCatalog;
import org.songsong.web.http.FilterParams;
import org.songsong.web.i18n.PageContext;
import org.songsong.web.i18n.Reader;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Who met whom across countries: a picture (SVG, links without script) of the officials of Vietnam on one
 * side and of China and other countries on the other, a line for each pair named in the same events, and
 * the same pairs as a table; narrowed by years and crime categories.
 */
@Path("/network")
@Produces(MediaType.TEXT_HTML)
public class NetworkPages {

    /** The pairs the page weighs: enough for the most-covered officials of a large collection. */
    static final int TIES = 150;
    /** Officials drawn on each side, most events first. */
    static final int PER_SIDE = 18;
    private static final int ROW = 30;
    private static final int TOP = 40;
    private static final int LEFT_X = 230;
    private static final int RIGHT_X = 570;
    static final int WIDTH = 800;

    public record Node(String slug, String label, String alt, String country, int x, int y, boolean left, long events) {
    }

    public record Edge(int x1, int y1, int x2, int y2, double width, String title) {
    }

    public record Pair(String firstSlug, String firstVi, String firstEn, String secondSlug, String secondVi,
            String secondEn, long events, String years) {
    }

    /** What the page draws: nodes and lines (at most {@link #PER_SIDE} a side) and every pair weighed. */
    public record NetworkView(int width, int height, List<Node> nodes, List<Edge> edges, List<Pair> pairs,
            Integer yearFrom, Integer yearTo, List<CategoryOption> categories) {
    }

    public record CategoryOption(String code, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance network(NetworkView network, PageContext page);
    }

    @Inject
    EventCatalog events;

    @Inject
    ReferenceCatalog references;

    @Inject
    Reader reader;

    @GET
    public TemplateInstance network(@BeanParam FilterParams params) {
        ReaderLanguage language = reader.language();
        ArticleFilter filter = params.filter(references);
        List<EventCatalog.Tie> ties = events.network(filter, TIES);
        List<CategoryOption> categories = references.categories().stream().map(c -> new CategoryOption(c.code(),
                language == ReaderLanguage.VI ? c.labelVi() : c.labelEn(), filter.categories().contains(c.code()))).toList();
        return Templates.network(view(ties, filter, categories, language), reader.page()).setLocale(language.locale());
    }

    static NetworkView view(List<EventCatalog.Tie> ties, ArticleFilter filter, List<CategoryOption> categories,
            ReaderLanguage language) {
        Map<String, Long> weight = new LinkedHashMap<>();
        Map<String, EventCatalog.Person> people = new LinkedHashMap<>();
        for (EventCatalog.Tie t : ties) {
            for (EventCatalog.Person p : List.of(t.first(), t.second())) {
                weight.merge(p.slug(), t.events(), Long::sum);
                people.putIfAbsent(p.slug(), p);
            }
        }
        Comparator<EventCatalog.Person> mostFirst = Comparator.comparing((EventCatalog.Person p) -> -weight.get(p.slug()))
                .thenComparing(EventCatalog.Person::slug);
        List<EventCatalog.Person> vietnam = people.values().stream().filter(p -> "VN".equals(p.country()))
                .sorted(mostFirst).limit(PER_SIDE).toList();
        List<EventCatalog.Person> others = people.values().stream().filter(p -> !"VN".equals(p.country()))
                .sorted(mostFirst).limit(PER_SIDE).toList();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < vietnam.size(); i++) {
            nodes.put(vietnam.get(i).slug(), node(vietnam.get(i), LEFT_X, TOP + i * ROW, true, weight, language));
        }
        for (int i = 0; i < others.size(); i++) {
            nodes.put(others.get(i).slug(), node(others.get(i), RIGHT_X, TOP + i * ROW, false, weight, language));
        }
        List<Edge> edges = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (EventCatalog.Tie t : ties) {
            Node a = nodes.get(t.first().slug());
            Node b = nodes.get(t.second().slug());
            boolean vietnamFirst = "VN".equals(t.first().country());
            EventCatalog.Person left = vietnamFirst ? t.first() : t.second();
            EventCatalog.Person right = vietnamFirst ? t.second() : t.first();
            String years = t.firstYear() == null ? "" : t.firstYear().equals(t.lastYear()) ? t.firstYear().toString()
                    : t.firstYear() + "–" + t.lastYear();
            pairs.add(new Pair(left.slug(), left.nameVi(), left.nameEn(), right.slug(), right.nameVi(), right.nameEn(),
                    t.events(), years));
            if (a != null && b != null) {
                Node l = a.left() ? a : b;
                Node r = a.left() ? b : a;
                edges.add(new Edge(l.x(), l.y(), r.x(), r.y(), 1 + 1.5 * (Math.log(t.events()) / Math.log(2)),
                        name(left, language) + " – " + name(right, language) + ": " + t.events()));
            }
        }
        int rows = Math.max(vietnam.size(), others.size());
        return new NetworkView(WIDTH, TOP + Math.max(1, rows) * ROW, List.copyOf(nodes.values()), edges, pairs,
                filter.yearFrom(), filter.yearTo(), categories);
    }

    private static Node node(EventCatalog.Person p, int x, int y, boolean left, Map<String, Long> weight,
            ReaderLanguage language) {
        return new Node(p.slug(), name(p, language), language == ReaderLanguage.VI ? p.nameEn() : p.nameVi(),
                p.country(), x, y, left, weight.get(p.slug()));
    }

    private static String name(EventCatalog.Person p, ReaderLanguage language) {
        return language == ReaderLanguage.VI ? p.nameVi() : p.nameEn();
    }
}
