package io.loclint.cli;

import io.loclint.engine.testing.FixtureAssert;
import io.loclint.grammar.python.PythonFrontEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        return run(commandLine -> { }, args);
    }

    /** Runs the command in this JVM, capturing stdout and stderr; {@code setup} may adjust the command first. */
    static Run run(java.util.function.Consumer<CommandLine> setup, String... args) {
        StringWriter err = new StringWriter();
        StringWriter outWriter = new StringWriter();
        PrintStream originalOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            CommandLine commandLine = LoclintCommand.commandLine(args);
            commandLine.setErr(new PrintWriter(err, true));
            commandLine.setOut(new PrintWriter(outWriter, true));
            setup.accept(commandLine);
            int code = commandLine.execute(args);
            return new Run(code, stdout.toString(StandardCharsets.UTF_8) + outWriter, err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }

    static String fixture(String name) {
        return FixtureAssert.testdata().resolve(name).toString();
    }

    @Test
    void missingPathExitsTwoWithOneLine() {
        Run run = run("check", "/no/such/path");
        assertEquals(2, run.exitCode());
        assertEquals("loclint: path '/no/such/path' does not exist; give an existing file or folder\n", run.err());
    }

    @Test
    void badFlagExitsTwoWithOneLine() {
        Run run = run("check", "--no-such-flag");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("loclint: unknown option: '--no-such-flag'"), run.err());
    }

    @Test
    void badEnumValueExitsTwo() {
        Run run = run("check", "--fail-on", "sometimes", fixture("naming"));
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void unknownFormatExitsTwo() {
        Run run = run("check", "--format", "xml", fixture("naming"));
        assertEquals(2, run.exitCode());
        assertEquals("loclint: unknown output format 'xml'; valid formats: text, json, sarif, checkstyle, junit, github, markdown\n", run.err());
    }

    @Test
    void findingsAtOrAboveFailOnExitOne() {
        assertEquals(1, run("check", fixture("naming")).exitCode());
        assertEquals(0, run("check", "--fail-on", "never", fixture("naming")).exitCode());
    }

    @Test
    void notesDoNotFailByDefaultButDoWithFailOnNote() {
        String domain = fixture("placeholder-names/domain-named");
        Run clean = run("check", domain);
        assertEquals(0, clean.exitCode(), clean.out());
        Run placeholder = run("check", fixture("placeholder-names/my-project"));
        assertEquals(0, placeholder.exitCode(), placeholder.out());
        assertEquals(1, run("check", "--fail-on", "note", fixture("placeholder-names/my-project")).exitCode());
    }

    @Test
    void textFormatIsWhatProblemMatchersRead() {
        Run run = run("check", "--fail-on", "never", fixture("placeholder-names/my-project"));
        String first = run.out().lines().findFirst().orElseThrow();
        assertTrue(first.matches("^(.+/)?pyproject\\.toml:2:1: note NAM004 .+$"), first);
    }

    @Test
    void outputFileAndNoStackTraces(@TempDir Path temp) throws IOException {
        Path report = temp.resolve("report.sarif");
        Run run = run("check", "--format", "sarif", "--output", report.toString(), fixture("bad-input"));
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(Files.readString(report).matches("(?s).*\"ruleId\"\\s*:\\s*\"PAR001\".*"));
    }

    @Test
    void severalReportsInOneRun(@TempDir Path temp) throws Exception {
        Path sarif = temp.resolve("report.sarif");
        Path checkstyle = temp.resolve("checkstyle.xml");
        Path markdown = temp.resolve("summary.md");
        Run run = run("check", "--format", "sarif", "--output", sarif.toString(),
                "--format", "checkstyle", "--output", checkstyle.toString(),
                "--format", "markdown", "--output", markdown.toString(), fixture("naming"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("", run.err());

        String sarifText = Files.readString(sarif);
        assertEquals(java.util.List.of(), io.loclint.reports.SarifSchema.validate(sarifText));
        int results = sarifText.split("\"ruleId\"", -1).length - 1;
        assertTrue(results > 0, sarifText);

        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(checkstyle.toFile());
        assertEquals("checkstyle", doc.getDocumentElement().getTagName());
        assertEquals(results, doc.getElementsByTagName("error").getLength());

        String md = Files.readString(markdown);
        assertTrue(md.startsWith("## loclint\n"), md);
        assertEquals(results, md.lines().filter(l -> l.matches("^\\| (error|warning|note) \\|.*")).count(), md);
    }

    @Test
    void oneReportMayGoToStdoutBesideFiles(@TempDir Path temp) throws IOException {
        Path sarif = temp.resolve("report.sarif");
        Run run = run("check", "--fail-on", "never", "--format", "sarif", "--output", sarif.toString(),
                "--format", "github", fixture("naming"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().allMatch(l -> l.matches("^::(error|warning|notice) .*::.+$")), run.out());
        // the fixture lies outside the current folder (the cli module): its paths are absolute
        assertTrue(run.out().contains("::error file=" + fixture("naming") + "/src/inventory_sync_service/jobs.py,"
                + "line=12,"), run.out());
        assertTrue(Files.readString(sarif).contains("\"ruleId\""));
    }

    @Test
    void outputsAndFormatsThatDoNotPairAreUsageErrors(@TempDir Path temp) {
        Run moreOutputs = run("check", "--format", "sarif", "--output", temp.resolve("a").toString(),
                "--output", temp.resolve("b").toString(), fixture("naming"));
        assertEquals(2, moreOutputs.exitCode());
        assertEquals("loclint: 2 --output but 1 --format; give a --format for each --output"
                + " (the i-th --output takes the i-th --format's report)\n", moreOutputs.err());

        Run twoOnStdout = run("check", "--format", "text", "--format", "json", fixture("naming"));
        assertEquals(2, twoOnStdout.exitCode());
        assertEquals("loclint: 2 reports would go to stdout; give every --format but one an --output\n",
                twoOnStdout.err());
        assertEquals("", twoOnStdout.out(), "nothing runs before the flags are checked");

        Path same = temp.resolve("same.xml");
        Run sameFile = run("check", "--format", "junit", "--output", same.toString(),
                "--format", "checkstyle", "--output", same.toString(), fixture("naming"));
        assertEquals(2, sameFile.exitCode());
        assertEquals(1, sameFile.err().lines().count(), sameFile.err());
        assertFalse(Files.exists(same));
    }

    @Test
    void explainAndRules() {
        Run explain = run("explain", "nam001");
        assertEquals(0, explain.exitCode());
        assertTrue(explain.out().startsWith("# NAM001 job-name-not-snake-case"), explain.out());
        Run unknown = run("explain", "XYZ999");
        assertEquals(2, unknown.exitCode());
        assertEquals("loclint: no rule 'XYZ999'; 'loclint rules' lists them\n", unknown.err());
        Run rules = run("rules");
        assertTrue(rules.out().contains("PAR001  error    unparsable-file"), rules.out());
    }

    @Test
    void initWritesAStarterThatLoadsAndRefusesToOverwrite(@TempDir Path temp) throws IOException {
        assertEquals(0, run("init", temp.toString()).exitCode());
        io.loclint.engine.config.LoclintConfig config = io.loclint.engine.config.ConfigLoader.find(temp,
                io.loclint.rules.Registry.options());
        assertEquals(temp.resolve("loclint.toml"), config.source());
        Run again = run("init", temp.toString());
        assertEquals(2, again.exitCode());
        assertEquals(1, again.err().lines().count(), again.err());
    }

    @Test
    void badConfigurationExitsTwoWithOneLineNamingTheKey(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("pyproject.toml"), "[tool.loclint]\nfail-on = 3\n");
        Run run = run("check", temp.toString());
        assertEquals(2, run.exitCode());
        assertEquals("loclint: " + temp.resolve("pyproject.toml") + ": tool.loclint.fail-on must be \"error\","
                + " \"warning\", \"note\" or \"never\"\n", run.err());
    }

    @Test
    void configuredFailOnAndSeverityApply(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("loclint.toml"), "fail-on = \"note\"\n[severity]\nNAM004 = \"note\"\n");
        Files.createDirectories(temp.resolve("my_project"));
        Files.writeString(temp.resolve("pyproject.toml"), "[project]\nname = \"my-project\"\ndependencies = [\"dagster\"]\n");
        Files.writeString(temp.resolve("my_project/__init__.py"),
                "from dagster import Definitions\ndefs = Definitions()\n");
        assertEquals(1, run("check", temp.toString()).exitCode());
        assertEquals(0, run("check", "--fail-on", "error", temp.toString()).exitCode());
    }

    @Test
    void versionAndHelp() {
        String version = run("--version").out();
        assertTrue(version.startsWith("loclint "), version);
        // which parser that is depends on the build; NativePythonTest fails under CI's flag when it is not native
        assertEquals(List.of("python parser: " + PythonFrontEnd.backend()), version.lines().skip(1).toList(), version);
        Run help = run("--help");
        assertEquals(0, help.exitCode());
        for (String command : List.of("check", "rules", "explain", "init", "baseline", "install-hook", "gitea",
                "help")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " missing from\n" + help.out());
        }
        // a command line built for one subcommand still helps with it, and still knows the others
        Run checkHelp = run("check", "--help");
        assertEquals(0, checkHelp.exitCode());
        assertTrue(checkHelp.out().startsWith("Usage: loclint check "), checkHelp.out());
        assertTrue(run("help", "rules").out().startsWith("Usage: loclint rules"));
        assertTrue(run("--debug", "rules").out().contains("NAM001"));
        Run typo = run("chek");
        assertEquals(2, typo.exitCode());
        assertEquals("loclint: unmatched argument at index 0: 'chek'; see 'loclint --help'\n", typo.err());
    }

    @Test
    void bareLoclintPrintsTheHelp() {
        Run help = run("--help");
        assertTrue(help.out().startsWith("Usage: loclint "), help.out());
        for (String[] bare : List.of(new String[0], new String[]{"--debug"})) {
            Run run = run(bare);
            assertEquals(new Run(0, help.out(), ""), run);
        }
    }
}
