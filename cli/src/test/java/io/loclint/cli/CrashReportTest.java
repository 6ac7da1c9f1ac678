package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JVM that dies writes its crash report where it was started: in a hook or CI that is the checked tree. */
class CrashReportTest {

    /** Runs loclint in {@code tree} with the given JVM options and a heap too small to finish; returns the pid. */
    private static long crash(Path tree, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xmx6m", "-XX:+CrashOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "."));
        Process process = new ProcessBuilder(command).directory(tree.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the JVM did not finish");
        assertNotEquals(0, process.exitValue());
        return process.pid();
    }

    private static Path tree(Path temp, String name) throws IOException {
        Path tree = Files.createDirectories(temp.resolve(name).resolve("pkg"));
        Files.writeString(tree.resolve("big.py"), "X = [\n" + "    'abcdefghij',\n".repeat(200_000) + "]\n");
        return tree.getParent();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theHooksJvmWritesItsCrashReportOutsideTheCheckedTree(@TempDir Path temp) throws Exception {
        // without the options, the report lands in the tree
        Path plain = tree(temp, "plain");
        long plainPid = crash(plain, List.of("-XX:-CreateCoredumpOnCrash"));
        assertEquals(List.of("hs_err_pid" + plainPid + ".log", "pkg"), names(plain));

        Path hooked = tree(temp, "hooked");
        long pid = crash(hooked, InstallHookCommand.JVM_FLAGS);
        assertEquals(List.of("pkg"), names(hooked));
        Path report = Path.of(System.getProperty("java.io.tmpdir"), "loclint-hs_err_pid" + pid + ".log");
        assertTrue(Files.deleteIfExists(report), report + " was not written");
    }

    @Test
    void theLauncherSendsCrashReportsToTheTemporaryFolder(@TempDir Path temp) throws Exception {
        Path root = Path.of(System.getProperty("loclint.root.dir", ".."));
        Path checkout = Files.createDirectories(temp.resolve("checkout/cli/target")).getParent().getParent();
        Path launcher = Files.copy(root.resolve("loclint"), checkout.resolve("loclint"));
        Files.writeString(checkout.resolve("cli/target/loclint-all.jar"), "");
        // a java that only records how it was called
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path calls = temp.resolve("calls");
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwx------"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        for (String tmpdir : List.of(tmp.toString(), "relative/tmp")) {
            Files.deleteIfExists(calls);
            ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "--version")
                    .directory(temp.toFile()).redirectErrorStream(true);
            builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            builder.environment().put("TMPDIR", tmpdir);
            Process process = builder.start();
            process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(1, TimeUnit.MINUTES));
            List<String> args = Files.readAllLines(calls, StandardCharsets.UTF_8);
            String expected = "-XX:ErrorFile=" + (tmpdir.startsWith("/") ? tmpdir : "/tmp")
                    + "/loclint-hs_err_pid%p.log";
            // the class-archive training run and the run itself
            assertEquals(2, args.stream().filter(a -> a.equals("-jar")).count(), args.toString());
            assertEquals(2, args.stream().filter(expected::equals).count(), args.toString());
            assertEquals(2, args.stream().filter("-XX:-CreateCoredumpOnCrash"::equals).count(), args.toString());
        }
    }
}
