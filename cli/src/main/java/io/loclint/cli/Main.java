package io.loclint.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/** Entry point: exit codes 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error, 3 internal. */
public final class Main {
    /** Set when a thread of ours died of something it did not catch: the run's result cannot be trusted. */
    private static final AtomicBoolean THREAD_DIED = new AtomicBoolean();
    /** The one line is printed once, by whichever thread fails first. */
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    /** Memory given back when the heap runs out, so the line can still be written and the JVM can exit. */
    private static volatile byte[] reserve = new byte[128 * 1024];
    /** Made before it is needed: out of memory, building the line could fail too. */
    private static final byte[] OUT_OF_MEMORY = ("loclint: out of memory; give Java more (LOCLINT_JAVA_OPTS=-Xmx2g"
            + " with ./loclint, java -Xmx2g -jar)\n").getBytes(StandardCharsets.UTF_8);

    private Main() {
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((thread, thrown) -> {
            THREAD_DIED.set(true);
            internalError(System.err, thrown);
        });
        Warmup.startFor(args);
        System.exit(run(args));
    }

    /**
     * Runs one command. Whatever escapes it, an {@link Error} included (out of memory, a stack overflow), is one
     * line on stderr and exit code 3: never a stack trace, and never the exit code of a run that found nothing.
     */
    public static int run(String... args) {
        return guarded(() -> LoclintCommand.commandLine(args).execute(args));
    }

    static int guarded(IntSupplier command) {
        REPORTED.set(false);
        int code;
        try {
            code = command.getAsInt();
        } catch (Throwable thrown) {
            internalError(System.err, thrown);
            return ExitCodes.INTERNAL;
        }
        return THREAD_DIED.get() ? ExitCodes.INTERNAL : code;
    }

    private static void internalError(PrintStream err, Throwable thrown) {
        reserve = null;
        if (REPORTED.getAndSet(true)) {
            return;
        }
        byte[] line = thrown instanceof OutOfMemoryError ? OUT_OF_MEMORY
                : ("loclint: internal error (" + thrown.getClass().getSimpleName() + "); report it\n")
                .getBytes(StandardCharsets.UTF_8);
        err.write(line, 0, line.length);
        err.flush();
    }
}
