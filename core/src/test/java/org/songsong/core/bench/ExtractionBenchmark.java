package org.songsong.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.songsong.core.english.EnglishDigest;
import org.songsong.core.extract.ArticleExtractor;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.parse.RejectedFileException;
import org.songsong.core.testing.Seeds;
import org.songsong.core.text.SearchVector;
import org.songsong.core.text.VietnameseText;

/**
 * What the importer does to each new file before it reaches the database, without the database: parse,
 * find officials, crime categories, events and the date, identify the outlet, and write the English
 * digest, and the article's full-text vector, over 1,000 articles generated from the real ones as {@code scripts/benchmark} generates them.
 * The time per article is the figure to compare across machines and changes (src-docs/performance.md);
 * run it with {@code scripts/benchmark-extraction}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractionBenchmark {

    private static final int ARTICLES = 1000;

    private final List<String> names = new ArrayList<>();
    private final List<byte[]> files = new ArrayList<>();
    private ArticleExtractor extractor;
    private EnglishDigest digests;
    private int next;

    @Setup(Level.Trial)
    public void generateCorpus() throws IOException {
        Path corpus = Files.createTempDirectory("songsong-extraction-benchmark");
        new CorpusGenerator(Seeds.fiveBytes(), 20081).write(ARTICLES, corpus);
        try (Stream<Path> listing = Files.list(corpus)) {
            for (Path file : listing.sorted().toList()) {
                names.add(file.getFileName().toString());
                files.add(Files.readAllBytes(file));
                Files.delete(file);
            }
        }
        Files.delete(corpus);
        KnowledgeBase knowledge = KnowledgeBase.load();
        extractor = new ArticleExtractor(knowledge);
        digests = new EnglishDigest(knowledge, DigestVocabulary.load());
    }

    /** One article, the next of the corpus each time. */
    @Benchmark
    public EnglishDigest.Digest extractAndDigestOneArticle() throws RejectedFileException {
        int i = next;
        next = (next + 1) % files.size();
        return digests.digest(extractor.extract(names.get(i), files.get(i)));
    }

    /**
     * The full-text vector of one article file's text, folded: about what the importer's workers add to each
     * extraction (they vectorise the search document, which holds the same body with titles, summaries and
     * names added, so the figure is a little low).
     */
    @Benchmark
    public SearchVector searchVectorOfOneArticle() {
        int i = next;
        next = (next + 1) % files.size();
        return SearchVector.of(VietnameseText.fold(new String(files.get(i), StandardCharsets.UTF_8)));
    }
}
