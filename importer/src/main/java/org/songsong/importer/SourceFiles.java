package org.songsong.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.songsong.core.writeside.FileOutcome;

/**
 * The files a run will import: named files as they are, folders searched for {@code *.txt} articles.
 * Each article's curated English is the {@code *.en.json} file of the same name beside it. An article is
 * identified by its file's name, so two files of the same name in one run are a problem to report, not a
 * silent overwrite; so is a translation with no article beside it.
 */
record SourceFiles(List<Source> files, List<FileOutcome> problems) {

    static final String ARTICLE = ".txt";
    static final String TRANSLATION = ".en.json";

    /** An article file and, when one lies beside it, its curated English. */
    record Source(Path path, String name, Path translation) {
    }

    static SourceFiles collect(List<Path> paths) throws IOException {
        List<FileOutcome> problems = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        List<Path> translations = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.add(FileOutcome.rejected(path.toString(), "no such file or folder", List.of(), null));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(p -> {
                                String name = p.getFileName().toString();
                                if (name.endsWith(TRANSLATION)) {
                                    translations.add(p);
                                } else if (name.endsWith(ARTICLE)) {
                                    articles.add(p);
                                }
                            });
                }
            } else if (path.getFileName().toString().endsWith(TRANSLATION)) {
                translations.add(path);
            } else {
                articles.add(path);
            }
        }
        Map<String, Path> byName = new HashMap<>();
        Map<Path, Source> sources = new LinkedHashMap<>();
        for (Path file : articles) {
            String name = file.getFileName().toString();
            Path earlier = byName.putIfAbsent(name, file);
            if (earlier != null) {
                if (!same(earlier, file)) {
                    problems.add(FileOutcome.rejected(file.toString(), "another file of the same name, " + earlier
                            + ", is already part of this run", List.of(), null));
                }
                continue;
            }
            Path translation = file.resolveSibling(baseName(name) + TRANSLATION);
            sources.put(file.toAbsolutePath().normalize(),
                    new Source(file, name, Files.isRegularFile(translation) ? translation : null));
        }
        for (Path translation : translations) {
            String name = translation.getFileName().toString();
            Path article = translation.resolveSibling(name.substring(0, name.length() - TRANSLATION.length()) + ARTICLE);
            if (!sources.containsKey(article.toAbsolutePath().normalize())) {
                problems.add(FileOutcome.rejected(translation.toString(), "belongs to no article: there is no "
                        + article.getFileName() + " beside it in this import", List.of(), null));
            }
        }
        return new SourceFiles(new ArrayList<>(sources.values()), problems);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
