package io.loclint.reports;

import io.loclint.engine.result.BaselineResult;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text report's FULL and COLOUR styles: source line, carets, hint; credentials never shown. */
class TextReporterTerminalTest {

    @TempDir
    Path root;

    private static final String JOBS = """
            from dagster import job


            @job(name="DataJob")
            def data_job():
            \tpass
            """;

    private static final Finding NAM001 = new Finding("NAM001", Severity.ERROR, "job 'DataJob' is not snake_case",
            "src/jobs.py", new Span(4, 11, 4, 20), "DataJob", "rename it to 'data_job'");

    private RunResult run(List<Finding> findings) {
        return new RunResult(root, findings, Samples.RULES, List.of(), "0.1.0", true, 1);
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    @Test
    void fullShowsTheSourceLineWithCaretsUnderTheFindingAndTheHint() throws IOException {
        write("src/jobs.py", JOBS);
        assertEquals("""
                        src/jobs.py:4:11: error NAM001 job 'DataJob' is not snake_case
                          |
                        4 | @job(name="DataJob")
                          |           ^^^^^^^^^
                          |
                          = help: rename it to 'data_job'

                        Found 1 problem (1 error, 0 warnings, 0 notes) in 1 file.
                        """,
                Samples.render(new TextReporter(TextReporter.Style.FULL), run(List.of(NAM001))));
    }

    @Test
    void colourWrapsPathSeverityCodeGutterCaretsAndHelpInAnsiEscapes() throws IOException {
        write("src/jobs.py", JOBS);
        Finding warning = new Finding("DEF003", Severity.WARNING, "op 'data_job' is not used", "src/jobs.py",
                new Span(5, 5, 5, 13), "data_job", null);
        String e = "\u001b[";
        assertEquals(e + "1msrc/jobs.py:4:11" + e + "0m: " + e + "1;31merror" + e + "0m " + e + "1mNAM001" + e
                        + "0m job 'DataJob' is not snake_case\n"
                        + "  " + e + "1;34m|" + e + "0m\n"
                        + e + "1;34m4 |" + e + "0m @job(name=\"DataJob\")\n"
                        + "  " + e + "1;34m|" + e + "0m           " + e + "1;31m^^^^^^^^^" + e + "0m\n"
                        + "  " + e + "1;34m|" + e + "0m\n"
                        + "  " + e + "1m= help:" + e + "0m rename it to 'data_job'\n"
                        + "\n"
                        + e + "1msrc/jobs.py:5:5" + e + "0m: " + e + "1;33mwarning" + e + "0m " + e + "1mDEF003" + e
                        + "0m op 'data_job' is not used\n"
                        + "  " + e + "1;34m|" + e + "0m\n"
                        + e + "1;34m5 |" + e + "0m def data_job():\n"
                        + "  " + e + "1;34m|" + e + "0m     " + e + "1;33m^^^^^^^^" + e + "0m\n"
                        + "  " + e + "1;34m|" + e + "0m\n"
                        + "\n"
                        + "Found 2 problems (1 error, 1 warning, 0 notes) in 1 file.\n",
                Samples.render(new TextReporter(TextReporter.Style.COLOUR), run(List.of(NAM001, warning))));
    }

    @Test
    void aRulesClosingReasonIsGivenOnceNotOnEveryFinding() throws IOException {
        write("src/jobs.py", JOBS);
        String reason = "; the guide names jobs, ops and their schedules in snake_case";
        List<Finding> findings = List.of(
                new Finding("NAM001", Severity.ERROR, "job 'DataJob' is not snake_case" + reason, "src/jobs.py",
                        new Span(0, 0, 0, 0), "DataJob", null),
                new Finding("NAM002", Severity.ERROR, "op 'CleanOp' is not snake_case" + reason, "src/jobs.py",
                        new Span(0, 0, 0, 0), "CleanOp", null),
                new Finding("NAM001", Severity.ERROR, "job 'OtherJob' is not snake_case" + reason, "src/jobs.py",
                        new Span(0, 0, 0, 0), "OtherJob", null),
                new Finding("NAM001", Severity.ERROR, "job 'Third' is not snake_case; a reason of its own",
                        "src/other.py", new Span(0, 0, 0, 0), "Third", null));
        assertEquals("""
                        src/jobs.py: error NAM001 job 'DataJob' is not snake_case; the guide names jobs, ops and \
                        their schedules in snake_case

                        src/jobs.py: error NAM002 op 'CleanOp' is not snake_case; the guide names jobs, ops and \
                        their schedules in snake_case

                        src/jobs.py: error NAM001 job 'OtherJob' is not snake_case

                        src/other.py: error NAM001 job 'Third' is not snake_case; a reason of its own

                        Found 4 problems (4 errors, 0 warnings, 0 notes) in 1 file.
                        """,
                Samples.render(new TextReporter(TextReporter.Style.FULL), run(findings)));
        assertEquals(4, Samples.render(new TextReporter(), run(findings)).split(reason, -1).length,
                "the one-line format keeps every message whole");
    }

    @Test
    void plainIsTheOneLineFormatWhateverTheSourceSays() throws IOException {
        write("src/jobs.py", JOBS);
        assertEquals("src/jobs.py:4:11: error NAM001 job 'DataJob' is not snake_case\n"
                        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 1 file.\n",
                Samples.render(new TextReporter(TextReporter.Style.PLAIN), run(List.of(NAM001))));
        assertEquals(Samples.render(new TextReporter(), run(List.of(NAM001))),
                Samples.render(new TextReporter(TextReporter.Style.PLAIN), run(List.of(NAM001))));
    }

    @Test
    void tabsAreWidenedAndCaretsFollowThemAndWideLineNumbersWidenTheGutter() throws IOException {
        write("src/deep.py", "\n".repeat(11) + "\tx = 1\t+ 2\n");
        Finding f = new Finding("SOC001", Severity.WARNING, "computes with '+'", "src/deep.py",
                new Span(12, 7, 12, 10), "x", null);
        assertEquals("""
                        src/deep.py:12:7: warning SOC001 computes with '+'
                           |
                        12 |     x = 1    + 2
                           |          ^^^^^^
                           |

                        Found 1 problem (0 errors, 1 warning, 0 notes) in 1 file.
                        """,
                Samples.render(new TextReporter(TextReporter.Style.FULL), run(List.of(f))));
    }

    @Test
    void aFindingOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() throws IOException {
        write("a.py", "jobs = [\n    a,\n]\n");
        Finding f = new Finding("DEF001", Severity.ERROR, "m", "a.py", new Span(1, 8, 3, 2), null, null);
        assertEquals("""
                        a.py:1:8: error DEF001 m
                          |
                        1 | jobs = [
                          |        ^
                          |

                        Found 1 problem (1 error, 0 warnings, 0 notes) in 1 file.
                        """,
                Samples.render(new TextReporter(TextReporter.Style.FULL), run(List.of(f))));
    }

    @Test
    void noSourceBlockWithoutALineAFileOrText() throws IOException {
        Files.write(root.resolve("binary.py"), new byte[] {'a', 0, 'b', '\n'});
        write("long.py", "x = '" + "y".repeat(TextReporter.MAX_SOURCE_LINE) + "'\n");
        List<Finding> findings = List.of(
                new Finding("PAR001", Severity.ERROR, "binary", "binary.py", new Span(1, 1, 1, 2), null,
                        "fix the syntax error"),
                new Finding("PAR001", Severity.ERROR, "long", "long.py", new Span(1, 1, 1, 2), null, null),
                new Finding("PAR001", Severity.ERROR, "gone", "missing.py", new Span(1, 1, 1, 2), null, null),
                new Finding("LOC001", Severity.ERROR, "whole file", "long.py", new Span(0, 0, 0, 0), null, null));
        assertEquals("""
                        binary.py:1:1: error PAR001 binary
                          = help: fix the syntax error

                        long.py: error LOC001 whole file

                        long.py:1:1: error PAR001 long

                        missing.py:1:1: error PAR001 gone

                        Found 4 problems (4 errors, 0 warnings, 0 notes) in 1 file.
                        """,
                Samples.render(new TextReporter(TextReporter.Style.FULL), new RunResult(root,
                        List.of(findings.get(0), findings.get(3), findings.get(1), findings.get(2)), Samples.RULES,
                        List.of(), "0.1.0", true, 1)));
    }

    @Test
    void controlCharactersInTheSourceLineAreEscaped() throws IOException {
        write("a.py", "x = '\u001b[2J'\n");
        Finding f = new Finding("NAM001", Severity.ERROR, "m", "a.py", new Span(1, 1, 1, 2), "x", null);
        assertEquals("a.py:1:1: error NAM001 m\n"
                        + "  |\n"
                        + "1 | x = '\\u001b[2J'\n"
                        + "  | ^\n"
                        + "  |\n"
                        + "\n"
                        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 1 file.\n",
                Samples.render(new TextReporter(TextReporter.Style.FULL), run(List.of(f))));
    }

    @Test
    void aLineHoldingACredentialFindingIsNeverShownWhetherReportedSuppressedOrInTheBaseline() throws IOException {
        write("config.py", """
                API_KEY = "AKIAIOSFODNN7EXAMPLE"
                token = get("ghp_abcdefghijklmnopqrstuvwxyz0123456789"); Job = define_asset_job("Job")
                PASSWORD = (
                    "hunter2-hunter2"
                )
                """);
        Finding reported = new Finding("SEC001", Severity.ERROR, "'API_KEY' holds a literal credential (AKIA***)",
                "config.py", new Span(1, 11, 1, 33), "API_KEY", "read it from the environment");
        Finding suppressed = new Finding("SEC001", Severity.ERROR, "'token' holds a literal credential (ghp_***)",
                "config.py", new Span(2, 13, 2, 55), "token", null);
        Finding sameLine = new Finding("NAM001", Severity.ERROR, "job 'Job' is not snake_case", "config.py",
                new Span(2, 59, 2, 75), "Job", null);
        Finding baselined = new Finding("SEC001", Severity.ERROR, "'PASSWORD' holds a literal credential (hunt***)",
                "config.py", new Span(3, 12, 5, 2), "PASSWORD", null);
        Finding belowIt = new Finding("NAM001", Severity.ERROR, "m", "config.py", new Span(4, 5, 4, 6), "p", null);
        RunResult result = new RunResult(root, List.of(reported, sameLine, belowIt), Samples.RULES, List.of(),
                "0.1.0", true, 1, List.of(suppressed), new BaselineResult(List.of(baselined), List.of()));
        String out = Samples.render(new TextReporter(TextReporter.Style.FULL), result);
        assertEquals("""
                        config.py:1:11: error SEC001 'API_KEY' holds a literal credential (AKIA***)
                          = help: read it from the environment

                        config.py:2:59: error NAM001 job 'Job' is not snake_case

                        config.py:4:5: error NAM001 m

                        Found 3 problems (3 errors, 0 warnings, 0 notes) in 1 file.
                        """, out);
    }
}
