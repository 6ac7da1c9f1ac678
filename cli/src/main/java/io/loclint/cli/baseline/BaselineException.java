package io.loclint.cli.baseline;

/** A baseline file is missing, unreadable or not a loclint baseline; the message is one line. */
public final class BaselineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }
}
