package io.loclint.grammar;

/**
 * A parse stopped because its thread was interrupted: its time budget ran out and whoever waited for it has given
 * up, so the thread must come free instead of finishing work nobody will read.
 */
public final class ParseCancelled extends RuntimeException {
    public ParseCancelled() {
        super("the parse was interrupted", null, false, false);
    }

    /** Throws when the current thread has been interrupted; front-ends call it in their loops over the input. */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ParseCancelled();
        }
    }
}
