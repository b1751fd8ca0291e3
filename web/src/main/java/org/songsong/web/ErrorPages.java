package org.songsong.web;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Error pages in the reader's language; no stack trace or internal detail ever reaches the page. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(String path, PageContext page);

        static native TemplateInstance serverError(PageContext page);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        ReaderLanguage language = language(uri, headers);
        return html(Response.Status.NOT_FOUND,
                Templates.notFound(uri.getPath(), page(uri, language)).setLocale(language.locale()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return wae.getResponse();
        }
        LOG.error("request failed: " + uri.getRequestUri(), e);
        ReaderLanguage language = language(uri, headers);
        return html(Response.Status.INTERNAL_SERVER_ERROR,
                Templates.serverError(page(uri, language)).setLocale(language.locale()));
    }

    private static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private static ReaderLanguage language(UriInfo uri, HttpHeaders headers) {
        var cookie = headers.getCookies().get(ReaderLanguage.COOKIE);
        return ReaderLanguage.resolve(uri.getQueryParameters().getFirst(ReaderLanguage.PARAMETER),
                cookie == null ? null : cookie.getValue(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static PageContext page(UriInfo uri, ReaderLanguage language) {
        String path = uri.getRequestUri().getRawPath();
        return new PageContext(language.code, language.other().code,
                path + "?" + ReaderLanguage.PARAMETER + "=" + language.other().code, path);
    }
}
