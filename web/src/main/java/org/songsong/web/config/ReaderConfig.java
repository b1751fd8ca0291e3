package org.songsong.web.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The reader's own settings, each overridable by an environment variable ({@code
 * SONGSONG_RENDERED_RESPONSES_MAX_BYTES}, …; src-docs/operations.md lists them). The caches' hit rates are in {@code /q/metrics}
 * ({@code cache_gets_total{cache=…,result=hit|miss}}).
 */
@ConfigMapping(prefix = "songsong")
public interface ReaderConfig {

    RenderedResponses renderedResponses();

    SearchMatches searchMatches();

    CollectionVersion collectionVersion();

    Exports exports();

    /** Pages, feeds and exports already rendered for the collection's current version. */
    interface RenderedResponses {

        /** Bytes kept (bodies and their gzipped copies); 0 turns the store off. */
        @WithDefault("16777216")
        long maxBytes();
    }

    /** The article ids each search's words match, for the collection's current version. */
    interface SearchMatches {

        /** Ids kept over all searches, each search counting 64 more for its key (8 bytes an id). */
        @WithDefault("1000000")
        long maxIds();

        /**
         * How many of a search's newest matches are ranked by relevance (ranking reads each one's stored words);
         * the rest follow them newest first.
         */
        @WithDefault("200")
        int ranked();

        /**
         * Searches matched at once; each holds a database connection and most of a core for tens of ms, so on
         * two cores one leaves the other to the pages.
         */
        @WithDefault("1")
        int concurrent();

        /** Searches that may wait for one of those; past them, a new search is answered 503 with Retry-After. */
        @WithDefault("4")
        int waiting();

        /** How long a search's statements may run before the database cancels them (the page answers 503). */
        @WithDefault("PT5S")
        Duration timeout();
    }

    /** How the reader follows imports. */
    interface CollectionVersion {

        /** How long a version read from the database is trusted; zero reads it on every request. */
        @WithDefault("PT1S")
        Duration maxAge();

        /**
         * How long the reader goes on answering from the collection as it was while it reads a changed one
         * (during an import, every few seconds); past that, requests wait for the new reading. Zero makes every
         * request after a change wait.
         */
        @WithDefault("PT30S")
        Duration maxStaleness();
    }

    /** The CSV and JSON exports of a filtered view. */
    interface Exports {

        /**
         * Articles read from the database at a time while an export is written: an export is sent as it is
         * read, so the reader holds one chunk of it, never the whole.
         */
        @WithDefault("500")
        int chunkSize();
    }
}
