package io.loclint.cli;

import io.loclint.cli.gitea.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real editor as the client of {@code loclint server}: Neovim's built-in LSP client, headless, set up with
 * editors/neovim/loclint.lua as docs/editors.md says and driven by {@code neovim/loclint-client.lua}, opens a file of
 * a code location, replaces a line without saving and applies a quick fix. At each stage the diagnostics Neovim
 * received must be exactly the findings {@code loclint check} reports for that file with the buffer's text saved.
 * Runs in the integration-test phase on the jar {@code package} built (see the cli pom), and is skipped where
 * Neovim 0.7 or newer is not installed.
 */
class NeovimClientIT {
    /** Set only by the cli pom's integration-test execution. */
    private static final String DIST_DIR = System.getProperty("loclint.dist.dir");
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));
    private static final String FILE = "src/inventory_sync_service/jobs.py";
    private static final Pattern NVIM_VERSION = Pattern.compile("^NVIM v(\\d+)\\.(\\d+)\\.");

    @Test
    void diagnosticsFollowTheUnsavedBufferAndAQuickFixAsCheckReportsThem(@TempDir Path temp)
            throws IOException, InterruptedException, URISyntaxException {
        assumeTrue(DIST_DIR != null, "the server is tested in the integration-test phase, on the packaged jar");
        assumeNeovim07();
        Path workspace = temp.resolve("workspace");
        GitRepos.copyTree(ROOT.resolve("testdata/naming"), workspace);
        String onDisk = Files.readString(workspace.resolve(FILE));
        Path resultFile = temp.resolve("result.json");

        ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "--clean", "-n", "-c",
                "luafile " + script()).directory(workspace.toFile()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("nvim.log").toFile());
        Map<String, String> env = nvim.environment();
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            // Neovim's LSP log and state go here, not into the user's home
            env.put(xdg, Files.createDirectories(temp.resolve("xdg").resolve(xdg)).toString());
        }
        // `loclint` on PATH, as the set-up expects it: the jar this build packaged
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path launcher = Files.writeString(bin.resolve("loclint"), "#!/bin/sh\nexec '" + java() + "' -jar '" + jar()
                + "' \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        env.put("PATH", bin + ":" + env.get("PATH"));
        env.put("LOCLINT_SETUP", ROOT.resolve("editors/neovim/loclint.lua").toAbsolutePath().toString());
        env.put("LOCLINT_FILE", workspace.resolve(FILE).toString());
        // the job named in PascalCase gets a snake_case name: NAM001 goes, TST002 names the new name
        env.put("LOCLINT_EDIT_LINE", "12");
        env.put("LOCLINT_EDIT_TEXT", "@job(name=\"sync_inventory_nightly\")");
        env.put("LOCLINT_ACTION_LINE", "8");
        env.put("LOCLINT_ACTION_CODE", "TST002");
        env.put("LOCLINT_ACTION_TITLE", "Suppress TST002 on this line");
        env.put("LOCLINT_RESULT", resultFile.toString());
        Process process = nvim.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String log = Files.readString(temp.resolve("nvim.log"));
        assertTrue(finished, "Neovim did not finish: " + log);
        assertTrue(Files.exists(resultFile), "Neovim wrote no result (exit " + process.exitValue() + "): " + log);
        Object result = Json.parse(Files.readString(resultFile));
        assertEquals(null, Json.at(result, "error"), log);
        assertEquals(0, process.exitValue(), log);

        List<?> stages = Json.array(Json.at(result, "stages"));
        assertEquals(List.of("opened", "edited", "fixed"), stages.stream().map(s -> Json.string(s, "name")).toList());
        for (Object stage : stages) {
            List<String> lines = strings(Json.at(stage, "lines"));
            String name = Json.string(stage, "name");
            List<String> published = diagnostics(Json.at(stage, "diagnostics"));
            assertEquals(check(temp.resolve("check-" + name), lines), published, "stage " + name);
            assertEquals((long) published.size(), Json.number(stage, "shown"), "Neovim shows all of them: " + name);
        }

        List<String> opened = strings(Json.at(stages.get(0), "lines"));
        assertEquals(onDisk, String.join("\n", opened) + "\n", "the buffer holds the file as it is on disk");
        List<String> edited = diagnostics(Json.at(stages.get(1), "diagnostics"));
        assertNotEquals(diagnostics(Json.at(stages.get(0), "diagnostics")), edited, "the edit changed the findings");
        assertTrue(edited.contains("11:10-11:34 3 TST002 job 'sync_inventory_nightly' is registered but the code"
                + " location has no tests"), edited.toString());
        assertFalse(edited.stream().anyMatch(d -> d.startsWith("11:") && d.contains(" NAM001 ")), edited.toString());

        assertEquals(List.of("Suppress TST002 on this line"), strings(Json.at(result, "action_titles")));
        List<String> fixed = strings(Json.at(stages.get(2), "lines"));
        // the finding's line already ends in a comment: the suppression goes before it, as --add-suppressions puts it
        assertEquals(List.of("@job", "def sync_inventory_job():  # loclint: ignore[TST002]  # expect: TST002",
                "    clean_rows(fetch_rows())"), fixed.subList(6, 9));
        assertFalse(diagnostics(Json.at(stages.get(2), "diagnostics")).stream()
                .anyMatch(d -> d.startsWith("7:") && d.contains(" TST002 ")), "the suppressed finding is gone");

        assertEquals(Boolean.TRUE, Json.at(result, "modified"), "Neovim never saved the buffer");
        assertEquals(onDisk, Files.readString(workspace.resolve(FILE)), "nothing was written to the file");
    }

    /**
     * What {@code loclint check} reports for the file with {@code lines} as its text, in a fresh copy of the
     * location, as the protocol shows it: 0-based ranges, severity 1 (error) to 3 (note), code and message. A finding
     * that marks a point covers the rest of its line, as the server underlines it.
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
            expected.add(line + ":" + column + "-" + endLine + ":" + endColumn + " " + severity + " "
                    + Json.string(finding, "code") + " " + Json.string(finding, "message"));
        }
        expected.sort(Comparator.naturalOrder());
        return expected;
    }

    private static List<String> diagnostics(Object published) {
        List<String> diagnostics = new ArrayList<>();
        for (Object d : Json.array(published)) {
            diagnostics.add(Json.number(d, "range", "start", "line") + ":"
                    + Json.number(d, "range", "start", "character") + "-" + Json.number(d, "range", "end", "line")
                    + ":" + Json.number(d, "range", "end", "character") + " " + Json.number(d, "severity") + " "
                    + Json.string(d, "code") + " " + Json.string(d, "message"));
        }
        diagnostics.sort(Comparator.naturalOrder());
        return diagnostics;
    }

    private static List<String> strings(Object array) {
        return Json.array(array).stream().map(String.class::cast).toList();
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Path jar() {
        return Path.of(DIST_DIR).resolve("loclint-all.jar").toAbsolutePath();
    }

    private static Path script() throws URISyntaxException {
        return Path.of(NeovimClientIT.class.getResource("/neovim/loclint-client.lua").toURI());
    }

    private static void assumeNeovim07() throws InterruptedException {
        String version;
        try {
            Process probe = new ProcessBuilder("nvim", "--version").redirectErrorStream(true).start();
            version = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            probe.waitFor();
        } catch (IOException notInstalled) {
            version = "";
        }
        Matcher m = NVIM_VERSION.matcher(version);
        boolean found = m.find();
        assumeTrue(found, "Neovim (nvim) is not on PATH, so the real-client test is skipped; it needs Neovim 0.7 or"
                + " newer (Debian: apt-get install neovim; .ci/run installs it)");
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        assumeTrue(major > 0 || minor >= 7, "the real-client test needs Neovim 0.7 or newer, this is "
                + version.lines().findFirst().orElse(""));
    }
}
