package org.songsong.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.songsong.core.writeside.EventStore;
import org.songsong.core.writeside.FileOutcome;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes the {@code --report} JSON, {@code {"files": [...], "summary": {...}}}, one file's entry at a time
 * as the run goes, so a run over a hundred thousand files never holds their reports in memory.
 */
@ApplicationScoped
class ImportReportWriter {

    @Inject
    ObjectMapper mapper;

    /** A report being written: entries first, the summary when the run is over. */
    final class Open implements AutoCloseable {
        private final OutputStream stream;
        private final JsonGenerator json;

        private Open(Path file) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            stream = Files.newOutputStream(file);
            json = mapper.getFactory().createGenerator(stream).useDefaultPrettyPrinter();
            json.setCodec(mapper);
            json.writeStartObject();
            json.writeArrayFieldStart("files");
        }

        void add(FileOutcome outcome) throws IOException {
            json.writeObject(outcome);
        }

        /** {@code translation}: what {@code --translate} did, or null without it. */
        void finish(ImportSummary summary, Map<String, Object> translation, EventStore.Regrouped events)
                throws IOException {
            json.writeEndArray();
            json.writeObjectField("summary", summary);
            if (events != null && events != EventStore.Regrouped.UNCHANGED) {
                json.writeObjectField("events", events);
            }
            if (translation != null) {
                json.writeObjectField("translation", translation);
            }
            json.writeEndObject();
        }

        @Override
        public void close() throws IOException {
            try (stream) {
                json.close();
            }
        }
    }

    Open open(Path file) throws IOException {
        return new Open(file);
    }
}
