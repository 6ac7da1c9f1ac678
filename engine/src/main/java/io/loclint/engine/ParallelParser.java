package io.loclint.engine;

import io.loclint.engine.files.SourceFile;
import io.loclint.engine.model.ParsedFile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;

/**
 * Parses files on all cores, each within a time budget. A file that overruns is reported as skipped, and a fresh
 * thread replaces the one still stuck in it (a native parse cannot be interrupted), so one hostile file never
 * holds up the rest. Results keep the input order.
 */
final class ParallelParser {
    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final Function<SourceFile, FileParser.Outcome> parser;
    private final long budgetNanos;

    ParallelParser(Function<SourceFile, FileParser.Outcome> parser, long budgetMillis) {
        this.parser = parser;
        this.budgetNanos = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
    }

    List<ParsedFile> parseAll(List<SourceFile> files, List<ToolNotification> notes) {
        List<ParsedFile> parsed = new ArrayList<>(files.size());
        if (files.isEmpty()) {
            return parsed;
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "loclint-parse");
                    thread.setDaemon(true);
                    return thread;
                });
        AtomicLongArray started = new AtomicLongArray(files.size());
        try {
            List<Future<FileParser.Outcome>> futures = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                started.set(i, NOT_STARTED);
                int index = i;
                SourceFile file = files.get(i);
                futures.add(pool.submit(() -> {
                    started.set(index, System.nanoTime());
                    return parser.apply(file);
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                FileParser.Outcome outcome = await(futures.get(i), started, i, pool);
                if (outcome == null) {
                    notes.add(new ToolNotification("file-timeout", "warning", "skipped: parsing took longer than "
                            + TimeUnit.NANOSECONDS.toMillis(budgetNanos) + " ms", files.get(i).path()));
                } else if (outcome.file() != null) {
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

    /** The outcome, or null when the file ran over its budget. */
    private FileParser.Outcome await(Future<FileParser.Outcome> future, AtomicLongArray started, int index,
                                     ThreadPoolExecutor pool) {
        while (true) {
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long start = started.get(index);
                if (start != NOT_STARTED && System.nanoTime() - start > budgetNanos) {
                    future.cancel(true);
                    // the stuck thread keeps its core busy until the native call returns; add one in its place
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return null;
                }
            } catch (ExecutionException e) {
                return new FileParser.Outcome(null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
