package org.songsong.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the reader. */
@QuarkusMain
public class ReaderMain {

    /** Read by the HTTP layer when it starts; {@link MalformedAddressFilter} checks addresses instead. */
    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
