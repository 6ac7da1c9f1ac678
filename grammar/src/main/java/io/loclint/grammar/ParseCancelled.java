package io.loclint.grammar;

/**
 * A parse stopped because its thread was interrupted: its time budget ran out and whoever waited for it has given
 * up, so the thread must come free instead of finishing work nobody will read. An {@link Error}, as
 * {@code ThreadDeath} was, so that the front-ends' catches of their own failures do not turn it into a parse
 * problem of a file nobody is waiting for.
 */
public final class ParseCancelled extends Error {
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
