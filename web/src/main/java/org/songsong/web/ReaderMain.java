package org.songsong.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.web.http.MalformedAddressFilter;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Starts the reader. With {@code -Dsongsong.training-run=true} it starts, asks itself for the pages readers
 * ask for most and stops: the JVM records that run (a JDK 25 AOT cache, or a class-data archive on older
 * JDKs) and later starts load those classes and profiles instead of discovering them, which more than
 * halves the start (src-docs/performance.md). Without a database every page answers 503; the run still
 * loads most of what a start needs.
 */
@QuarkusMain
public class ReaderMain implements QuarkusApplication {

    /** Read by the HTTP layer when it starts; {@link MalformedAddressFilter} checks addresses instead. */
    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";
    static final String TRAINING_RUN = "songsong.training-run";

    private static final Logger LOG = Logger.getLogger(ReaderMain.class);

    /** Pages, filters, search, an article, the API, a feed, and the error pages, in both languages. */
    private static final List<String> TRAINING_PAGES = List.of("/", "/?lang=vi", "/?lang=en",
            "/?official=to-lam", "/?official=to-lam&category=drugs", "/?q=to+lam", "/?year=not-a-year",
            "/officials/to-lam", "/categories/drugs", "/officials", "/timeline", "/api/articles?official=to-lam",
            "/api/categories", "/feed.atom", "/export.csv?official=to-lam", "/articles/no-such-article",
            "/q/health/ready");
    private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"(/articles/[a-z0-9-]+)\"");

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        // Netty keeps freed response buffers in a cache per thread; with a worker thread per concurrent
        // request they held about 30 MB of direct memory under load, for no measurable speed (performance.md).
        setIfAbsent("io.netty.allocator.smallCacheSize", "0");
        setIfAbsent("io.netty.allocator.normalCacheSize", "0");
        Quarkus.run(ReaderMain.class, args);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    @Override
    public int run(String... args) {
        if (!Boolean.getBoolean(TRAINING_RUN)) {
            Quarkus.waitForExit();
            return 0;
        }
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        // HTTP/1.1, as browsers, proxies and load generators speak to the reader
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String firstArticle = null;
        int answered = 0;
        // with a database, the second and third rounds take the path of responses already rendered
        for (int round = 0; round < 3; round++) {
            for (String page : TRAINING_PAGES) {
                HttpResponse<String> response = get(client, port, page);
                if (response == null) {
                    continue;
                }
                answered++;
                Matcher link = ARTICLE_LINK.matcher(response.body());
                if (firstArticle == null && link.find()) {
                    firstArticle = link.group(1);
                }
            }
            if (firstArticle != null && get(client, port, firstArticle) != null) {
                answered++;
            }
        }
        if (answered == 0) {
            LOG.errorf("training run: the reader on port %d answered no request; nothing worth recording", port);
            return 1;
        }
        LOG.infof("training run done: %d answers%s", answered,
                firstArticle == null ? " (no article reached: no database?)" : "");
        return 0;
    }

    /** The response, whatever its status; null when the reader could not be reached at all. */
    private static HttpResponse<String> get(HttpClient client, int port, String page) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("training run: %s failed: %s", page, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
