package org.songsong.web.http;

import jakarta.ws.rs.NotFoundException;

/** Path values the collection could hold: anything else is simply not there (404), never sent to SQL. */
public final class Slugs {

    private Slugs() {
    }

    public static String check(String slug) {
        if (slug == null || slug.length() > 160 || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new NotFoundException();
        }
        return slug;
    }
}
