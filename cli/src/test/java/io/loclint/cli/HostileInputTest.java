package io.loclint.cli;

import io.loclint.engine.Linter;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.Version;
import io.loclint.engine.testing.FixtureAssert;
import io.loclint.rules.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and broken input: never a crash or stack trace, never a hang, never a write into the checked tree. */
class HostileInputTest {
    private static final Path HOSTILE = FixtureAssert.testdata().resolve("hostile");

    @Test
    void hostileTreeGivesFindingsAndNotesInEveryFormat(@TempDir Path temp) throws IOException {
        for (String format : List.of("text", "json", "sarif")) {
            Path report = temp.resolve("report." + format);
            CliTest.Run run = CliTest.run("check", "--format", format, "--output", report.toString(),
                    HOSTILE.toString());
            assertTrue(run.exitCode() == 0 || run.exitCode() == 1, format + ": exit " + run.exitCode() + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
            assertFalse(run.err().contains("random_bytes.py"), run.err());
            assertTrue(Files.readString(report).contains("random_bytes.py"), format);
            assertTrue(Files.size(report) > 0);
        }
    }

    /** The findings against the fixture's markers are the rules module's FixturesTest; this is what it does not see. */
    @Test
    void binaryFileIsAFindingAndTheRunStillSucceeds() {
        RunResult result = new Linter(Registry.rules(), Registry.metas(), Version.get()).run(HOSTILE, List.of(HOSTILE));
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("PAR001")
                && f.path().endsWith("random_bytes.py")), result.findings().toString());
        assertTrue(result.successful());
    }

    @Test
    void neverWritesIntoTheCheckedTree(@TempDir Path temp) throws IOException {
        Path copy = temp.resolve("tree");
        copyTree(HOSTILE, copy);
        makeReadOnly(copy);
        TreeMap<String, String> before = snapshot(copy);
        for (String format : List.of("text", "json", "sarif")) {
            CliTest.run("check", "--format", format, "--output", temp.resolve("out." + format).toString(),
                    copy.toString());
            CliTest.run("check", "--format", format, copy.toString());
        }
        assertEquals(before, snapshot(copy));
    }

    @Test
    void hugeAndLongFilesAreSkippedOrParsedWithinBudget(@TempDir Path temp) throws IOException {
        Path loc = temp.resolve("loc");
        Files.createDirectories(loc.resolve("pkg"));
        Files.writeString(loc.resolve("pyproject.toml"), "[project]\nname = \"big\"\ndependencies = [\"dagster\"]\n");
        Files.writeString(loc.resolve("pkg/__init__.py"), "from dagster import Definitions\ndefs = Definitions()\n");
        String tenMegabyteLine = "X = \"" + "a".repeat(10 * 1024 * 1024) + "\"\n";
        Files.writeString(loc.resolve("pkg/one_line.py"), tenMegabyteLine);
        StringBuilder long100k = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            long100k.append("value_").append(i).append(" = ").append(i).append('\n');
        }
        Files.writeString(loc.resolve("pkg/long_file.py"), long100k);
        CliTest.Run run = CliTest.run("check", "--format", "json", loc.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("file-too-large"), run.out());
        assertTrue(run.out().contains("one_line.py"), run.out());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                if (attrs.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(file));
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void makeReadOnly(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                            Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
                }
            }
        }
    }

    /** Every path below the root with the SHA-256 of its bytes (or its link target): byte-for-byte comparison. */
    private static TreeMap<String, String> snapshot(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "link:" + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, "dir");
                } else {
                    out.put(key, sha256(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
