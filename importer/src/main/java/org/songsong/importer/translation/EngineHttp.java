package org.songsong.importer.translation;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import org.songsong.core.translation.TranslationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

/**
 * One engine's requests: at most {@code in-flight} at once, a request the engine answered with 429 or
 * 5xx, or did not answer in time, asked again after a growing wait, and every failure turned into one
 * line that says what happened and where.
 */
final class EngineHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_EXCERPT = 200;

    /** An answer worth asking again for. */
    static final class Retryable extends RuntimeException {
        Retryable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /**
     * An answer not worth asking again for: a refusal of this request (a text over the engine's length
     * limit, a model's context or content filter: 400, 413, 422), or of every request (a wrong key or
     * address: 401, 403, 404, …), which {@code everyRequest} tells apart.
     */
    static final class Refused extends RuntimeException {
        final boolean everyRequest;

        Refused(String message, boolean everyRequest) {
            super(message, null, false, false);
            this.everyRequest = everyRequest;
        }
    }

    private final String engine;
    private final URI url;
    private final int retries;
    private final Guard guard;

    EngineHttp(String engine, URI url, TranslationConfig config) {
        this.engine = engine;
        this.url = url;
        this.retries = config.retries();
        this.guard = Guard.create().withDescription("translation-" + engine)
                .withBulkhead().limit(config.inFlight()).queueSize(10_000).enableSynchronousQueueing().done()
                .withRetry().maxRetries(config.retries())
                .delay(config.backoff().toMillis(), ChronoUnit.MILLIS)
                .maxDuration(0, ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .retryOn(Retryable.class)
                .withExponentialBackoff().factor(2).maxDelay(60, ChronoUnit.SECONDS).done()
                .done()
                .build();
    }

    /** The JSON body of a successful answer to the request {@code send} makes. */
    JsonNode post(Supplier<Response> send) throws TranslationException {
        String body;
        try {
            body = guard.call(() -> once(send), String.class);
        } catch (Retryable e) {
            throw new TranslationException(where() + " " + e.getMessage() + " (asked " + (retries + 1) + " times)", true, e);
        } catch (Refused e) {
            throw new TranslationException(where() + " " + e.getMessage(), e.everyRequest, e);
        } catch (ProcessingException e) {
            throw new TranslationException(where() + " cannot be reached: " + reason(e), true, e);
        } catch (Exception e) {
            throw new TranslationException(where() + " failed: " + reason(e), true, e);
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new TranslationException(where() + " answered something that is not JSON: " + excerpt(body), false, e);
        }
    }

    private static String once(Supplier<Response> send) {
        Response response;
        try {
            response = send.get();
        } catch (ProcessingException e) {
            if (isTimeout(e)) {
                throw new Retryable("did not answer in time", e);
            }
            throw e;
        }
        try (response) {
            int status = response.getStatus();
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (status == 429 || status >= 500) {
                throw new Retryable("answered HTTP " + status + ": " + excerpt(body), null);
            }
            if (status >= 300) {
                boolean thisRequestOnly = status == 400 || status == 413 || status == 422;
                throw new Refused("refused the request with HTTP " + status + ": " + excerpt(body)
                        + (status == 401 || status == 403 ? " (check SONGSONG_TRANSLATION_API_KEY)" : "")
                        + (status == 404 ? " (check SONGSONG_TRANSLATION_URL: no such API there)" : ""), !thisRequestOnly);
            }
            return body;
        }
    }

    /** The engine took the request and did not answer in time; a connection that timed out is no answer at all. */
    private static boolean isTimeout(Throwable e) {
        boolean timedOut = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("ConnectTimeout") || cause instanceof ConnectException) {
                return false;
            }
            timedOut |= cause instanceof TimeoutException || name.contains("Timeout");
        }
        return timedOut;
    }

    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return cause.getClass() == UnknownHostException.class ? "unknown host " + cause.getMessage()
                        : cause.getMessage() == null ? "connection refused" : cause.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** A problem with the body of a successful answer: the engine answered, but not in its API's shape. */
    TranslationException malformed(String what, JsonNode answer) {
        return new TranslationException(where() + " answered " + what + ": " + excerpt(answer.toString()), false);
    }

    private String where() {
        return "the translation engine (" + engine + " at " + url + ")";
    }

    static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(empty)" : flat.length() <= BODY_EXCERPT ? flat : flat.substring(0, BODY_EXCERPT) + "…";
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
