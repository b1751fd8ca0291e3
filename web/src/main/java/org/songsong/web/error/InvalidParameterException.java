package org.songsong.web.error;

import org.songsong.core.text.Patterns;

import jakarta.ws.rs.BadRequestException;

/** A request parameter the reader cannot use; the 400 page names it and the value, in the reader's language. */
public class InvalidParameterException extends BadRequestException {

    /** Why the value cannot be used: each has a message in both interface languages. */
    public enum Problem {
        UNKNOWN_OFFICIAL, UNKNOWN_CATEGORY, UNKNOWN_OUTLET, NOT_A_NUMBER, OUT_OF_RANGE, TOO_LONG
    }

    private final String parameter;
    private final String value;
    private final Problem problem;

    public InvalidParameterException(String parameter, String value, Problem problem) {
        super(problem + " " + parameter);
        this.parameter = parameter;
        // the page quotes the value: a long one is shown cut
        this.value = value == null ? null : Patterns.abbreviate(value, 60);
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public Problem problem() {
        return problem;
    }
}
