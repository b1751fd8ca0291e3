package org.songsong.web.i18n;

/**
 * The frame of every page.
 *
 * @param lang       the interface language code ({@code vi} or {@code en})
 * @param otherLang  the code of the language the switch offers
 * @param switchLink this same page (filters and paging kept) in the other interface language
 * @param selfLink   this page as requested
 */
public record PageContext(String lang, String otherLang, String switchLink, String selfLink) {

    /**
     * The frame of a page answering {@code path} outside the pages' own routes (an error): its address is kept
     * only when it is plainly readable, else the switch leads to the front page.
     */
    public static PageContext at(String path, ReaderLanguage language) {
        String kept = path == null || !path.matches("[A-Za-z0-9/._~%-]*") || path.length() > 300 ? "/" : path;
        return new PageContext(language.code, language.other().code,
                kept + "?" + ReaderLanguage.PARAMETER + "=" + language.other().code, kept);
    }
}
