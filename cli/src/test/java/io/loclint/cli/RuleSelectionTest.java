package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** --select, --ignore, --extend-select and --config, and unknown codes in them or in a configuration. */
class RuleSelectionTest {
    /** The naming fixture's findings per code, as an unconfigured check reports them. */
    private static final Map<String, Integer> ALL = Map.of("DEF002", 6, "DEF003", 2, "DEP002", 1, "NAM001", 6,
            "NAM002", 6, "NAM003", 5, "SCH003", 6, "TST002", 3);

    @TempDir
    Path tmp;

    @Test
    void noSelectionReportsEveryRule() {
        assertEquals(new TreeMap<>(ALL), counts(CliTest.run("check", CliTest.fixture("naming"))));
    }

    @Test
    void selectRunsOnlyTheSelectedRules() {
        assertEquals(Map.of("NAM003", 5), counts(CliTest.run("check", "--select", "NAM003", CliTest.fixture("naming"))));
    }

    @Test
    void selectTakesCommaSeparatedPrefixesInAnyCase() {
        assertEquals(Map.of("NAM001", 6, "NAM002", 6, "NAM003", 5, "TST002", 3),
                counts(CliTest.run("check", "--select", "nam,TST", CliTest.fixture("naming"))));
    }

    @Test
    void ignoreDropsRulesFromTheSelection() {
        assertEquals(Map.of("NAM001", 6, "NAM003", 5),
                counts(CliTest.run("check", "--select", "NAM", "--ignore", "NAM002", CliTest.fixture("naming"))));
    }

    @Test
    void extendSelectAddsToTheSelection() {
        assertEquals(Map.of("NAM003", 5, "SCH003", 6), counts(CliTest.run("check", "--select", "NAM003",
                "--extend-select", "SCH", CliTest.fixture("naming"))));
    }

    @Test
    void selectReplacesTheConfiguredSelectAndIgnoreAddsToTheConfiguredIgnore() throws IOException {
        Path location = copyOfNaming("select = [\"DEF\"]\nignore = [\"NAM002\"]\n");
        assertEquals(Map.of("DEF002", 6, "DEF003", 2), counts(CliTest.run("check", location.toString())));
        assertEquals(Map.of("NAM001", 6), counts(CliTest.run("check", "--select", "NAM", "--ignore", "NAM003",
                location.toString())));
        assertEquals(Map.of("DEF002", 6, "DEF003", 2, "NAM001", 6, "NAM003", 5), counts(CliTest.run("check", "--extend-select",
                "NAM", location.toString())));
    }

    @Test
    void configFileAppliesInsteadOfTheNearestOne() throws IOException {
        Path location = copyOfNaming("select = [\"DEF\"]\n");
        Path other = Files.writeString(tmp.resolve("strict.toml"), "select = [\"SCH003\"]\n");
        assertEquals(Map.of("SCH003", 6),
                counts(CliTest.run("check", "--config", other.toString(), location.toString())));
    }

    @Test
    void configFileMayBeAPyprojectWithAToolTable() throws IOException {
        Path pyproject = Files.writeString(tmp.resolve("pyproject.toml"), "[tool.loclint]\nselect = [\"TST\"]\n");
        assertEquals(Map.of("TST002", 3),
                counts(CliTest.run("check", "--config", pyproject.toString(), CliTest.fixture("naming"))));
    }

    @Test
    void configFileWithoutAToolTableIsAUsageError() throws IOException {
        Path pyproject = Files.writeString(tmp.resolve("pyproject.toml"), "[project]\nname = \"x\"\n");
        assertUsageError("loclint: --config '" + pyproject + "' has no [tool.loclint] table\n",
                "check", "--config", pyproject.toString(), CliTest.fixture("naming"));
    }

    @Test
    void missingConfigFileIsAUsageError() {
        Path missing = tmp.resolve("none.toml");
        assertUsageError("loclint: --config '" + missing + "' is not a readable configuration file\n",
                "check", "--config", missing.toString(), CliTest.fixture("naming"));
    }

    @Test
    void unknownCodeOnTheCommandLineIsAUsageError() {
        assertUsageError("loclint: --select has 'NAM999', which is no rule's code or prefix; 'loclint rules' lists"
                + " them\n", "check", "--select", "NAM001,NAM999", CliTest.fixture("naming"));
        assertUsageError("loclint: --ignore has 'XYZ', which is no rule's code or prefix; 'loclint rules' lists"
                + " them\n", "check", "--ignore", "XYZ", CliTest.fixture("naming"));
        assertUsageError("loclint: --extend-select has 'NAM01X', which is no rule's code or prefix; 'loclint rules'"
                + " lists them\n", "check", "--extend-select", "NAM01X", CliTest.fixture("naming"));
    }

    @Test
    void emptySelectIsAUsageError() {
        assertUsageError("loclint: --select names no rule; give codes or prefixes, or ALL\n",
                "check", "--select", ",", CliTest.fixture("naming"));
    }

    @Test
    void unknownCodeInTheNearestConfigurationIsAUsageError() throws IOException {
        Path location = copyOfNaming("ignore = [\"NAM001\", \"NAM009\"]\n");
        assertUsageError("loclint: " + location.resolve("loclint.toml") + ": ignore has 'NAM009', which is no rule's"
                + " code or prefix; 'loclint rules' lists them\n", "check", location.toString());
    }

    @Test
    void unknownPrefixInAPyprojectToolTableIsAUsageErrorNamingTheTable() throws IOException {
        Path location = tmp.resolve("naming");
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), location);
        Path pyproject = location.resolve("pyproject.toml");
        Files.writeString(pyproject, Files.readString(pyproject) + "\n[tool.loclint]\nselect = [\"XYZ\"]\n");
        assertUsageError("loclint: " + pyproject + ": tool.loclint.select has 'XYZ', which is no rule's code or"
                + " prefix; 'loclint rules' lists them\n", "check", location.toString());
    }

    @Test
    void unknownCodeInTheConfigFileIsAUsageError() throws IOException {
        Path config = Files.writeString(tmp.resolve("loclint.toml"), "select = [\"ABC\"]\n");
        assertUsageError("loclint: " + config + ": select has 'ABC', which is no rule's code or prefix;"
                + " 'loclint rules' lists them\n", "check", "--config", config.toString(), CliTest.fixture("naming"));
    }

    private Path copyOfNaming(String loclintToml) throws IOException {
        Path location = tmp.resolve("naming");
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), location);
        Files.writeString(location.resolve("loclint.toml"), loclintToml);
        return location;
    }

    private static void assertUsageError(String err, String... args) {
        CliTest.Run run = CliTest.run(args);
        assertEquals(err, run.err());
        assertEquals("", run.out());
        assertEquals(2, run.exitCode());
    }

    /**
     * Findings per code in a text report, after checking that nothing went to stderr and that the exit code says
     * whether an error-level finding is left (the default fail-on).
     */
    private static Map<String, Integer> counts(CliTest.Run run) {
        assertEquals("", run.err());
        assertEquals(run.out().contains(": error ") ? 1 : 0, run.exitCode(), run.out());
        Map<String, Integer> counts = new TreeMap<>();
        run.out().lines().filter(l -> l.matches("^\\S+:\\d+:\\d+: \\w+ [A-Z]{3}\\d{3} .*"))
                .forEach(l -> counts.merge(l.split(" ")[2], 1, Integer::sum));
        return counts;
    }
}
