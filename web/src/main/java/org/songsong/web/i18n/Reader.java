package org.songsong.web.i18n;

import java.net.URI;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;

/** Who is reading: the request's language choice, and the links that keep or switch it. */
@RequestScoped
public class Reader {

    @Inject
    RoutingContext request;

    public ReaderLanguage language() {
        return ReaderLanguage.of(request);
    }

    /** What every page needs to render its frame: language and the link that switches it. */
    public PageContext page() {
        ReaderLanguage language = language();
        URI requested = URI.create(request.request().uri());
        URI switched = UriBuilder.fromUri(requested)
                .replaceQueryParam(ReaderLanguage.PARAMETER, language.other().code)
                .build();
        return new PageContext(language.code, language.other().code, relative(switched), relative(requested));
    }

    private static String relative(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
