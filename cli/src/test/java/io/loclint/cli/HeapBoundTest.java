package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memory a file may cost is bounded, and running out of memory anyway fails the run: each in a small JVM. */
class HeapBoundTest {
    private record Run(int exitCode, String out, String err) {
    }

    private static Run check(Path tree, String heap) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:-CreateCoredumpOnCrash",
                // the per-file time budget is not what is tested: a loaded machine must not turn a refusal by size
                // into one by time
                "-Dloclint.fileBudgetMillis=120000", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", ".").directory(tree.toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the JVM did not finish");
        return new Run(process.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
    }

    /** Under the 5 MiB size limit: {@code - name: itemN / value: N / ok: true}, seven nodes an item. */
    private static void writeYamlList(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 5 * 1024 * 1024 - 100; i++) {
            text.append("- name: item").append(i).append("\n  value: ").append(i).append("\n  ok: true\n");
        }
        Files.writeString(file, text);
    }

    /**
     * Two 5 MB YAML lists of small mappings, parsed side by side, once took a 256 MB heap into 100 s of garbage
     * collection (or out of memory): now each is refused at its 200,001st node, the value of item 28571.
     */
    @Test
    void aFiveMegabyteYamlListIsTooLargeToAnalyseNotAnExhaustedHeap(@TempDir Path temp) throws Exception {
        writeYamlList(temp.resolve("one.yaml"));
        writeYamlList(temp.resolve("two.yaml"));
        Run run = check(temp, "256m");
        String refusal = ":85714:9: error PAR001 YAML file could not be parsed: too large to analyse"
                + " (more than 200000 YAML nodes)";
        assertEquals(List.of("one.yaml" + refusal, "two.yaml" + refusal, "Found 2 problems (2 errors, 0 warnings, 0 notes) in 2 files."),
                run.out().lines().toList());
        assertEquals(1, run.exitCode(), run.err());
    }

    /**
     * Out of memory while a file is read (the smaller heap) or parsed is the run's failure: once it was a note or
     * a PAR001, and the run passed or failed as if the file were at fault.
     */
    @Test
    void runningOutOfMemoryOnAFileFailsTheRunWithOneLine(@TempDir Path temp) throws Exception {
        Path pkg = Files.createDirectories(temp.resolve("pkg"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            text.append('x').append(i).append(" = ").append(i).append('\n');
        }
        Files.writeString(pkg.resolve("huge.py"), text);
        for (String heap : List.of("12m", "20m")) {
            Run run = check(temp, heap);
            assertEquals("loclint: out of memory; give Java more (LOCLINT_JAVA_OPTS=-Xmx2g with ./loclint,"
                    + " java -Xmx2g -jar)\n", run.err(), heap);
            assertEquals("", run.out(), heap);
            assertEquals(3, run.exitCode(), heap);
        }
    }
}
