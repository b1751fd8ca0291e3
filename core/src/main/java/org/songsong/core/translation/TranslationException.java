package org.songsong.core.translation;

/**
 * A translation that could not be had, with a one-line reason fit for the console and the import report.
 * {@code engineUnavailable}: the engine did not answer at all (refused, timed out or failing after its retries, or refusing the credentials), so
 * a run stops asking rather than waiting on it for every article.
 */
public class TranslationException extends Exception {

    private final boolean engineUnavailable;

    public TranslationException(String message, boolean engineUnavailable) {
        super(message);
        this.engineUnavailable = engineUnavailable;
    }

    public TranslationException(String message, boolean engineUnavailable, Throwable cause) {
        super(message, cause);
        this.engineUnavailable = engineUnavailable;
    }

    public boolean engineUnavailable() {
        return engineUnavailable;
    }
}
