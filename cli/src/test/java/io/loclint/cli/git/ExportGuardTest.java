package io.loclint.cli.git;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stopping JVM deletes a --rev export only once no file of it is being written, and none is written after. */
class ExportGuardTest {
    @Test
    void stopWaitsForTheFileBeingWrittenAndNoFileIsWrittenAfter() throws Exception {
        ExportGuard guard = new ExportGuard();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> export = CompletableFuture.runAsync(() -> {
            try {
                guard.write(() -> {
                    writing.countDown();
                    await(finish);
                });
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(writing.await(30, TimeUnit.SECONDS));
        CompletableFuture<Void> stop = CompletableFuture.runAsync(guard::stop);
        // the writer holds the guard until its file is complete: stop cannot have returned, however long it waited
        Thread.sleep(200);
        assertFalse(stop.isDone(), "stop returned while a file was being written");
        finish.countDown();
        stop.get(30, TimeUnit.SECONDS);
        export.get(30, TimeUnit.SECONDS);

        AtomicBoolean wrote = new AtomicBoolean();
        IOException stopped = assertThrows(IOException.class, () -> guard.write(() -> wrote.set(true)));
        assertEquals("the export was stopped", stopped.getMessage());
        assertFalse(wrote.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
