package io.loclint.engine.config;

import io.loclint.engine.result.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.google.re2j.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    /** Declared here the way rules declare theirs; the engine does not know the rules' own. */
    private static final RuleOption<Pattern> VERSION_TAG = RuleOption.pattern("version-tag-pattern",
            "a well-formed versioned job name", "^(?<base>.+)_ver_(?<version>0|[1-9][0-9]*)$", "base", "version");
    private static final RuleOption<List<String>> PLACEHOLDERS = RuleOption.strings("placeholder-names",
            "package names that do not name a domain", List.of("my_project"));
    private static final RuleOption<Integer> OP_MAX_STATEMENTS = RuleOption.integer("op-max-statements",
            "statements an op body may have", 40, 1, 10_000);
    private static final RuleOption<List<Pattern>> ALLOW = RuleOption.patterns("credential-allow",
            "values that are not secrets");
    private static final RuleOption<Map<String, List<String>>> MODULE_MAP = RuleOption.stringListTable("module-map",
            "distribution to its modules", name -> name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-"));
    private static final List<RuleOption<?>> DECLARED = List.of(VERSION_TAG, PLACEHOLDERS, OP_MAX_STATEMENTS, ALLOW,
            MODULE_MAP);

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
        Files.createDirectories(dir.resolve(".git"));
        LoclintConfig config = ConfigLoader.find(dir.resolve("src/pkg"), DECLARED);
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
        assertEquals(25, config.options().get(OP_MAX_STATEMENTS));
        assertEquals(List.of("sandbox"), config.options().get(PLACEHOLDERS));
        assertEquals(Map.of("my-dist", List.of("mymod")), config.options().get(MODULE_MAP));
        assertEquals(List.of(), config.options().get(ALLOW));
        assertEquals("^(?<base>.+)_ver_(?<version>0|[1-9][0-9]*)$", config.options().get(VERSION_TAG).pattern());
    }

    @Test
    void loclintTomlWinsAndTopLevelKeysApply() throws IOException {
        write("pyproject.toml", "[tool.loclint]\nselect = [\"NAM\"]\n");
        Path loclint = write("loclint.toml", "select = [\"DEF\"]\n");
        LoclintConfig config = ConfigLoader.find(dir, DECLARED);
        assertEquals(loclint, config.source());
        assertTrue(config.enabled("DEF003"));
        assertFalse(config.enabled("NAM001"));
    }

    @Test
    void theClimbStopsAtTheRepositoryRootOrOutsideOneAtTheCheckedFolder() throws IOException {
        write("loclint.toml", "select = [\"DEF\"]\n");
        Files.createDirectories(dir.resolve("checkout/.git"));
        Path location = Files.createDirectories(dir.resolve("checkout/locations/a"));
        assertNull(ConfigLoader.find(location, DECLARED).source(), "above the repository root");
        Path repositoryConfig = write("checkout/loclint.toml", "select = [\"NAM\"]\n");
        assertEquals(repositoryConfig, ConfigLoader.find(location, DECLARED).source());

        Path loose = Files.createDirectories(dir.resolve("loose/sub"));
        assertNull(ConfigLoader.find(loose, DECLARED).source(), "above the checked folder outside a repository");
        Path own = write("loose/sub/loclint.toml", "select = [\"SEC\"]\n");
        assertEquals(own, ConfigLoader.find(loose, DECLARED).source());
    }

    @Test
    void aFileTakesTheNearestConfigurationWholeAndTheRunItsRoots() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path top = write("loclint.toml", "fail-on = \"warning\"\nmax-file-size = 100\nignore = [\"NAM\"]\n");
        Path nested = write("locations/b/pyproject.toml", "[tool.loclint]\nfail-on = \"never\"\nignore = [\"DEF\"]\n"
                + "[tool.loclint.options]\nop-max-statements = 5\n");
        write("locations/a/pyproject.toml", "[project]\nname = \"a\"\n");
        Configurations configs = Configurations.find(List.of(dir), dir, DECLARED);
        assertEquals(top, configs.run().source());
        assertEquals("warning", configs.run().failOn());
        assertEquals(100, configs.run().maxFileBytes());
        LoclintConfig a = configs.forFile(dir.resolve("locations/a/pkg/jobs.py"));
        assertEquals(top, a.source());
        LoclintConfig b = configs.forFile(dir.resolve("locations/b/pkg/jobs.py"));
        assertEquals(nested, b.source());
        assertTrue(b.enabled("NAM001"), "a nested configuration replaces the one above, it does not extend it");
        assertFalse(b.enabled("DEF002"));
        assertEquals(5, configs.forFolder(dir.resolve("locations/b")).options().get(OP_MAX_STATEMENTS));
        assertEquals(40, configs.forFolder(dir.resolve("locations/a")).options().get(OP_MAX_STATEMENTS));

        Configurations fromBelow = Configurations.find(List.of(dir), dir.resolve("locations/b"), DECLARED);
        assertEquals("never", fromBelow.run().failOn(), "the run's settings follow its root");
    }

    @Test
    void noConfigurationMeansDefaults() {
        LoclintConfig config = ConfigLoader.find(dir, DECLARED);
        assertTrue(config.enabled("SUP001"));
        assertNull(config.failOn());
        assertEquals(40, config.options().get(OP_MAX_STATEMENTS));
        assertEquals(List.of("my_project"), config.options().get(PLACEHOLDERS));
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
        assertEquals(dir.resolve("loclint.toml") + ": options.op-max-statements must be a whole number from 1 to"
                + " 10000", error("[options]\nop-max-statements = 10001\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.colour is not a rule option (known: credential-allow,"
                + " module-map, op-max-statements, placeholder-names, version-tag-pattern)",
                error("[options]\ncolour = 1\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.placeholder-names must be a list of strings",
                error("[options]\nplaceholder-names = [\"a\", 2]\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.version-tag-pattern is not a valid regular expression",
                error("[options]\nversion-tag-pattern = \"(?<base>\"\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.version-tag-pattern must be a string",
                error("[options]\nversion-tag-pattern = 3\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.credential-allow has an invalid regular expression",
                error("[options]\ncredential-allow = [\"ok\", \"[\"]\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.module-map must be a table",
                error("[options]\nmodule-map = [\"x\"]\n"));
        assertEquals(dir.resolve("loclint.toml") + ": options.module-map.\"my-dist\" must be a list of strings",
                error("[options]\nmodule-map = { \"my-dist\" = \"mymod\" }\n"));
        assertTrue(error("select = [\n").startsWith(dir.resolve("loclint.toml") + ":2: invalid TOML"));
    }

    @Test
    void pyprojectKeysAreNamedWithTheirTable() throws IOException {
        write("pyproject.toml", "[tool.loclint.options]\nop-max-statements = 0\n");
        assertEquals(dir.resolve("pyproject.toml") + ": tool.loclint.options.op-max-statements must be a whole number"
                + " from 1 to 10000", assertThrows(ConfigException.class, () -> ConfigLoader.find(dir, DECLARED))
                .getMessage());
    }

    @Test
    void anOptionKeyDeclaredTwiceIsAProgrammingError() throws IOException {
        write("loclint.toml", "[options]\nop-max-statements = 3\n");
        RuleOption<Integer> again = RuleOption.integer("op-max-statements", "the same key", 1, 1, 2);
        assertEquals("option 'op-max-statements' is declared twice", assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.find(dir, List.of(OP_MAX_STATEMENTS, again))).getMessage());
    }

    private String error(String text) throws IOException {
        write("loclint.toml", text);
        return assertThrows(ConfigException.class, () -> ConfigLoader.find(dir, DECLARED)).getMessage();
    }
}
