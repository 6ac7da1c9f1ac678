package io.loclint.cli;

import io.loclint.cli.gitea.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the real-editor tests (NeovimClientIT, EmacsClientIT) do in their editor and what they must see: open
 * {@link #FILE} of a copy of testdata/naming, replace line 12 without saving, apply "Suppress TST002 on this line"
 * on line 8. Each editor's client script reads the scenario from the environment {@link #environment} sets and
 * reports a stage per step; at each stage the diagnostics the editor holds must be exactly what
 * {@code loclint check} reports for that file with the buffer's text saved. Diagnostics are compared as
 * {@link #diagnostic} strings.
 */
final class EditorClientScenario {
    /** Set only by the cli pom's integration-test execution. */
    static final String DIST_DIR = System.getProperty("loclint.dist.dir");
    private static final String FILE = "src/inventory_sync_service/jobs.py";
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));
    private static final String ACTION_TITLE = "Suppress TST002 on this line";

    /** A step of the scenario as the editor saw it: the buffer's lines and its diagnostics. */
    record Stage(String name, List<String> lines, List<String> diagnostics) {
    }

    private EditorClientScenario() {
    }

    /** Copies the code location to {@code workspace} and returns the text of {@link #FILE} there. */
    static String workspace(Path workspace) throws IOException {
        GitRepos.copyTree(ROOT.resolve("testdata/naming"), workspace);
        return Files.readString(workspace.resolve(FILE));
    }

    /**
     * The environment the client scripts read: {@code loclint} on PATH, as the set-ups expect it (the jar this build
     * packaged), the file, the edit, the code action and where the result goes.
     */
    static void environment(Map<String, String> env, Path temp, Path workspace, Path result) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path launcher = Files.writeString(bin.resolve("loclint"), "#!/bin/sh\nexec '" + java() + "' -jar '" + jar()
                + "' \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        env.put("PATH", bin + ":" + env.get("PATH"));
        env.put("LOCLINT_FILE", workspace.resolve(FILE).toString());
        // the job named in PascalCase gets a snake_case name: NAM001 goes, TST002 names the new name
        env.put("LOCLINT_EDIT_LINE", "12");
        env.put("LOCLINT_EDIT_TEXT", "@job(name=\"sync_inventory_nightly\")");
        env.put("LOCLINT_ACTION_LINE", "8");
        env.put("LOCLINT_ACTION_CODE", "TST002");
        env.put("LOCLINT_ACTION_TITLE", ACTION_TITLE);
        env.put("LOCLINT_RESULT", result.toString());
    }

    /** An editor's run of its client script: the result it wrote, its exit code and its output. */
    record Run(Object result, int exitCode, String log) {
    }

    /**
     * Starts {@code editor} (its output redirected to {@code log}), waits at most 4 minutes for it to end and reads
     * the JSON it wrote to {@code resultFile}. Skips the test with {@code notInstalled} when the editor cannot be
     * started; fails with the editor's output when it hangs or writes no result.
     */
    static Run run(ProcessBuilder editor, Path log, Path resultFile, String notInstalled)
            throws IOException, InterruptedException {
        String name = editor.command().get(0);
        Process process;
        try {
            process = editor.start();
        } catch (IOException notFound) {
            assumeTrue(false, notInstalled);
            throw notFound;
        }
        process.getOutputStream().close();
        boolean finished = process.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        assertTrue(finished, name + " did not finish: " + output);
        assertTrue(Files.exists(resultFile), name + " wrote no result (exit " + process.exitValue() + "): " + output);
        return new Run(Json.parse(Files.readString(resultFile)), process.exitValue(), output);
    }

    /**
     * The stages are opened, edited, fixed, each showing what {@code loclint check} reports for its text; the edit and
     * the quick fix changed what they should, and the file on disk was never written.
     */
    static void assertStages(Path temp, Path workspace, String onDisk, List<Stage> stages, List<String> actionTitles)
            throws IOException, InterruptedException {
        assertEquals(List.of("opened", "edited", "fixed"), stages.stream().map(Stage::name).toList());
        for (Stage stage : stages) {
            assertEquals(check(temp.resolve("check-" + stage.name()), stage.lines()), stage.diagnostics(),
                    "stage " + stage.name());
        }

        assertEquals(onDisk, String.join("\n", stages.get(0).lines()) + "\n", "the buffer holds the file as it is on"
                + " disk");
        List<String> edited = stages.get(1).diagnostics();
        assertNotEquals(stages.get(0).diagnostics(), edited, "the edit changed the findings");
        assertTrue(edited.contains("11:10-11:34 3 TST002 job 'sync_inventory_nightly' is registered but the code"
                + " location has no tests"), edited.toString());
        assertFalse(edited.stream().anyMatch(d -> d.startsWith("11:") && d.contains(" NAM001 ")), edited.toString());

        assertEquals(List.of(ACTION_TITLE), actionTitles);
        // the finding's line already ends in a comment: the suppression goes before it, as --add-suppressions puts it
        assertEquals(List.of("@job", "def sync_inventory_job():  # loclint: ignore[TST002]  # expect: TST002",
                "    clean_rows(fetch_rows())"), stages.get(2).lines().subList(6, 9));
        assertFalse(stages.get(2).diagnostics().stream().anyMatch(d -> d.startsWith("7:") && d.contains(" TST002 ")),
                "the suppressed finding is gone");

        assertEquals(onDisk, Files.readString(workspace.resolve(FILE)), "nothing was written to the file");
    }

    /** A diagnostic as the protocol has it: 0-based range, severity 1 (error) to 3 (information), code, message. */
    static String diagnostic(long line, long column, long endLine, long endColumn, long severity, String code,
            String message) {
        return line + ":" + column + "-" + endLine + ":" + endColumn + " " + severity + " " + code + " " + message;
    }

    static List<String> strings(Object array) {
        return Json.array(array).stream().map(String.class::cast).toList();
    }

    /**
     * What {@code loclint check} reports for the file with {@code lines} as its text, in a fresh copy of the
     * location, sorted. A finding that marks a point covers the rest of its line, as the server underlines it.
     */
    private static List<String> check(Path copy, List<String> lines) throws IOException, InterruptedException {
        GitRepos.copyTree(ROOT.resolve("testdata/naming"), copy);
        Files.writeString(copy.resolve(FILE), String.join("\n", lines) + "\n");
        Path report = copy.resolveSibling(copy.getFileName() + ".json");
        GitRepos.Result run = GitRepos.run(copy, java().toString(), "-jar", jar().toString(), "check", "--fail-on",
                "never", "--format", "json", "--output", report.toString());
        assertEquals(0, run.exitCode(), run.out());
        List<String> expected = new ArrayList<>();
        for (Object finding : Json.array(Json.at(Json.parse(Files.readString(report)), "findings"))) {
            if (!FILE.equals(Json.string(finding, "path"))) {
                continue;
            }
            int line = Json.number(finding, "startLine").intValue() - 1;
            int column = Json.number(finding, "startColumn").intValue() - 1;
            int endLine = Json.number(finding, "endLine").intValue() - 1;
            int endColumn = Json.number(finding, "endColumn").intValue() - 1;
            if (endLine < line || endLine == line && endColumn <= column) {
                endLine = line;
                endColumn = lines.get(line).length();
            }
            int severity = switch (Json.string(finding, "severity")) {
                case "error" -> 1;
                case "warning" -> 2;
                default -> 3;
            };
            expected.add(diagnostic(line, column, endLine, endColumn, severity, Json.string(finding, "code"),
                    Json.string(finding, "message")));
        }
        expected.sort(Comparator.naturalOrder());
        return expected;
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Path jar() {
        return Path.of(DIST_DIR).resolve("loclint-all.jar").toAbsolutePath();
    }
}
