package org.songsong.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.songsong.core.imports.FileOutcome;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes the {@code --report} JSON: {@code {"files": [...], "summary": {...}}}. */
@ApplicationScoped
class ImportReportWriter {

    @io.quarkus.runtime.annotations.RegisterForReflection
    record Report(List<FileOutcome> files, ImportSummary summary) {
    }

    @Inject
    ObjectMapper mapper;

    void write(Path file, List<FileOutcome> outcomes, ImportSummary summary) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] json = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(new Report(outcomes, summary));
        Files.write(file, json);
    }
}
