package io.loclint.engine.config;

import io.loclint.engine.result.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsToolLoclintFromPyprojectFoundUpwards() throws IOException {
        Path pyproject = write("pyproject.toml", """
                [project]
                name = "x"

                [tool.loclint]
                select = ["ALL"]
                ignore = ["TST", "SOC002"]
                fail-on = "warning"

                [tool.loclint.severity]
                TST002 = "warning"

                [tool.loclint.per-file-ignores]
                "tests/**" = ["SEC001"]

                [tool.loclint.options]
                op-max-statements = 25
                placeholder-names = ["sandbox"]
                module-map = { "My_Dist" = ["mymod"] }
                """);
        Files.createDirectories(dir.resolve("src/pkg"));
        LoclintConfig config = ConfigLoader.find(dir.resolve("src/pkg"));
        assertEquals(pyproject, config.source());
        assertTrue(config.enabled("DEF001"));
        assertFalse(config.enabled("TST001"));
        assertFalse(config.enabled("SOC002"));
        assertTrue(config.enabled("SOC001"));
        assertEquals("warning", config.failOn());
        assertEquals(Severity.WARNING, config.severityOf("TST002", Severity.NOTE));
        assertEquals(Severity.ERROR, config.severityOf("DEF001", Severity.ERROR));
        assertTrue(config.perFileIgnores().get(0).matches("tests/unit/test_x.py", "SEC001"));
        assertFalse(config.perFileIgnores().get(0).matches("src/x.py", "SEC001"));
        assertEquals(25, config.options().opMaxStatements());
        assertEquals(List.of("sandbox"), config.options().placeholderNames());
        assertEquals(Map.of("my-dist", List.of("mymod")), config.options().moduleMap());
    }

    @Test
    void loclintTomlWinsAndTopLevelKeysApply() throws IOException {
        write("pyproject.toml", "[tool.loclint]\nselect = [\"NAM\"]\n");
        Path loclint = write("loclint.toml", "select = [\"DEF\"]\n");
        LoclintConfig config = ConfigLoader.find(dir);
        assertEquals(loclint, config.source());
        assertTrue(config.enabled("DEF003"));
        assertFalse(config.enabled("NAM001"));
    }

    @Test
    void noConfigurationMeansDefaults() {
        LoclintConfig config = ConfigLoader.find(dir);
        assertTrue(config.enabled("SUP001"));
        assertNull(config.failOn());
        assertEquals(40, config.options().opMaxStatements());
    }

    @Test
    void everyMistakeIsOneLineNamingTheKey() throws IOException {
        assertEquals(dir.resolve("loclint.toml") + ": colour is not a loclint setting (known: select, ignore,"
                + " severity, per-file-ignores, fail-on, max-file-size, options)", error("colour = \"red\"\n"));
        assertEquals(dir.resolve("loclint.toml") + ": fail-on must be \"error\", \"warning\", \"note\" or \"never\"",
                error("fail-on = \"sometimes\"\n"));
        assertEquals(dir.resolve("loclint.toml") + ": select has 'nam-001', which is not a rule code or prefix"
                + " (e.g. \"DEF\", \"NAM001\", \"ALL\")", error("select = [\"nam-001\"]\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.op-max-statements must be a whole number from 1 to"
                + " 10000", error("[options]\nop-max-statements = \"forty\"\n"));
        assertEquals(dir.resolve("loclint.toml") + ": severity.NAM001 must be \"error\", \"warning\" or \"note\"",
                error("[severity]\nNAM001 = \"fatal\"\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.version-tag-pattern must have the groups"
                + " (?<base>...) and (?<version>...)", error("[options]\nversion-tag-pattern = \"_v[0-9]+$\"\n"));
        assertTrue(error("select = [\n").startsWith(dir.resolve("loclint.toml") + ":2: invalid TOML"));
    }

    private String error(String text) throws IOException {
        write("loclint.toml", text);
        return assertThrows(ConfigException.class, () -> ConfigLoader.find(dir)).getMessage();
    }
}
