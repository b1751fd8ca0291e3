package org.songsong.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real article files of the repository's {@code seeds/} folder, as test fixtures. */
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

    /** A file of the collection, among the seeds or the corpus articles. */
    public static Path anywhere(String name) {
        Path top = path(name);
        return Files.exists(top) ? top : dir().resolve("corpus").resolve(name);
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

    /** Every real article file: the five seeds, then the corpus's articles by name. */
    public static List<Path> articles() {
        try (Stream<Path> corpus = Files.list(dir().resolve("corpus"))) {
            return Stream.concat(five().map(Seeds::path),
                    corpus.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of {@link #articles()}, as a corpus generator takes them. */
    public static List<byte[]> articleBytes() {
        return articles().stream().map(file -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
