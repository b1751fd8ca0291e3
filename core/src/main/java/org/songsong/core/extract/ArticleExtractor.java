package org.songsong.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.OutletCatalog;
import org.songsong.core.parse.ArticleParser;
import org.songsong.core.parse.DateResolver;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.parse.PublicationDate;
import org.songsong.core.parse.RejectedFileException;

/**
 * Everything the importer learns from one file, without a database: the parsed article, who and what
 * it names, its date and its outlet. Plain Java, so it is tested and measured on its own.
 */
public final class ArticleExtractor {

    private final ArticleParser parser = new ArticleParser();
    private final KnowledgeBase knowledge;
    private final OfficialMatcher officials;
    private final CategoryMatcher categories;
    private final EventMatcher events;

    public ArticleExtractor(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.officials = new OfficialMatcher(knowledge);
        this.categories = new CategoryMatcher(knowledge);
        this.events = new EventMatcher(knowledge);
    }

    /** Identifies how articles are extracted: a new parser or knowledge base re-extracts stored articles. */
    public String version() {
        return ArticleParser.VERSION + "+" + knowledge.fingerprint();
    }

    public Extraction extract(String fileName, byte[] bytes) throws RejectedFileException {
        ParsedArticle parsed = parser.parse(bytes);
        List<String> warnings = new ArrayList<>(parsed.warnings());
        List<OfficialMention> named = officials.match(parsed);
        List<EventMention> eventMentions = events.match(parsed);
        PublicationDate date = DateResolver.resolve(parsed, RoleDating.evidence(named, eventMentions), fileName,
                warnings);
        Optional<OutletCatalog.Identification> outlet = knowledge.outlets().identify(parsed, fileName);
        if (outlet.isEmpty()) {
            warnings.add("outlet not recognised");
        }
        named.stream().filter(o -> !o.curated()).forEach(o -> warnings.add("official not in the knowledge base: "
                + o.nameVi() + (o.roleAsWritten() == null ? "" : " (" + o.roleAsWritten() + ")")));
        return new Extraction(parsed, date, DateResolver.publishedOn(parsed, fileName),
                outlet.map(OutletCatalog.Identification::outlet).orElse(null), named, categories.match(parsed),
                eventMentions, List.copyOf(warnings));
    }

    /** The result for one file. */
    public record Extraction(ParsedArticle parsed, PublicationDate date, LocalDate publishedOn,
            OutletCatalog.OutletInfo outlet,
            List<OfficialMention> officials, List<CategoryMatch> categories, List<EventMention> events,
            List<String> warnings) {
    }
}
