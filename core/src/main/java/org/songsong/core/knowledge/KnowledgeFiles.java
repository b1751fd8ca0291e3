package org.songsong.core.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The curated knowledge base ({@code seeds/knowledge/} in the repository), packaged into the core jar
 * under {@code songsong/knowledge/} so both applications and native images carry it.
 */
public final class KnowledgeFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private KnowledgeFiles() {
    }

    public static byte[] read(String name) {
        String resource = "songsong/knowledge/" + name;
        try (InputStream in = KnowledgeFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T readJson(String name, Class<T> type) {
        try {
            return JSON.readValue(read(name), type);
        } catch (IOException e) {
            throw new IllegalStateException("knowledge file " + name + " is not valid: " + e.getMessage(), e);
        }
    }

    /** A short fingerprint of knowledge files: when it changes, stored articles are extracted again. */
    public static String fingerprint(String... names) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                digest.update(read(name));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
