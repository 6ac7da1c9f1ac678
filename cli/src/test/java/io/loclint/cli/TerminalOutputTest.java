package io.loclint.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --color}, NO_COLOR and whether stdout is a terminal decide how the text report looks; paths are shown from
 * the current folder. The test's current folder is the cli module, so a location under {@code target/} is inside
 * it and a temporary folder is outside.
 */
class TerminalOutputTest {

    private static final String DEFINITIONS = """
            from dagster import Definitions, job


            @job(name="TideJob")
            def tide_job():
                pass


            defs = Definitions(jobs=[tide_job])
            """;
    private static final String E = "\u001b[";

    /** A code location inside the current folder, as a relative path. */
    private Path inside;

    @TempDir
    Path outside;

    @BeforeEach
    void createLocations() throws IOException {
        Files.createDirectories(Path.of("target"));
        inside = Files.createTempDirectory(Path.of("target"), "terminal-");
        location(inside);
        location(outside);
    }

    @AfterEach
    void removeInside() throws IOException {
        try (Stream<Path> files = Files.walk(inside)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void location(Path folder) throws IOException {
        Files.writeString(folder.resolve("pyproject.toml"), """
                [project]
                name = "harbour-tides"
                dependencies = ["dagster"]
                """);
        Files.createDirectories(folder.resolve("harbour_tides"));
        Files.writeString(folder.resolve("harbour_tides/__init__.py"), "");
        Files.writeString(folder.resolve("harbour_tides/definitions.py"), DEFINITIONS);
    }

    private static Consumer<CommandLine> terminal(boolean terminal, Map<String, String> env) {
        return commandLine -> {
            CheckCommand check = commandLine.getSubcommands().get("check").getCommand();
            check.color.terminal = () -> terminal;
            check.color.env = env;
        };
    }

    private CliTest.Run check(Consumer<CommandLine> setup, String... more) {
        String[] args = Stream.concat(Stream.of("check", "--select", "NAM001", inside.toString()), Stream.of(more))
                .toArray(String[]::new);
        return CliTest.run(setup, args);
    }

    private String file() {
        return inside.toString().replace('\\', '/') + "/harbour_tides/definitions.py";
    }

    private String plain() {
        return file() + ":4:11: error NAM001 job 'TideJob' is not snake_case; the guide names jobs, ops and their"
                + " schedules in snake_case\n"
                + "Found 1 problem (1 error, 0 warnings, 0 notes) in 3 files.\n";
    }

    @Test
    void onATerminalTheReportIsInColourWithTheSourceLineCaretsAndHint() {
        CliTest.Run run = check(terminal(true, Map.of()));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(E + "1m" + file() + ":4:11" + E + "0m: " + E + "1;31merror" + E + "0m " + E + "1mNAM001" + E
                        + "0m job 'TideJob' is not snake_case; the guide names jobs, ops and their schedules in"
                        + " snake_case\n"
                        + "  " + E + "1;34m|" + E + "0m\n"
                        + E + "1;34m4 |" + E + "0m @job(name=\"TideJob\")\n"
                        + "  " + E + "1;34m|" + E + "0m           " + E + "1;31m^^^^^^^^^" + E + "0m\n"
                        + "  " + E + "1;34m|" + E + "0m\n"
                        + "  " + E + "1m= help:" + E + "0m rename it to 'tide_job'\n"
                        + "\n"
                        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 3 files.\n",
                run.out());
        assertEquals(run.out(), check(terminal(true, Map.of("NO_COLOR", ""))).out(), "an empty NO_COLOR is unset");
        assertEquals(run.out(), check(terminal(false, Map.of("NO_COLOR", "1")), "--color", "always").out());
    }

    @Test
    void noColorOnATerminalKeepsTheSourceLineWithoutEscapes() {
        CliTest.Run run = check(terminal(true, Map.of("NO_COLOR", "1")));
        assertEquals(file() + ":4:11: error NAM001 job 'TideJob' is not snake_case; the guide names jobs, ops and"
                        + " their schedules in snake_case\n"
                        + "  |\n"
                        + "4 | @job(name=\"TideJob\")\n"
                        + "  |           ^^^^^^^^^\n"
                        + "  |\n"
                        + "  = help: rename it to 'tide_job'\n"
                        + "\n"
                        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 3 files.\n",
                run.out());
        assertEquals(run.out(), check(terminal(true, Map.of("TERM", "dumb"))).out());
    }

    @Test
    void notATerminalOrColorNeverIsTheOneLineReportUnchanged() throws IOException {
        assertEquals(plain(), check(terminal(false, Map.of())).out());
        assertEquals(plain(), check(terminal(true, Map.of()), "--color", "never").out());
        Path report = outside.resolve("report.txt");
        CliTest.Run toFile = check(terminal(true, Map.of()), "--format", "text", "--output", report.toString());
        assertEquals("", toFile.out());
        assertEquals(plain(), Files.readString(report));
    }

    @Test
    void anUnknownColorIsAUsageError() {
        CliTest.Run run = check(terminal(true, Map.of()), "--color", "sometimes");
        assertEquals(2, run.exitCode());
        assertEquals("loclint: invalid value for option '--color': expected one of [auto, always, never]"
                + " (case-sensitive) but was 'sometimes'; see 'loclint check --help'\n", run.err());
    }

    @Test
    void pathsInMessagesAreShownTheSameWayAsTheFindingsOwn() throws IOException {
        for (Path folder : new Path[] {inside, outside}) {
            Files.delete(folder.resolve("harbour_tides/definitions.py"));
            Files.writeString(folder.resolve("harbour_tides/jobs.py"), "from dagster import job\n\n\n@job\n"
                    + "def tide_job():\n    pass\n");
        }
        String absolute = outside.toAbsolutePath().normalize().toString();
        assertEquals(absolute + "/pyproject.toml:2:1: error LOC001 code location '" + absolute + "' has no Dagster entry"
                        + " point: no module-level Definitions(...), @repository or @definitions function for a loader"
                        + " to discover\n"
                        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 3 files.\n",
                CliTest.run("check", "--select", "LOC001", outside.toString()).out());
        String relative = inside.toString().replace('\\', '/');
        assertEquals(relative + "/pyproject.toml:2:1: error LOC001 code location '" + relative + "' has no Dagster entry"
                        + " point: no module-level Definitions(...), @repository or @definitions function for a loader"
                        + " to discover\n"
                        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 3 files.\n",
                CliTest.run("check", "--select", "LOC001", inside.toString()).out());
    }

    @Test
    void aFolderOutsideTheCurrentOneIsReportedWithAbsolutePaths() throws IOException {
        String absolute = outside.toAbsolutePath().normalize() + "/harbour_tides/definitions.py";
        CliTest.Run run = CliTest.run("check", "--select", "NAM001", outside.toString());
        assertEquals(absolute + ":4:11: error NAM001 job 'TideJob' is not snake_case; the guide names jobs, ops and"
                + " their schedules in snake_case\n"
                + "Found 1 problem (1 error, 0 warnings, 0 notes) in 3 files.\n", run.out());
        CliTest.Run github = CliTest.run("check", "--select", "NAM001", "--format", "github", outside.toString());
        assertEquals("::error file=" + absolute.replace(":", "%3A").replace(",", "%2C") + ",line=4,col=11,endLine=4,"
                + "endColumn=20,title=NAM001::job 'TideJob' is not snake_case; the guide names jobs, ops and their"
                + " schedules in snake_case\n", github.out());
        CliTest.Run files = CliTest.run("check", "--show-files", outside.toString());
        assertEquals(outside.toAbsolutePath().normalize() + "/harbour_tides/__init__.py\n" + absolute + "\n"
                + outside.toAbsolutePath().normalize() + "/pyproject.toml\n", files.out());
        // SARIF keeps URIs relative to its absolute base
        CliTest.Run sarif = CliTest.run("check", "--select", "NAM001", "--format", "sarif", outside.toString());
        assertTrue(sarif.out().contains("\"uri\": \"harbour_tides/definitions.py\""), sarif.out());
    }
}
