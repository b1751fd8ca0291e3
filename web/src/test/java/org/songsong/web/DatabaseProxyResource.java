package org.songsong.web;

import java.util.Map;

import org.songsong.core.testing.TcpProxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the application with its database behind a {@link TcpProxy} that the test can cut. */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    public static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        proxy = TcpProxy.toTestDatabase();
        return Map.of("quarkus.datasource.jdbc.url", proxy.jdbcUrl(),
                "quarkus.datasource.jdbc.acquisition-timeout", "2S");
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
