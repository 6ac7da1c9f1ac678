package io.loclint.engine;

import io.loclint.engine.result.ToolNotification;

import io.loclint.engine.files.SourceFile;
import io.loclint.engine.files.ParsedFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Parses files on all cores, each within a time budget. A file that overruns could not be analysed (a PAR001
 * finding, as one whose parser failed); its thread is interrupted, which the front-ends' loops check, and a fresh
 * thread replaces it meanwhile (a native tree-sitter or tomlj call runs to its end first), so one hostile file
 * never holds up the rest. Files can be handed over while discovery is still walking the tree ({@link Session#submit});
 * results come back in the order {@link Session#finish} is given.
 */
final class ParallelParser {
    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final Function<SourceFile, FileParser.Outcome> parser;
    private final long budgetNanos;

    ParallelParser(Function<SourceFile, FileParser.Outcome> parser, long budgetMillis) {
        this.parser = parser;
        this.budgetNanos = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
    }

    Session open() {
        return new Session();
    }

    /** One batch of files: submit them as they are found, then finish once. Not thread-safe. */
    final class Session {
        private final ThreadPoolExecutor pool;
        private final Map<String, Task> tasks = new HashMap<>();

        private record Task(Future<FileParser.Outcome> future, AtomicLong started) {
        }

        private Session() {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    runnable -> {
                        Thread thread = new Thread(runnable, "loclint-parse");
                        thread.setDaemon(true);
                        return thread;
                    });
        }

        void submit(SourceFile file) {
            if (tasks.containsKey(file.path())) {
                return;
            }
            AtomicLong started = new AtomicLong(NOT_STARTED);
            Future<FileParser.Outcome> future = pool.submit(() -> {
                started.set(System.nanoTime());
                return parser.apply(file);
            });
            tasks.put(file.path(), new Task(future, started));
        }

        /** Waits for every file (submitting any not submitted yet) and shuts the threads down. */
        List<ParsedFile> finish(List<SourceFile> files, List<ToolNotification> notes) {
            List<ParsedFile> parsed = new ArrayList<>(files.size());
            try {
                for (SourceFile file : files) {
                    submit(file);
                }
                for (SourceFile file : files) {
                    FileParser.Outcome outcome = await(file, tasks.get(file.path()));
                    if (outcome.file() != null) {
                        parsed.add(outcome.file());
                    } else if (outcome.skipped() != null) {
                        notes.add(outcome.skipped());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            return parsed;
        }

        /** The outcome; a file that ran over its budget or whose parser failed is one that could not be analysed. */
        private FileParser.Outcome await(SourceFile file, Task task) {
            while (true) {
                try {
                    return task.future().get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long start = task.started().get();
                    if (start != NOT_STARTED && System.nanoTime() - start > budgetNanos) {
                        task.future().cancel(true);
                        // the stuck thread keeps its core busy until the native call returns; add one in its place
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        return FileParser.unanalysed(file, "parsing took longer than "
                                + TimeUnit.NANOSECONDS.toMillis(budgetNanos) + " ms");
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof VirtualMachineError fatal && !(fatal instanceof StackOverflowError)) {
                        // out of memory is the run's failure, not the file's: as a PAR001 a run on a small heap
                        // fails as if the file were wrong (or passes with --fail-on never) while files went
                        // unchecked. A stack overflow is one file's depth on one thread, so it stays the file's.
                        throw fatal;
                    }
                    return FileParser.unanalysed(file, "the parser failed (" + e.getCause().getClass().getSimpleName()
                            + ")");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return FileParser.unanalysed(file, "parsing was interrupted");
                }
            }
        }
    }
}
