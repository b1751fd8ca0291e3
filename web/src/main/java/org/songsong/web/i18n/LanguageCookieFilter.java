package org.songsong.web.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers an explicit {@code ?lang=} choice in a cookie, so the next page opens in the same language. */
public class LanguageCookieFilter {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        String requested = request.getUriInfo().getQueryParameters().getFirst(ReaderLanguage.PARAMETER);
        ReaderLanguage.fromCode(requested).ifPresent(language -> {
            NewCookie cookie = new NewCookie.Builder(ReaderLanguage.COOKIE)
                    .value(language.code)
                    .path("/")
                    .maxAge(ONE_YEAR)
                    .httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX)
                    .build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        });
    }
}
