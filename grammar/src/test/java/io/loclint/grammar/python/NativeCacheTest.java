package io.loclint.grammar.python;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The cache of extracted native libraries is input too: a file in it that is not the jar's copy is never loaded,
 * a folder that is not the user's own is never used, and no run writes into the folder it is started from. Each
 * case runs the front-end in a child JVM, since a library loads once per JVM.
 */
class NativeCacheTest {
    private static final String NATIVE = "native (tree-sitter-python built with -O2)";

    record Probe(int exitCode, String out) {
    }

    private static void assumeNativeLibrary() {
        assumeTrue(NativePython.AVAILABLE, "no native Python parser in this build: " + NativePython.UNAVAILABLE_REASON);
    }

    private static String digest16() throws IOException {
        try (var sha = NativePython.class.getResourceAsStream(NativePython.RESOURCE_DIR + NativePython.LIBRARY
                + ".sha256")) {
            return new String(sha.readAllBytes(), StandardCharsets.US_ASCII).trim().substring(0, 16);
        }
    }

    private static byte[] shipped() throws IOException {
        try (var in = NativePython.class.getResourceAsStream(NativePython.RESOURCE_DIR + NativePython.LIBRARY)) {
            return in.readAllBytes();
        }
    }

    /** Runs {@link NativeCacheProbe} in {@code workDir} with the given environment changes (null removes). */
    private static Probe probe(Path workDir, Map<String, String> env, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(jvmOptions));
        command.add(NativeCacheProbe.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        env.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        return new Probe(process.exitValue(), out);
    }

    /** A shared library whose constructor creates {@code marker}: what an attacker would plant. */
    private static byte[] hostileLibrary(Path temp, Path marker) throws IOException, InterruptedException {
        Path source = temp.resolve("evil.c");
        Files.writeString(source, "#include <stdio.h>\n__attribute__((constructor)) static void run(void) {"
                + " FILE *f = fopen(\"" + marker + "\", \"w\"); if (f) fclose(f); }\n");
        Path library = temp.resolve("evil.so");
        Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-o", library.toString(), source.toString())
                .redirectErrorStream(true).start();
        gcc.getInputStream().readAllBytes();
        assumeTrue(gcc.waitFor(60, TimeUnit.SECONDS) && gcc.exitValue() == 0, "no gcc to build a hostile library");
        return Files.readAllBytes(library);
    }

    @Test
    void aCacheFileThatIsNotTheJarsIsReplacedNotLoaded(@TempDir Path temp) throws Exception {
        assumeNativeLibrary();
        Path cache = temp.resolve("cache");
        Path work = Files.createDirectories(temp.resolve("work"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Probe first = probe(work, env);
        assertEquals(NATIVE + "\n1\n", first.out());
        Path dir = cache.resolve("loclint/native/" + digest16());
        Path library = dir.resolve(NativePython.LIBRARY);
        assertArrayEquals(shipped(), Files.readAllBytes(library));
        for (Path folder : List.of(cache.resolve("loclint"), cache.resolve("loclint/native"), dir)) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)), folder.toString());
        }

        // truncated (a crashed extraction, a full disk): it used to crash every later run with SIGBUS
        byte[] whole = shipped();
        Files.write(library, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(NATIVE + "\n1\n", probe(work, env).out());
        assertArrayEquals(whole, Files.readAllBytes(library));

        // replaced with a library of someone else's: its code never runs
        Path marker = temp.resolve("ran");
        Files.write(library, hostileLibrary(temp, marker));
        assertEquals(NATIVE + "\n1\n", probe(work, env).out());
        assertFalse(Files.exists(marker), "the planted library was loaded");
        assertArrayEquals(whole, Files.readAllBytes(library));

        // a stamp vouches for one file only: planted together with its old stamp, as a cache restored or copied
        // from elsewhere would bring it, the library is hashed again and replaced
        Path stamp = dir.resolve(NativePython.LIBRARY + NativeCache.STAMP_SUFFIX);
        String vouched = Files.readString(stamp);
        assertEquals(NativeCache.identity(library), vouched.substring(65, vouched.length() - 1));
        Path planted = temp.resolve("planted.so");
        Files.write(planted, hostileLibrary(temp, marker));
        Files.move(planted, library, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stamp, vouched);
        assertEquals(NATIVE + "\n1\n", probe(work, env).out());
        assertFalse(Files.exists(marker), "the planted library was loaded on the strength of a stale stamp");
        assertArrayEquals(whole, Files.readAllBytes(library));

        // a part file a killed extraction left is cleared once it is stale
        Path part = Files.writeString(dir.resolve(NativePython.LIBRARY + "123.part"), "half");
        Files.setLastModifiedTime(part, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                - 3_600_000));
        probe(work, env);
        assertFalse(Files.exists(part));
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aCacheFolderOthersCanWriteOrOwnIsNotUsed(@TempDir Path temp) throws Exception {
        assumeNativeLibrary();
        Path cache = temp.resolve("cache");
        Path dir = Files.createDirectories(cache.resolve("loclint/native/" + digest16()));
        Path marker = temp.resolve("ran");
        Files.write(dir.resolve(NativePython.LIBRARY), hostileLibrary(temp, marker));
        Path work = Files.createDirectories(temp.resolve("work"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());

        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(NATIVE + "\n1\n", probe(work, env).out());
        assertFalse(Files.exists(marker), "a library in a folder anyone can write was loaded");

        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Files.setOwner(dir, nobody);
        } catch (IOException e) {
            return; // only root can give a folder away; the writable case above still ran
        }
        assertEquals(NATIVE + "\n1\n", probe(work, env).out());
        assertFalse(Files.exists(marker), "a library in someone else's folder was loaded");
    }

    @Test
    void withoutAUsableHomeNothingIsWrittenIntoTheWorkingFolder(@TempDir Path temp) throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        List<Map<String, String>> environments = new ArrayList<>();
        java.util.HashMap<String, String> noXdg = new java.util.HashMap<>();
        noXdg.put("XDG_CACHE_HOME", null);
        environments.add(noXdg);
        environments.add(Map.of("XDG_CACHE_HOME", "relative-cache"));
        for (Map<String, String> env : environments) {
            for (String backend : List.of("native", "binding")) {
                // a uid without a passwd entry: Java's user.home and user.name are "?"
                Probe run = probe(work, env, "-Duser.home=?", "-Duser.name=?", "-Dloclint.python=" + backend);
                assertEquals(0, run.exitCode(), run.out());
                assertTrue(run.out().endsWith("\n1\n"), run.out());
                try (Stream<Path> files = Files.list(work)) {
                    assertEquals(List.of(), files.toList(), env + " " + backend);
                }
            }
        }
    }
}
