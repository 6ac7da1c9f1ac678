package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile paths, names and files around a check: what the command line names and where the reports go. */
class CommandLineHostileTest {
    static final String JOB = "pkg/__init__.py:2:11: error NAM001";

    /** A code location with one finding (NAM001 in pkg/__init__.py). */
    static Path location(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"loc\"\ndependencies = [\"dagster\"]\n");
        Files.writeString(dir.resolve("pkg/__init__.py"), "from dagster import Definitions, job\n"
                + "@job(name=\"BadJob\")\ndef bad():\n    pass\ndefs = Definitions(jobs=[bad])\n");
        return dir;
    }

    @Test
    void aLinkedFileIsNeverReadNamedOrNotAndALinkedRootFolderIsChecked(@TempDir Path temp) throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:SECRETHASH:/root:/bin/bash\n"
                + "AWS_SECRET_ACCESS_KEY = \"wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\"\n");
        Files.writeString(outside.resolve("config.toml"), "this is not toml SECRETHASH\n");
        Path loc = location(temp.resolve("loc"));
        Files.createSymbolicLink(loc.resolve("pkg/passwd.py"), outside.resolve("passwd"));
        Files.createSymbolicLink(loc.resolve("Dockerfile"), outside.resolve("passwd"));

        for (String named : List.of("pkg/passwd.py", "Dockerfile")) {
            CliTest.Run run = CliTest.run("check", "--format", "json", loc.resolve(named).toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("SECRETHASH"), run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("wJal"), run.out() + run.err());
        }
        // outside any code location the named file is all there is to check: the note says why nothing was
        Path bare = Files.createDirectories(temp.resolve("bare"));
        Files.createSymbolicLink(bare.resolve("x.py"), outside.resolve("passwd"));
        CliTest.Run alone = CliTest.run("check", bare.resolve("x.py").toString());
        assertEquals(0, alone.exitCode(), alone.out() + alone.err());
        assertFalse((alone.out() + alone.err()).contains("SECRETHASH"), alone.out() + alone.err());
        assertTrue(alone.err().contains("x.py: skipped: a symbolic link is never followed"), alone.err());

        // a configuration that is a link is an error, not read and not silently ignored
        Path config = Files.createSymbolicLink(loc.resolve("loclint.toml"), outside.resolve("config.toml"));
        CliTest.Run linkedConfig = CliTest.run("check", loc.toString());
        assertEquals(2, linkedConfig.exitCode(), linkedConfig.err());
        assertEquals("loclint: " + config + " is not a regular file; loclint reads no link, pipe or device\n",
                linkedConfig.err());
        Files.delete(config);
        Path linkedRoot = Files.createSymbolicLink(temp.resolve("linked"), loc);
        for (Path root : List.of(loc, linkedRoot)) {
            CliTest.Run run = CliTest.run("check", root.toString());
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains(JOB), run.out());
            assertFalse((run.out() + run.err()).contains("SECRETHASH"), run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("wJal"), run.out() + run.err());
        }
    }

    static Path fifo(Path at) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", at.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        return at;
    }

    /** Runs loclint in a JVM of its own, as users do, with stdout going to {@code stdout}. */
    static CliTest.Run java(Path workDir, java.io.File stdout, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        Path err = Files.createTempFile("loclint-test", ".err");
        builder.redirectError(err.toFile());
        builder.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout) : ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "loclint did not finish");
        String errText = Files.readString(err);
        Files.delete(err);
        return new CliTest.Run(process.exitValue(), "", errText);
    }

    @Test
    void reportAndBaselineFilesThatAreNotRegularFilesAreUsageErrors(@TempDir Path temp) throws Exception {
        Path loc = location(temp.resolve("loc"));
        Path pipe = fifo(temp.resolve("pipe"));
        Path folder = Files.createDirectories(temp.resolve("folder"));
        List<List<String>> cases = List.of(
                List.of("check", "--output", "", loc.toString()),
                List.of("check", "--output", folder.toString(), loc.toString()),
                List.of("check", "--output", pipe.toString(), loc.toString()),
                List.of("check", "--baseline", pipe.toString(), loc.toString()),
                List.of("check", "--baseline", "/dev/stdin", loc.toString()),
                List.of("baseline", "write", "", loc.toString()),
                List.of("baseline", "write", folder.toString(), loc.toString()),
                List.of("baseline", "write", pipe.toString(), loc.toString()));
        for (List<String> args : cases) {
            CliTest.Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(30), () -> CliTest.run(args.toArray(String[]::new)));
            assertEquals(2, run.exitCode(), args + ": " + run.err());
            assertEquals(1, run.err().lines().count(), args + ": " + run.err());
            assertEquals("", run.out(), args.toString());
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
        Path config = fifo(loc.resolve("loclint.toml"));
        CliTest.Run pipedConfig = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> CliTest.run("check", loc.toString()));
        assertEquals(2, pipedConfig.exitCode(), pipedConfig.err());
        assertEquals("loclint: " + config + " is not a regular file; loclint reads no link, pipe or device\n",
                pipedConfig.err());
    }

    @Test
    void dashIsStdoutAndNoFileNamedDash(@TempDir Path temp) throws Exception {
        Path loc = location(temp.resolve("loc"));
        Path stdout = temp.resolve("stdout");
        CliTest.Run run = java(temp, stdout.toFile(), List.of(), "check", "--format", "json", "--output", "-",
                loc.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(Files.readString(stdout).contains("\"NAM001\""), Files.readString(stdout));
        assertFalse(Files.exists(temp.resolve("-")));
    }

    @Test
    void aReportThatCannotBeWrittenIsExitThreeWithOneLine(@TempDir Path temp) throws Exception {
        Path loc = location(temp.resolve("loc"));
        CliTest.Run toFile = CliTest.run("check", "--fail-on", "never", "--output", "/dev/full", loc.toString());
        assertEquals(3, toFile.exitCode(), toFile.err());
        assertEquals("loclint: cannot write '/dev/full': No space left on device\n", toFile.err());

        CliTest.Run toStdout = java(temp, new java.io.File("/dev/full"), List.of(), "check", "--fail-on", "never",
                loc.toString());
        assertEquals(3, toStdout.exitCode(), toStdout.err());
        assertEquals("loclint: cannot write the report to stdout\n", toStdout.err());

        CliTest.Run baseline = CliTest.run("baseline", "write", "/dev/full", loc.toString());
        assertEquals(3, baseline.exitCode(), baseline.err());
        assertEquals("loclint: cannot write '/dev/full': No space left on device\n", baseline.err());
    }

    @Test
    void aNewlineInWhatTheUserGaveStaysOnTheErrorsOneLine() {
        CliTest.Run run = CliTest.run("check", "/no/such\nloclint: fake line\u001b]0;title\u0007");
        assertEquals(2, run.exitCode());
        assertEquals("loclint: path '/no/such\\nloclint: fake line\\u001b]0;title\\u0007' does not exist; give an"
                + " existing file or folder\n", run.err());
    }

    @Test
    void controlCharactersInNamesCannotForgeLinesOrDriveTheTerminal(@TempDir Path temp) throws IOException {
        Path loc = location(temp.resolve("loc"));
        Path forged = Files.createDirectories(loc.resolve("x\nsrc/a.py:1:1: error SEC001 fake\r"));
        Files.writeString(forged.resolve("settings.py"),
                "AWS_SECRET_ACCESS_KEY = \"wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\"\n");
        Files.writeString(loc.resolve("pkg/__init__.py"), "from dagster import Definitions, job\n"
                + "@job(name=\"Bad\u001b]0;pwned\u0007\u202eJob\")\ndef bad():\n    pass\n"
                + "defs = Definitions(jobs=[bad])\n");
        for (String format : List.of("text", "github", "markdown")) {
            CliTest.Run run = CliTest.run("check", "--format", format, loc.toString());
            assertEquals(1, run.exitCode(), format + ": " + run.err());
            for (String stream : List.of(run.out(), run.err())) {
                for (int i = 0; i < stream.length(); i++) {
                    char c = stream.charAt(i);
                    assertTrue(c == '\n' || c >= 0x20 && c != 0x7F && c != '\u202e',
                            format + ": raw U+" + Integer.toHexString(c) + " in\n" + stream);
                }
                assertFalse(stream.lines().anyMatch(l -> l.startsWith("src/a.py")), format + ":\n" + stream);
            }
        }
        CliTest.Run text = CliTest.run("check", loc.toString());
        assertTrue(text.out().contains("x\\nsrc/a.py:1:1: error SEC001 fake\\r/settings.py:1:"), text.out());
        assertTrue(text.out().contains("'Bad\\u001b]0;pwned\\u0007\\u202eJob'"), text.out());
    }

    /** A file whose name holds {@code bytes} (escaped as in a URI, {@code %FF}) in {@code dir}. */
    static Path rawName(Path dir, String escapedName) {
        return Path.of(java.net.URI.create(dir.toUri() + escapedName));
    }

    /** Two Python files whose names differ only in a byte that is not UTF-8, each with its own bad job name. */
    static void namesThatAreNotUtf8(Path loc) throws IOException {
        for (String[] file : new String[][]{{"jobs_%FF.py", "FirstJob"}, {"jobs_%FE.py", "SecondJob"}}) {
            Files.writeString(rawName(loc.resolve("pkg"), file[0]), "from dagster import job\n@job(name=\""
                    + file[1] + "\")\ndef j():\n    pass\n");
        }
        Files.writeString(loc.resolve("pkg/__init__.py"), "from dagster import Definitions\n"
                + "from .jobs_a import j\ndefs = Definitions()\n");
    }

    @Test
    void fileNamesThatDifferOnlyInBytesThatAreNotUtf8AreTwoFiles(@TempDir Path temp) throws IOException {
        Path loc = location(temp.resolve("loc"));
        namesThatAreNotUtf8(loc);
        CliTest.Run run = CliTest.run("check", loc.toString());
        assertTrue(run.out().contains("pkg/jobs_\\xff.py:2:11: error NAM001 job 'FirstJob'"), run.out());
        assertTrue(run.out().contains("pkg/jobs_\\xfe.py:2:11: error NAM001 job 'SecondJob'"), run.out());
    }

    @Test
    void aRunOverItsTimeBudgetEndsWithOneLineAndNoReport(@TempDir Path temp) throws Exception {
        Path loc = location(temp.resolve("loc"));
        String module = "from dagster import op\n" + "@op\ndef step_NUMBER():\n    return NUMBER\n".repeat(50);
        for (int i = 0; i < 3_000; i++) {
            Files.writeString(loc.resolve("pkg/m" + i + ".py"), module.replace("NUMBER", Integer.toString(i)));
        }
        Path report = temp.resolve("report.json");
        long start = System.nanoTime();
        CliTest.Run run = java(temp, null, List.of(), "check", "--time-budget", "1", "--format", "json", "--output",
                report.toString(), loc.toString());
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("loclint: the check took longer than its time budget of 1 s (--time-budget); nothing was"
                + " reported\n", run.err());
        assertFalse(Files.exists(report));
        assertTrue(seconds < 30, seconds + " s");
        assertEquals(2, CliTest.run("check", "--time-budget", "0", loc.toString()).exitCode());
    }

    /** Errors, not only exceptions: picocli lets an Error through, and Java would print its stack trace. */
    @Test
    void anErrorAtTheTopIsExitThreeWithOneLine() {
        java.io.PrintStream originalErr = System.err;
        try {
            for (Throwable thrown : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                    new IllegalStateException("x"))) {
                java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
                System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
                int code = Main.guarded(() -> {
                    if (thrown instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) thrown;
                });
                assertEquals(3, code);
                String text = err.toString(java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(thrown instanceof OutOfMemoryError
                        ? "loclint: out of memory; give Java more (LOCLINT_JAVA_OPTS=-Xmx2g with ./loclint, java"
                        + " -Xmx2g -jar)\n"
                        : "loclint: internal error (" + thrown.getClass().getSimpleName() + "); report it\n", text);
            }
        } finally {
            System.setErr(originalErr);
        }
    }
}
