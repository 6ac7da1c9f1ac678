package io.loclint.cli;

/** A mistake in how loclint was called; its message is the one line the user sees, with what to do. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
