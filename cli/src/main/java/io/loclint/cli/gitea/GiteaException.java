package io.loclint.cli.gitea;

/**
 * Gitea could not be used: missing or wrong settings, a refusal (401, 403, 404, ...) or a network error. The message
 * is the one line the user sees, says what to check, and never contains the token.
 */
public final class GiteaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    public GiteaException(String message) {
        this(message, 0);
    }

    public GiteaException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status Gitea answered with, or 0 when there was no answer (settings, network). */
    public int httpStatus() {
        return httpStatus;
    }
}
