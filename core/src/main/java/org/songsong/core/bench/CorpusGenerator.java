package org.songsong.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;

import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.OfficialEntry;
import org.songsong.core.parse.ArticleParser;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.parse.RejectedFileException;

/**
 * A large corpus for benchmarks, derived deterministically from real articles: each generated file
 * recombines real paragraphs, gets a real headline, a date between 2008 and 2025 (a ` date YYYY-MM`
 * marker and a dateline in the lede) and is written in the layout the importer reads. So that a name or a
 * place is not in most of the collection when the real articles are few, each article recasts some of the
 * officials it names as other officials of the same country from the knowledge base, and some of the
 * border provinces as others. The same seed gives the same files.
 */
public final class CorpusGenerator {

    /** How often an official named in an article is recast as another. */
    private static final double RECAST = 0.6;

    /** Border provinces and regions the reporting names, swapped among themselves (same country). */
    private static final List<List<String>> PLACES = List.of(
            List.of("Lạng Sơn", "Quảng Ninh", "Lào Cai", "Hà Giang", "Cao Bằng", "Điện Biên", "Lai Châu"),
            List.of("Quảng Tây", "Vân Nam", "Quảng Đông", "Hải Nam"));

    /** A real paragraph and the officials and places it names. */
    private record Source(String text, Set<String> names) {
    }

    private record Real(Source title, Source lede, List<Source> paragraphs, List<String> captions) {
    }

    private final List<Real> sources = new ArrayList<>();
    private final Map<String, List<String>> sameKind = new TreeMap<>();
    private final Random random;

    public CorpusGenerator(List<byte[]> realArticles, long seed) {
        List<OfficialEntry> officials = KnowledgeBase.load().officials();
        for (String country : officials.stream().map(OfficialEntry::country).collect(Collectors.toSet())) {
            List<String> names = officials.stream().filter(o -> o.country().equals(country) && !o.titleRequired())
                    .map(OfficialEntry::nameVi).sorted().toList();
            names.forEach(name -> sameKind.put(name, names));
        }
        PLACES.forEach(places -> places.forEach(place -> sameKind.put(place, places)));
        ArticleParser parser = new ArticleParser();
        for (byte[] bytes : realArticles) {
            try {
                ParsedArticle parsed = parser.parse(bytes);
                sources.add(new Real(source(parsed.title()), source(parsed.lede()),
                        parsed.paragraphs().stream().map(this::source).toList(),
                        parsed.captions().stream().map(c -> c.text()).toList()));
            } catch (RejectedFileException e) {
                // not an article: nothing to recombine
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no article to derive a corpus from");
        }
        this.random = new Random(seed);
    }

    private Source source(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : sameKind.keySet()) {
            if (text.contains(name)) {
                names.add(name);
            }
        }
        return new Source(text, names);
    }

    /** Writes {@code count} files named g0000001.txt … into {@code folder}. */
    public void write(int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= count; i++) {
            Files.writeString(folder.resolve(String.format("g%07d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
    }

    String article(int number) {
        int year = 2008 + random.nextInt(18);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        List<Source> parts = new ArrayList<>();
        parts.add(pick().title());
        Source lede = pick().lede();
        parts.add(new Source(lede.text().replaceFirst("^(Sáng|Chiều|Tối|Ngày|Hôm nay) \\(?\\d{1,2}[/.-]\\d{1,2}\\)?,? ?", ""),
                lede.names()));
        int paragraphs = 2 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            List<Source> body = pick().paragraphs();
            parts.add(body.get(random.nextInt(body.size())));
        }
        Map<String, String> cast = cast(parts);
        StringBuilder text = new StringBuilder();
        text.append(" date ").append(year).append('-').append(String.format("%02d", month)).append(' ')
                .append(recast(parts.get(0).text(), cast)).append(" (").append(number).append(")\n\n");
        text.append(random.nextBoolean() ? "Sáng " : "Ngày ").append(day).append('/').append(month).append(", ")
                .append(recast(parts.get(1).text(), cast)).append("\n\n");
        for (Source part : parts.subList(2, parts.size())) {
            text.append(recast(part.text(), cast)).append("\n\n");
        }
        if (random.nextInt(3) == 0) {
            Real source = pick();
            if (!source.captions().isEmpty()) {
                text.append(source.captions().get(0)).append(" (Ảnh: TTXVN)\n");
            }
        }
        return text.toString();
    }

    /** Which of the parts' officials and places this article names as others, each the same throughout. */
    private Map<String, String> cast(List<Source> parts) {
        Map<String, String> cast = new HashMap<>();
        for (Source part : parts) {
            for (String name : part.names()) {
                if (!cast.containsKey(name)) {
                    List<String> others = sameKind.get(name);
                    cast.put(name, random.nextDouble() < RECAST ? others.get(random.nextInt(others.size())) : name);
                }
            }
        }
        return cast;
    }

    /** The text with each name recast, in one pass (a name put in is never recast again), longest names first. */
    private static String recast(String text, Map<String, String> cast) {
        List<String> recast = cast.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue()))
                .map(Map.Entry::getKey).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (recast.isEmpty()) {
            return text;
        }
        Pattern names = Pattern.compile(recast.stream().map(Pattern::quote).collect(Collectors.joining("|")));
        return names.matcher(text).replaceAll(match -> Matcher.quoteReplacement(cast.get(match.group())));
    }

    private Real pick() {
        return sources.get(random.nextInt(sources.size()));
    }
}
