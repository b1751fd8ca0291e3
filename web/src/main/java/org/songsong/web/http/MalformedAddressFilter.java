package org.songsong.web.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.songsong.web.ReaderMain;
import org.songsong.web.error.ErrorPages;
import org.songsong.web.i18n.PageContext;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An address whose percent-encoding is broken ({@code ?q=%ZZ}) or decodes to bytes that are not UTF-8
 * cannot be read. The HTTP layer's own check would refuse it with an empty "Bad Request" before any page
 * could explain, so {@link ReaderMain} turns that check off and this filter does it instead, first: a 400
 * page (or JSON error under {@code /api/}) in the reader's language, with the usual security headers.
 */
public class MalformedAddressFilter {

    /** Before the framework's own routes, after the headers every response carries. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    /** A path that cannot be decoded fails in the router, before any filter: answered the same way. */
    void register(@Observes Router router) {
        router.errorHandler(400, context -> {
            if (context.response().ended()) {
                return;
            }
            if (!readable(context.request().uri())) {
                refuse(context);
            } else {
                context.response().setStatusCode(400).end();
            }
        });
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (readable(uri)) {
            context.next();
            return;
        }
        refuse(context);
    }

    private void refuse(RoutingContext context) {
        ReaderLanguage language = ReaderLanguage.of(context);
        String message = ErrorPages.bundle(language).error_malformed_request();
        answer(context, 400, message, ErrorPages.Templates.clientError(message, PageContext.at("/", language))
                .setLocale(language.locale()).render());
    }

    /**
     * An error answered on the HTTP layer's thread, before any route: a JSON error under {@code /api/}, else
     * {@code page}, with the headers every response carries.
     */
    static void answer(RoutingContext context, int status, String message, String page) {
        String path = context.request().path();
        var response = context.response().setStatusCode(status);
        // the configured headers (quarkus.http.header.*) are not added on the router's error path
        HEADERS.forEach((name, value) -> {
            if (!response.headers().contains(name)) {
                response.putHeader(name, value);
            }
        });
        if (path != null && path.startsWith("/api/")) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                    .end(Json.encode(new ErrorPages.ApiError(status, message, null, null)));
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(page);
    }

    /** Every response's headers, as configured: security headers above all. */
    private static final Map<String, String> HEADERS = configuredHeaders();

    private static Map<String, String> configuredHeaders() {
        var config = ConfigProvider.getConfig();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String property : config.getPropertyNames()) {
            if (property.startsWith("quarkus.http.header.") && property.endsWith(".value")) {
                String name = property.substring("quarkus.http.header.".length(), property.length() - ".value".length());
                headers.put(name.replace("\"", ""), config.getValue(property, String.class));
            }
        }
        return headers;
    }

    /** True when every {@code %} starts two hex digits and the decoded bytes are UTF-8. */
    static boolean readable(String uri) {
        if (uri == null || uri.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0
                        || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(uri.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                return true; // raw non-ASCII: not percent-encoding's business, the framework decides
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
