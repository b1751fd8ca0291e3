package org.songsong.web.i18n;

import java.net.URI;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/** Who is reading: the request's language choice, gathered once per request from URL, cookie and headers. */
public class Reader {

    @QueryParam(ReaderLanguage.PARAMETER)
    String langParameter;

    @CookieParam(ReaderLanguage.COOKIE)
    String langCookie;

    @HeaderParam("Accept-Language")
    String acceptLanguage;

    @Context
    UriInfo uriInfo;

    public ReaderLanguage language() {
        return ReaderLanguage.resolve(langParameter, langCookie, acceptLanguage);
    }

    /** What every page needs to render its frame: language and the link that switches it. */
    public PageContext page() {
        ReaderLanguage language = language();
        URI switched = uriInfo.getRequestUriBuilder()
                .replaceQueryParam(ReaderLanguage.PARAMETER, language.other().code)
                .build();
        return new PageContext(language.code, language.other().code, relative(switched),
                relative(uriInfo.getRequestUri()));
    }

    private static String relative(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
