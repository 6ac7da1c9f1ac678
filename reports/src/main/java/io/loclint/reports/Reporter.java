package io.loclint.reports;

import io.loclint.engine.result.RunResult;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a finished run in one output format.
 *
 * <p>Contract shared by every format:
 * <ul>
 *   <li>output is UTF-8, lines end with {@code \n} on every platform;</li>
 *   <li>the same {@link RunResult} gives byte-identical output (no timestamps, no hash-map order);</li>
 *   <li>findings are written in the order of {@link RunResult#findings()} (the engine sorts them);</li>
 *   <li>the reporter flushes {@code out} but never closes it (it may be {@code System.out}).</li>
 * </ul>
 * Implementations are stateless and thread-safe.
 */
public interface Reporter {

    /** The name used on the command line ({@code --format NAME}). */
    String name();

    void write(RunResult result, OutputStream out) throws IOException;
}
