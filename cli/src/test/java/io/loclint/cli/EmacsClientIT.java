package io.loclint.cli;

import io.loclint.cli.gitea.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real editor as the client of {@code loclint server}: Emacs with Eglot, in batch mode, set up with the elisp
 * block of docs/editors.md and driven by {@code emacs/loclint-client.el}, opens a file of a code location, replaces
 * a line without saving and applies a quick fix through {@code eglot-code-actions} ({@link EditorClientScenario}).
 * At each stage the diagnostics Flymake holds (its region of the buffer, its type, and the code and message of the
 * LSP diagnostic behind it) must be exactly the findings {@code loclint check} reports for that file with the
 * buffer's text saved. Runs in the integration-test phase on the jar {@code package} built (see the cli pom), and is
 * skipped where Emacs or Eglot is not installed.
 */
class EmacsClientIT {
    @Test
    void flymakeFollowsTheUnsavedBufferAndAQuickFixAsCheckReportsThem(@TempDir Path temp)
            throws IOException, InterruptedException, URISyntaxException {
        assumeTrue(EditorClientScenario.DIST_DIR != null, "the server is tested in the integration-test phase, on the"
                + " packaged jar");
        // Eglot serves the project of the file, which project.el finds as its version-control repository
        Path workspace = GitRepos.init(temp.resolve("workspace"));
        String onDisk = EditorClientScenario.workspace(workspace);
        Path resultFile = temp.resolve("result.json");
        Path setup = Files.writeString(temp.resolve("setup.el"), EditorSetupDocsTest.block("elisp"));

        ProcessBuilder emacs = new ProcessBuilder("emacs", "--batch", "-Q", "-l", script().toString())
                .directory(workspace.toFile()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("emacs.log").toFile());
        Map<String, String> env = emacs.environment();
        // ~/.emacs.d (the native-compilation cache, package state) and ~/.config/emacs go here, not into the user's
        // home
        Path home = Files.createDirectories(temp.resolve("home"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", Files.createDirectories(home.resolve(".config")).toString());
        env.put("XDG_CACHE_HOME", Files.createDirectories(home.resolve(".cache")).toString());
        EditorClientScenario.environment(env, temp, workspace, resultFile);
        env.put("LOCLINT_SETUP", setup.toString());
        EditorClientScenario.Run run = EditorClientScenario.run(emacs, temp.resolve("emacs.log"), resultFile,
                "Emacs (emacs) is not on PATH, so the Eglot client test is skipped; it needs Emacs 28 with Eglot, or"
                + " 29 or newer (Debian: apt-get install emacs-nox elpa-eglot; .ci/run installs them)");
        Object result = run.result();
        assumeTrue(!"missing".equals(Json.string(result, "eglot")), "Emacs " + Json.string(result, "emacs")
                + " has no Eglot, so the Eglot client test is skipped (Debian: apt-get install elpa-eglot; .ci/run"
                + " installs it)");
        assertEquals(null, Json.at(result, "error"), run.log());
        assertEquals(0, run.exitCode(), run.log());

        List<EditorClientScenario.Stage> stages = new ArrayList<>();
        for (Object stage : Json.array(Json.at(result, "stages"))) {
            String text = Json.string(stage, "text");
            assertTrue(text.endsWith("\n"), text);
            stages.add(new EditorClientScenario.Stage(Json.string(stage, "name"), text.lines().toList(),
                    held(Json.at(stage, "diagnostics"))));
        }
        EditorClientScenario.assertStages(temp, workspace, onDisk, stages,
                EditorClientScenario.strings(Json.at(result, "action_titles")));
        assertEquals(Boolean.TRUE, Json.at(result, "modified"), "Emacs never saved the buffer");
    }

    /**
     * Flymake's diagnostics: its region of the buffer and its type, with the code and message of the LSP
     * diagnostic Eglot made it from; the region must be the diagnostic's range, and the text Flymake shows must
     * be Eglot's "source [code]: message" of it.
     */
    private static List<String> held(Object diagnostics) {
        List<String> held = new ArrayList<>();
        for (Object d : Json.array(diagnostics)) {
            long line = Json.number(d, "line");
            long column = Json.number(d, "column");
            long endLine = Json.number(d, "endLine");
            long endColumn = Json.number(d, "endColumn");
            String code = Json.string(d, "lsp", "code");
            String message = Json.string(d, "lsp", "message");
            assertEquals(List.of(line, column, endLine, endColumn), List.of(Json.number(d, "lsp", "range", "start",
                    "line"), Json.number(d, "lsp", "range", "start", "character"), Json.number(d, "lsp", "range",
                    "end", "line"), Json.number(d, "lsp", "range", "end", "character")), "Flymake's region of " + d);
            assertEquals("loclint [" + code + "]: " + message, Json.string(d, "text"));
            long severity = switch (Json.string(d, "type")) {
                case "eglot-error" -> 1;
                case "eglot-warning" -> 2;
                case "eglot-note" -> 3;
                default -> throw new AssertionError("Flymake type " + Json.string(d, "type") + " of " + d);
            };
            held.add(EditorClientScenario.diagnostic(line, column, endLine, endColumn, severity, code, message));
        }
        held.sort(Comparator.naturalOrder());
        return held;
    }

    private static Path script() throws URISyntaxException {
        return Path.of(EmacsClientIT.class.getResource("/emacs/loclint-client.el").toURI());
    }
}
