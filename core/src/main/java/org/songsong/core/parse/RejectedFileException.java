package org.songsong.core.parse;

/** A file that cannot be turned into an article; the message tells the editor why, in plain words. */
public class RejectedFileException extends Exception {

    public RejectedFileException(String reason) {
        super(reason);
    }
}
