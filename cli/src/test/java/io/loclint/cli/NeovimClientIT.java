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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real editor as the client of {@code loclint server}: Neovim's built-in LSP client, headless, set up with
 * editors/neovim/loclint.lua as docs/editors.md says and driven by {@code neovim/loclint-client.lua}, opens a file of
 * a code location, replaces a line without saving and applies a quick fix ({@link EditorClientScenario}). At each
 * stage the diagnostics Neovim received must be exactly the findings {@code loclint check} reports for that file
 * with the buffer's text saved. Runs in the integration-test phase on the jar {@code package} built (see the cli
 * pom), and is skipped where Neovim 0.7 or newer is not installed.
 */
class NeovimClientIT {
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));
    private static final String NOT_INSTALLED = "Neovim (nvim) is not on PATH, so the real-client test is skipped;"
            + " it needs Neovim 0.7 or newer (Debian: apt-get install neovim; .ci/run installs it)";
    private static final Pattern NVIM_VERSION = Pattern.compile("^NVIM v(\\d+)\\.(\\d+)\\.");

    @Test
    void diagnosticsFollowTheUnsavedBufferAndAQuickFixAsCheckReportsThem(@TempDir Path temp)
            throws IOException, InterruptedException, URISyntaxException {
        assumeTrue(EditorClientScenario.DIST_DIR != null, "the server is tested in the integration-test phase, on the"
                + " packaged jar");
        assumeNeovim07();
        Path workspace = temp.resolve("workspace");
        String onDisk = EditorClientScenario.workspace(workspace);
        Path resultFile = temp.resolve("result.json");

        ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "--clean", "-n", "-c",
                "luafile " + script()).directory(workspace.toFile()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("nvim.log").toFile());
        Map<String, String> env = nvim.environment();
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            // Neovim's LSP log and state go here, not into the user's home
            env.put(xdg, Files.createDirectories(temp.resolve("xdg").resolve(xdg)).toString());
        }
        EditorClientScenario.environment(env, temp, workspace, resultFile);
        env.put("LOCLINT_SETUP", ROOT.resolve("editors/neovim/loclint.lua").toAbsolutePath().toString());
        EditorClientScenario.Run run = EditorClientScenario.run(nvim, temp.resolve("nvim.log"), resultFile,
                NOT_INSTALLED);
        Object result = run.result();
        assertEquals(null, Json.at(result, "error"), run.log());
        assertEquals(0, run.exitCode(), run.log());

        List<EditorClientScenario.Stage> stages = new ArrayList<>();
        for (Object stage : Json.array(Json.at(result, "stages"))) {
            List<String> published = diagnostics(Json.at(stage, "diagnostics"));
            assertEquals((long) published.size(), Json.number(stage, "shown"), "Neovim shows all of them: "
                    + Json.string(stage, "name"));
            stages.add(new EditorClientScenario.Stage(Json.string(stage, "name"),
                    EditorClientScenario.strings(Json.at(stage, "lines")), published));
        }
        EditorClientScenario.assertStages(temp, workspace, onDisk, stages,
                EditorClientScenario.strings(Json.at(result, "action_titles")));
        assertEquals(Boolean.TRUE, Json.at(result, "modified"), "Neovim never saved the buffer");
    }

    private static List<String> diagnostics(Object published) {
        List<String> diagnostics = new ArrayList<>();
        for (Object d : Json.array(published)) {
            diagnostics.add(EditorClientScenario.diagnostic(Json.number(d, "range", "start", "line"),
                    Json.number(d, "range", "start", "character"), Json.number(d, "range", "end", "line"),
                    Json.number(d, "range", "end", "character"), Json.number(d, "severity"), Json.string(d, "code"),
                    Json.string(d, "message")));
        }
        diagnostics.sort(Comparator.naturalOrder());
        return diagnostics;
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
        assumeTrue(found, NOT_INSTALLED);
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        assumeTrue(major > 0 || minor >= 7, "the real-client test needs Neovim 0.7 or newer, this is "
                + version.lines().findFirst().orElse(""));
    }
}
