package org.songsong.web.error;

import org.songsong.core.failure.FailureCauses;
import org.songsong.web.i18n.AppMessages;
import org.songsong.web.i18n.PageContext;
import org.songsong.web.i18n.ReaderLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/** Error pages in the reader's language; no stack trace or internal detail ever reaches the page. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    public static class Templates {
        static native TemplateInstance badRequest(String parameter, String value, String problem, PageContext page);

        static native TemplateInstance notFound(String path, PageContext page);

        static native TemplateInstance serverError(PageContext page);

        static native TemplateInstance unavailable(PageContext page);

        public static native TemplateInstance busy(PageContext page);

        public static native TemplateInstance clientError(String message, PageContext page);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri, RoutingContext request) {
        ReaderLanguage language = ReaderLanguage.of(request);
        if (isApi(uri)) {
            return json(Response.Status.BAD_REQUEST, new ApiError(400, message(e, language), e.parameter(), e.value()));
        }
        return html(Response.Status.BAD_REQUEST, Templates.badRequest(e.parameter(), e.value(),
                e.problem().name(), page(uri, language)).setLocale(language.locale()));
    }

    /** Any other request error (malformed address, wrong method, …) as a page or JSON, in the reader's language. */
    private Response clientError(int status, UriInfo uri, RoutingContext request) {
        ReaderLanguage language = ReaderLanguage.of(request);
        AppMessages bundle = bundle(language);
        String message = status == 405 ? bundle.error_method_not_allowed()
                : status == 406 || status == 415 ? bundle.error_unsupported_format()
                : bundle.error_malformed_request();
        Response.Status reason = Response.Status.fromStatusCode(status);
        if (isApi(uri)) {
            return json(reason == null ? Response.Status.BAD_REQUEST : reason, new ApiError(status, message, null, null));
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.clientError(message, page(uri, language)).setLocale(language.locale()).render()).build();
    }

    /** An error of the JSON API, in the reader's language. */
    @RegisterForReflection
    public record ApiError(int status, String message, String parameter, String value) {
    }

    /** The problem in words, in the reader's language, for JSON clients. */
    String message(InvalidParameterException e, ReaderLanguage language) {
        AppMessages bundle = bundle(language);
        return switch (e.problem()) {
            case UNKNOWN_OFFICIAL -> bundle.error_unknown_official(e.value());
            case UNKNOWN_CATEGORY -> bundle.error_unknown_category(e.value());
            case UNKNOWN_OUTLET -> bundle.error_unknown_outlet(e.value());
            case NOT_A_NUMBER -> bundle.error_not_a_number(e.parameter(), e.value());
            case OUT_OF_RANGE -> bundle.error_out_of_range(e.parameter(), e.value());
            case TOO_LONG -> bundle.error_too_long(e.parameter());
        };
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, RoutingContext request) {
        ReaderLanguage language = ReaderLanguage.of(request);
        if (isApi(uri)) {
            return json(Response.Status.NOT_FOUND, new ApiError(404, bundle(language).error_not_found_text(uri.getPath()),
                    null, null));
        }
        return html(Response.Status.NOT_FOUND,
                Templates.notFound(uri.getPath(), page(uri, language)).setLocale(language.locale()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, RoutingContext request) {
        if (e instanceof RedirectionException redirect) {
            // an address that moved (a merged event's) is no error
            return redirect.getResponse();
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return clientError(wae.getResponse().getStatus(), uri, request);
        }
        if (e instanceof IllegalArgumentException) {
            // a malformed address (bad percent-encoding, say) that the framework could not decode
            return clientError(400, uri, request);
        }
        ReaderLanguage language = ReaderLanguage.of(request);
        if (FailureCauses.of(e).stream().anyMatch(BulkheadException.class::isInstance)) {
            LOG.infof("too many searches at once; turned away %s", uri.getRequestUri());
            Response busy = isApi(uri) ? json(Response.Status.SERVICE_UNAVAILABLE,
                    new ApiError(503, bundle(language).error_busy_text(), null, null))
                    : html(Response.Status.SERVICE_UNAVAILABLE, Templates.busy(page(uri, language)).setLocale(language.locale()));
            return Response.fromResponse(busy).header(HttpHeaders.RETRY_AFTER, "2").build();
        }
        if (FailureCauses.databaseUnreachable(e)) {
            LOG.warnf("database unavailable while answering %s: %s", uri.getRequestUri(), rootMessage(e));
            if (isApi(uri)) {
                return Response.fromResponse(json(Response.Status.SERVICE_UNAVAILABLE,
                        new ApiError(503, bundle(language).error_unavailable_text(), null, null)))
                        .header(HttpHeaders.RETRY_AFTER, "10").build();
            }
            return Response.fromResponse(html(Response.Status.SERVICE_UNAVAILABLE,
                    Templates.unavailable(page(uri, language)).setLocale(language.locale())))
                    .header(HttpHeaders.RETRY_AFTER, "10").build();
        }
        LOG.error("request failed: " + uri.getRequestUri(), e);
        if (isApi(uri)) {
            return json(Response.Status.INTERNAL_SERVER_ERROR, new ApiError(500, bundle(language).error_server_text(),
                    null, null));
        }
        return html(Response.Status.INTERNAL_SERVER_ERROR,
                Templates.serverError(page(uri, language)).setLocale(language.locale()));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The interface's messages in the reader's language. */
    public static AppMessages bundle(ReaderLanguage language) {
        return language == ReaderLanguage.VI
                ? MessageBundles.get(AppMessages.class, Localized.Literal.of("vi"))
                : MessageBundles.get(AppMessages.class);
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/") || uri.getPath().equals("/api");
    }

    private static Response json(Response.Status status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }

    private static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private static PageContext page(UriInfo uri, ReaderLanguage language) {
        return PageContext.at(uri.getRequestUri().getRawPath(), language);
    }
}
