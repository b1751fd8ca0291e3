package org.songsong.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.songsong.core.text.VietnameseText;

/**
 * The curated knowledge base of {@code seeds/knowledge/}: outlets, officials, events and crime
 * categories. Loaded once, checked on load (a broken file stops the importer with the reason rather
 * than importing with half a knowledge base).
 */
public final class KnowledgeBase {

    public static final String OFFICIALS = "officials.json";
    public static final String EVENTS = "events.json";
    public static final String CATEGORIES = "crime-categories.json";

    record OfficialFile(String comment, List<OfficialEntry> officials) {
    }

    record EventFile(String comment, List<EventSeries> series, List<EventEntry> events) {
    }

    record CategoryFile(String comment, List<String> agencyNames, List<CategoryEntry> categories) {
    }

    private final OutletCatalog outlets;
    private final List<OfficialEntry> officials;
    private final List<EventEntry> events;
    private final List<EventSeries> series;
    private final List<CategoryEntry> categories;
    private final List<String> agencyNames;
    private final String fingerprint;

    public KnowledgeBase(OutletCatalog outlets, List<OfficialEntry> officials, List<EventSeries> series,
            List<EventEntry> events, List<CategoryEntry> categories, List<String> agencyNames, String fingerprint) {
        this.outlets = outlets;
        this.officials = List.copyOf(officials);
        this.series = List.copyOf(series);
        this.events = List.copyOf(events);
        this.categories = List.copyOf(categories);
        this.agencyNames = List.copyOf(agencyNames);
        this.fingerprint = fingerprint;
        validate();
    }

    public static KnowledgeBase load() {
        CategoryFile categories = KnowledgeFiles.readJson(CATEGORIES, CategoryFile.class);
        EventFile events = KnowledgeFiles.readJson(EVENTS, EventFile.class);
        return new KnowledgeBase(OutletCatalog.load(),
                KnowledgeFiles.readJson(OFFICIALS, OfficialFile.class).officials(),
                events.series(), events.events(),
                categories.categories(), categories.agencyNames(),
                KnowledgeFiles.fingerprint(OutletCatalog.FILE, OFFICIALS, EVENTS, CATEGORIES, DigestVocabulary.FILE));
    }

    private void validate() {
        Set<String> slugs = new HashSet<>();
        Map<String, String> nameOwners = new HashMap<>();
        for (OfficialEntry official : officials) {
            require(official.slug() != null && official.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"),
                    "official slug '" + official.slug() + "' is not lower-case ASCII with hyphens");
            require(slugs.add(official.slug()), "official slug '" + official.slug() + "' appears twice");
            require(official.nameVi() != null && official.nameEn() != null && official.country() != null,
                    "official " + official.slug() + " lacks nameVi, nameEn or country");
            for (String name : names(official)) {
                String previous = nameOwners.put(VietnameseText.matchKey(name), official.slug());
                require(previous == null || previous.equals(official.slug()),
                        "the name '" + name + "' belongs to both " + previous + " and " + official.slug());
            }
        }
        for (CategoryEntry category : categories) {
            for (String phrase : category.phrases()) {
                try {
                    Pattern.compile(phrase);
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException("crime category " + category.code() + ": bad phrase '" + phrase
                            + "': " + e.getDescription());
                }
            }
        }
        Set<String> seriesIds = new HashSet<>();
        for (EventSeries s : series) {
            seriesIds.add(s.id());
            try {
                require(Pattern.compile(s.pattern()).matcher("").groupCount() >= 1,
                        "event series " + s.id() + " has no 'number' group");
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("knowledge base: event series " + s.id() + ": bad pattern: "
                        + e.getDescription());
            }
        }
        for (EventEntry event : events) {
            require(seriesIds.contains(event.series()), "event " + event.id() + " belongs to no known series");
            require(event.date() != null && event.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"),
                    "event " + event.id() + " has no ISO date");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("knowledge base: " + message);
        }
    }

    public static List<String> names(OfficialEntry official) {
        var names = new ArrayList<String>();
        names.add(official.nameVi());
        names.addAll(official.aliases());
        return names;
    }

    public OutletCatalog outlets() {
        return outlets;
    }

    public List<OfficialEntry> officials() {
        return officials;
    }

    public List<EventSeries> series() {
        return series;
    }

    public List<EventEntry> events() {
        return events;
    }

    public List<CategoryEntry> categories() {
        return categories;
    }

    public List<String> agencyNames() {
        return agencyNames;
    }

    /** Changes whenever any knowledge file changes: stored articles are then extracted again. */
    public String fingerprint() {
        return fingerprint;
    }
}
