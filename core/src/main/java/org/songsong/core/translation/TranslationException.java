package org.songsong.core.translation;

/**
 * A translation that could not be had, with a one-line reason fit for the console and the import report.
 * {@code engineUnreachable}: the engine did not answer at all (refused, timed out after its retries), so
 * a run stops asking rather than waiting on it for every article.
 */
public class TranslationException extends Exception {

    private final boolean engineUnreachable;

    public TranslationException(String message, boolean engineUnreachable) {
        super(message);
        this.engineUnreachable = engineUnreachable;
    }

    public TranslationException(String message, boolean engineUnreachable, Throwable cause) {
        super(message, cause);
        this.engineUnreachable = engineUnreachable;
    }

    public boolean engineUnreachable() {
        return engineUnreachable;
    }
}
