package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --show-settings}: the configuration that applies to a path, and where it comes from. */
class SettingsTest {
    @TempDir
    Path tmp;

    @Test
    void showsTheNearestConfigurationAndTheToolTableItWinsOver() throws IOException {
        Path dir = tmp.toRealPath();
        Files.writeString(dir.resolve("loclint.toml"), "select = [\"NAM\"]\nfail-on = \"warning\"\n"
                + "[severity]\nNAM003 = \"error\"\n[per-file-ignores]\n\"tests/**\" = [\"NAM001\"]\n"
                + "[options]\nop-max-statements = 40\n");
        Files.writeString(dir.resolve("pyproject.toml"), "[tool.loclint]\nselect = [\"DEF\"]\n");
        CliTest.Run run = CliTest.run("check", "--show-settings", dir.toString());
        assertEquals("", run.err());
        assertEquals(0, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(
                "# settings for " + dir,
                "# from " + dir.resolve("loclint.toml"),
                "# not read: the [tool.loclint] in " + dir.resolve("pyproject.toml")
                        + " (loclint.toml in the same folder wins)",
                "select = [\"NAM\"]",
                "ignore = []",
                "fail-on = \"warning\"  # per run: from " + dir.resolve("loclint.toml"),
                "max-file-size = 5242880  # per run, as fail-on",
                "",
                "[severity]",
                "NAM003 = \"error\"",
                "",
                "[per-file-ignores]",
                "\"tests/**\" = [\"NAM001\"]",
                "",
                "[options]"), lines.subList(0, 15));
        assertTrue(lines.contains("op-max-statements = 40"), run.out());
    }

    @Test
    void showsTheDefaultsWhereNoConfigurationApplies() throws IOException {
        Path dir = tmp.toRealPath();
        CliTest.Run run = CliTest.run("check", "--show-settings", dir.toString());
        assertEquals(List.of(
                "# settings for " + dir,
                "# from no configuration file: loclint's defaults",
                "select = [\"ALL\"]",
                "ignore = []",
                "fail-on = \"error\"  # per run: from the defaults",
                "max-file-size = 5242880  # per run, as fail-on",
                "",
                "[severity]",
                "",
                "[per-file-ignores]",
                "",
                "[options]"), run.out().lines().toList().subList(0, 12));
    }

    @Test
    void showsTheConfigFileAndTheSelectionFlags() throws IOException {
        Path config = Files.writeString(tmp.resolve("strict.toml"), "select = [\"DEF\"]\nignore = [\"DEF004\"]\n");
        CliTest.Run run = CliTest.run("check", "--show-settings", "--config", config.toString(), "--extend-select",
                "SEC", "--ignore", "SEC002", CliTest.fixture("naming"));
        assertEquals(List.of(
                "# settings for " + CliTest.fixture("naming"),
                "# from " + config.toAbsolutePath().normalize(),
                "select = [\"DEF\", \"SEC\"]",
                "ignore = [\"DEF004\", \"SEC002\"]"), run.out().lines().toList().subList(0, 4));
    }
}
