package io.loclint.grammar.python;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The optimised native grammar must give exactly the tree the binding gives: same nodes, positions, fields, error
 * and comment lists, on every Python file of the fixtures and the fuzzing inputs and on hostile shapes.
 *
 * <p>The native library is optional (the build needs Linux, gcc and npm for it): without it these tests are
 * skipped, and under {@code -Dloclint.requireNative=true} (as CI runs them) they fail.
 */
class NativePythonTest {

    /** Skips the calling test when the build made no native library, or fails it when CI requires one. */
    private static void assumeNativeLibrary() {
        String why = "no native Python parser in this build: " + NativePython.UNAVAILABLE_REASON;
        if (Boolean.getBoolean("loclint.requireNative")) {
            assertTrue(NativePython.AVAILABLE, why + " (-Dloclint.requireNative=true)");
        }
        assumeTrue(NativePython.AVAILABLE, why);
    }

    @Test
    void theShippedLibraryMatchesItsDigestAndIsWhatParses() throws IOException, NoSuchAlgorithmException {
        assumeNativeLibrary();
        byte[] library;
        String digest;
        try (var in = NativePython.class.getResourceAsStream(NativePython.RESOURCE_DIR + NativePython.LIBRARY);
             var sha = NativePython.class.getResourceAsStream(
                     NativePython.RESOURCE_DIR + NativePython.LIBRARY + ".sha256")) {
            library = in.readAllBytes();
            digest = new String(sha.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(library)), digest);
        assertEquals("native (tree-sitter-python built with -O2)", PythonFrontEnd.backend());
    }

    @Test
    void bothBuildsOfTheGrammarHaveTheSameSymbolsAndFields() {
        assumeNativeLibrary();
        var binding = PyGrammar.Binding.LANGUAGE;
        assertEquals(binding.symbolCount(), NativePython.symbolCount());
        for (int i = 0; i < NativePython.symbolCount(); i++) {
            assertEquals(binding.symbolName(i), NativePython.symbolName(i), "symbol " + i);
        }
        for (String field : List.of("name", "body", "value", "left", "right", "function", "arguments", "alias")) {
            assertEquals(binding.fieldIdForName(field), NativePython.fieldId(field), field);
        }
    }

    @Test
    void nativeAndBindingTreesAreIdenticalOnEveryPythonInput() throws IOException {
        assumeNativeLibrary();
        List<String> sources = new ArrayList<>(List.of("", "\n", "x = (", "def f(:\n  pass\nclass A:\n  y = 1\n",
                "s = f'{a!r:>{w}}' 'plain' b'\\x00'\n# comment\n", "x = " + "(".repeat(1_000) + "1" + ")".repeat(1_000),
                "if x:\n\tpass\n  else", "é = 'ü' # 𝔘𝔫𝔦\n", "z = " + "[".repeat(3_000) + "\n", "\uD800 = 1\n",
                "@op\ndef a(): ...\n@op(\ndef b(): ...\n"));
        Path root = Path.of(System.getProperty("loclint.root.dir", ".."));
        for (Path dir : List.of(root.resolve("testdata"),
                root.resolve("grammar/src/test/resources/io/loclint/grammar/FrontEndFuzzTestInputs/python"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    if (p.toString().endsWith(".py") || dir.endsWith("python")) {
                        sources.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertTrue(sources.size() > 50, "found only " + sources.size() + " inputs");
        for (String src : sources) {
            assertSameTree(PythonFrontEnd.flattenWithBinding(src), PythonFrontEnd.flatten(src), src);
        }
    }

    @Test
    void nativeParsersAreReusedAcrossThreadsInsteadOfOnePerThread() throws Exception {
        assumeNativeLibrary();
        // twenty short-lived pools of two threads: parsers come back to the idle queue and are taken again
        for (int round = 0; round < 20; round++) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<PyFile>> parsed = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                parsed.add(pool.submit(() -> PythonFrontEnd.parse("def f():\n    return 1\n")));
            }
            for (var future : parsed) {
                assertEquals(List.of("f"), future.get().functions().stream().map(PyFunction::name).toList());
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
        }
        // other test classes may parse at the same time; still far fewer than the forty threads used here
        assertTrue(PythonFrontEnd.IDLE_NATIVE_PARSERS.size() <= 8, PythonFrontEnd.IDLE_NATIVE_PARSERS.toString());
    }

    private static void assertSameTree(FlatTree expected, FlatTree actual, String src) {
        String what = src.length() > 200 ? src.substring(0, 200) + "…" : src;
        assertEquals(expected.size, actual.size, what);
        int n = expected.size;
        assertArrayEquals(Arrays.copyOf(expected.sym, n), Arrays.copyOf(actual.sym, n), what);
        assertArrayEquals(Arrays.copyOf(expected.start, n), Arrays.copyOf(actual.start, n), what);
        assertArrayEquals(Arrays.copyOf(expected.end, n), Arrays.copyOf(actual.end, n), what);
        assertArrayEquals(Arrays.copyOf(expected.field, n), Arrays.copyOf(actual.field, n), what);
        assertArrayEquals(Arrays.copyOf(expected.parent, n), Arrays.copyOf(actual.parent, n), what);
        assertArrayEquals(Arrays.copyOf(expected.firstChild, n), Arrays.copyOf(actual.firstChild, n), what);
        assertArrayEquals(Arrays.copyOf(expected.nextSibling, n), Arrays.copyOf(actual.nextSibling, n), what);
        assertArrayEquals(Arrays.copyOf(expected.flags, n), Arrays.copyOf(actual.flags, n), what);
        assertArrayEquals(Arrays.copyOf(expected.errors, expected.errorCount),
                Arrays.copyOf(actual.errors, actual.errorCount), what);
        assertArrayEquals(Arrays.copyOf(expected.comments, expected.commentCount),
                Arrays.copyOf(actual.comments, actual.commentCount), what);
        assertEquals(expected.firstTooDeep, actual.firstTooDeep, what);
    }
}
