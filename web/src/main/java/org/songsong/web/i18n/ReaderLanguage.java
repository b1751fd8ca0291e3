package org.songsong.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * The interface language: Vietnamese or English. Both content languages stay on the page whichever is
 * chosen; this decides the labels, menus and messages.
 */
public enum ReaderLanguage {
    VI("vi"), EN("en");

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "songsong-lang";

    public final String code;

    ReaderLanguage(String code) {
        this.code = code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public ReaderLanguage other() {
        return this == VI ? EN : VI;
    }

    public static Optional<ReaderLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.trim().toLowerCase(Locale.ROOT);
        for (ReaderLanguage language : values()) {
            if (language.code.equals(trimmed)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The reader's language for a request, one rule for pages, error pages, the cache key and the refusal of
     * unreadable addresses: the explicit choice in the address wins, then the remembered cookie, then the
     * first of Vietnamese and English among the browser's preferred languages, then English. An address whose
     * query cannot be decoded says nothing.
     */
    public static ReaderLanguage of(RoutingContext request) {
        Cookie cookie = request.request().getCookie(COOKIE);
        return fromCode(parameter(request))
                .or(() -> fromCode(cookie == null ? null : cookie.getValue()))
                .or(() -> preferred(request.acceptableLanguages()))
                .orElse(EN);
    }

    private static String parameter(RoutingContext request) {
        try {
            List<String> values = request.queryParam(PARAMETER);
            return values.isEmpty() ? null : values.get(0);
        } catch (RuntimeException undecodable) {
            return null;
        }
    }

    /** {@code languages} as the HTTP layer parsed them, most preferred first. */
    static Optional<ReaderLanguage> preferred(List<LanguageHeader> languages) {
        for (LanguageHeader range : languages) {
            Optional<ReaderLanguage> match = fromCode(range.tag());
            if (match.isPresent() && range.weight() > 0) {
                return match;
            }
        }
        return Optional.empty();
    }
}
