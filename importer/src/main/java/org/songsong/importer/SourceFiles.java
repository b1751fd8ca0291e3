package org.songsong.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.songsong.core.imports.FileOutcome;

/**
 * The files a run will import: named files as they are, folders searched for {@code *.txt}. An article
 * is identified by its file's name, so two files of the same name in one run are a problem to report,
 * not a silent overwrite.
 */
record SourceFiles(List<Source> files, List<FileOutcome> problems) {

    record Source(Path path, String name) {
    }

    static SourceFiles collect(List<Path> paths) throws IOException {
        List<Source> files = new ArrayList<>();
        List<FileOutcome> problems = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.add(FileOutcome.rejected(path.toString(), "no such file or folder", List.of(), null));
                continue;
            }
            List<Path> found;
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().endsWith(".txt"))
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString))
                            .toList();
                }
            } else {
                found = List.of(path);
            }
            for (Path file : found) {
                String name = file.getFileName().toString();
                Path earlier = byName.putIfAbsent(name, file);
                if (earlier != null) {
                    if (!earlier.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                        problems.add(FileOutcome.rejected(file.toString(), "another file of the same name, "
                                + earlier + ", is already part of this run", List.of(), null));
                    }
                    continue;
                }
                files.add(new Source(file, name));
            }
        }
        return new SourceFiles(files, problems);
    }
}
