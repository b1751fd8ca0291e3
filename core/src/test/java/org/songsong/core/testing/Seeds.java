package org.songsong.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real article files of the repository's {@code seeds/} folder, as test fixtures, and the outside
 * corpus beside the checkout for the tests that sweep every real article they can find.
 */
public final class Seeds {

    public static final List<String> FIVE = List.of(
            "000_83b8647a2fd0dd5c.txt",
            "001_24bae8ffd6009766.txt",
            "002_319e9fbe4659c530.txt",
            "003_1386dbd5f98cd0ee.txt",
            "004_6570346391cedc4e.txt");

    private Seeds() {
    }

    public static Path dir() {
        String configured = System.getProperty("songsong.seeds.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "seeds");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("seeds folder not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path path(String name) {
        return dir().resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The curated English beside a seed ({@code X.en.json} for {@code X.txt}). */
    public static String translationName(String name) {
        return name.replaceFirst("\\.txt$", ".en.json");
    }

    public static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Copies the five seed files and their curated English into {@code target}, to be varied by a test. */
    public static void copyFiveTo(Path target) {
        try {
            Files.createDirectories(target);
            for (String name : FIVE) {
                Files.copy(path(name), target.resolve(name));
                Files.copy(path(translationName(name)), target.resolve(translationName(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Stream<String> five() {
        return FIVE.stream();
    }

    /**
     * The outside corpus of real articles, kept beside the checkout and never in it: the system property
     * {@code songsong.corpus.dir} when set, else {@code ../shared/corpus/articles} seen from the checkout's
     * root (the seeds folder's parent). Empty when that folder does not exist, as on a developer's machine
     * without it: tests that sweep real articles then sweep the seeds alone.
     */
    public static Optional<Path> outsideCorpus() {
        String configured = System.getProperty("songsong.corpus.dir");
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : dir().toAbsolutePath().resolve("../../shared/corpus/articles");
        folder = folder.toAbsolutePath().normalize();
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /**
     * Every real article file a robustness sweep reads: the five seeds, then the outside corpus's
     * articles by name when it is there ({@link #outsideCorpus()}).
     */
    public static List<Path> articles() {
        List<Path> files = new ArrayList<>(five().map(Seeds::path).toList());
        Optional<Path> corpus = outsideCorpus();
        if (corpus.isPresent()) {
            try (Stream<Path> listing = Files.list(corpus.get())) {
                listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files);
    }

    /** The bytes of the five seeds, as a corpus generator takes them: the same on every machine. */
    public static List<byte[]> fiveBytes() {
        return five().map(Seeds::bytes).toList();
    }
}
