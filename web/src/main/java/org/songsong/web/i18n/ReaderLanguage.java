package org.songsong.web.i18n;

import java.util.Locale;
import java.util.Optional;

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
     * The explicit choice in the URL wins, then the remembered cookie, then the browser's
     * Accept-Language (first of vi/en by preference), then English.
     */
    public static ReaderLanguage resolve(String parameter, String cookie, String acceptLanguage) {
        return fromCode(parameter)
                .or(() -> fromCode(cookie))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(EN);
    }

    static Optional<ReaderLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String primary = range.getRange().split("-")[0];
                Optional<ReaderLanguage> match = fromCode(primary);
                if (match.isPresent() && range.getWeight() > 0) {
                    return match;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header is treated as absent
        }
        return Optional.empty();
    }
}
