package org.songsong.core.knowledge;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.songsong.core.parse.Caption;
import org.songsong.core.parse.ParsedArticle;

/** The news outlets the collection knows, and how to tell which one published an article. */
public final class OutletCatalog {

    public static final String FILE = "outlets.json";

    /** One outlet and the signs that identify it. */
    public record OutletInfo(String code, String name, String website, List<String> domains, List<String> tags,
            List<String> fileTokens, List<String> credits) {
    }

    /** How the outlet was recognised, for the import report. */
    public record Identification(OutletInfo outlet, String evidence) {
    }

    record OutletFile(String comment, List<OutletInfo> outlets) {
    }

    private final List<OutletInfo> outlets;

    public OutletCatalog(List<OutletInfo> outlets) {
        this.outlets = List.copyOf(outlets);
    }

    /** The codes of the news agency's own outlets (Vietnam News Agency, TTXVN), whose report is the original others copy. */
    public Set<String> agencyCodes() {
        return outlets.stream()
                .filter(o -> o.code().equals("vnanet") || o.credits().contains("TTXVN"))
                .map(OutletInfo::code).collect(Collectors.toUnmodifiableSet());
    }

    public static OutletCatalog load() {
        return new OutletCatalog(KnowledgeFiles.readJson(FILE, OutletFile.class).outlets());
    }

    public Optional<Identification> identify(ParsedArticle article, String fileName) {
        String host = host(article.sourceUrl());
        if (host != null) {
            Optional<OutletInfo> byDomain = first(o -> o.domains().stream()
                    .anyMatch(d -> host.equals(d) || host.endsWith("." + d)));
            if (byDomain.isPresent()) {
                return Optional.of(new Identification(byDomain.get(), "the URL's domain " + host));
            }
        }
        String tag = article.outletHint();
        if (tag != null) {
            Optional<OutletInfo> byTag = first(o -> o.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag)));
            if (byTag.isPresent()) {
                return Optional.of(new Identification(byTag.get(), "the tag '" + tag + "' before the lede"));
            }
        }
        if (fileName != null) {
            List<String> tokens = List.of(fileName.toLowerCase(Locale.ROOT).replaceAll("\\.[a-z0-9]+$", "")
                    .split("[^a-z0-9]+"));
            Optional<OutletInfo> byFile = first(o -> o.fileTokens().stream().anyMatch(tokens::contains));
            if (byFile.isPresent()) {
                return Optional.of(new Identification(byFile.get(), "the file name " + fileName));
            }
        }
        List<String> credits = article.captions().stream().map(Caption::credit)
                .filter(c -> c != null).toList();
        if (!credits.isEmpty()) {
            Optional<OutletInfo> byCredit = first(o -> o.credits().stream()
                    .anyMatch(agency -> credits.stream().allMatch(c -> c.endsWith("/" + agency))));
            if (byCredit.isPresent()) {
                return Optional.of(new Identification(byCredit.get(), "the photo credits " + credits));
            }
        }
        return Optional.empty();
    }

    private Optional<OutletInfo> first(Predicate<OutletInfo> test) {
        return outlets.stream().filter(test).findFirst();
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
