package org.songsong.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import org.songsong.core.testing.TcpProxy;
import org.songsong.core.testing.TestDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the application with its database behind a {@link TcpProxy} that the test can cut. */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    public static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        URI database = URI.create(TestDatabase.url().substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(database.getPort() < 0 ? 5432 : database.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:" + proxy.port() + database.getPath(),
                "quarkus.datasource.jdbc.acquisition-timeout", "2S");
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
