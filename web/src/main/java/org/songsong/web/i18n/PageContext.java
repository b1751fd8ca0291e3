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
}
