package io.loclint.cli.git;

import java.io.IOException;

/**
 * Lets a stopping JVM delete an export that the main thread is still writing: {@link #stop()} waits for the file
 * being written, and no file is written after it, so one deletion afterwards leaves nothing behind (deleting while
 * files keep arriving could leave some, or let a new file's folders make the export folder again).
 */
public final class ExportGuard {
    /** For an export nothing stops early (a test's, or a folder the caller deletes itself). */
    public static final ExportGuard NONE = new ExportGuard();

    private boolean stopped;

    /** Writes one file, unless the export was stopped. */
    synchronized void write(FileWrite write) throws IOException {
        if (stopped) {
            throw new IOException("the export was stopped");
        }
        write.run();
    }

    /** Returns once the file being written, if any, is complete; none is written after. */
    public synchronized void stop() {
        stopped = true;
    }

    @FunctionalInterface
    interface FileWrite {
        void run() throws IOException;
    }
}
