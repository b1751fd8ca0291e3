package org.songsong.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.songsong.core.bench.CorpusGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a large, deterministic corpus derived from real articles, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N benchmark articles derived from the real ones (recombined paragraphs, dates 2008–2025).")
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", required = true, description = "How many articles to write.")
    int count;

    @Option(names = "--out", required = true, description = "The folder to write them into.")
    Path out;

    @Option(names = "--seed", defaultValue = "20081", description = "Random seed: the same seed writes the same files.")
    long seed;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Real article files or folders (*.txt).")
    List<Path> sources;

    @Override
    public Integer call() throws IOException {
        List<byte[]> articles = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    for (Path file : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        articles.add(Files.readAllBytes(file));
                    }
                }
            } else {
                articles.add(Files.readAllBytes(source));
            }
        }
        long started = System.nanoTime();
        new CorpusGenerator(articles, seed).write(count, out);
        System.out.printf("wrote %d articles into %s in %.1f s%n", count, out, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
