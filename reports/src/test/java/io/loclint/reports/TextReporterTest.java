package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextReporterTest {

    private final TextReporter reporter = new TextReporter();

    @Test
    void representativeRunMatchesTheGoldenFile() {
        Golden.assertMatches("representative.txt", Samples.render(reporter, Samples.representative()));
    }

    @Test
    void findingLineHasTheProblemMatcherShape() {
        Finding f = new Finding("NAM001", Severity.ERROR, "job 'DataJob' is not snake_case", "src/jobs.py",
                new Span(12, 5, 12, 12), "DataJob", "rename it");
        assertEquals("src/jobs.py:12:5: error NAM001 job 'DataJob' is not snake_case\n"
                        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 1 file.\n",
                Samples.render(reporter, Samples.withFindings(List.of(f), 1)));
    }

    @Test
    void noProblems() {
        assertEquals("No problems found in 12 files.\n", Samples.render(reporter, Samples.withFindings(List.of(), 12)));
        assertEquals("No problems found in 1 file.\n", Samples.render(reporter, Samples.withFindings(List.of(), 1)));
        assertEquals("No problems found in 0 files.\n", Samples.render(reporter, Samples.withFindings(List.of(), 0)));
    }

    @Test
    void summaryPluralisation() {
        List<Finding> findings = List.of(
                Samples.finding("NAM001", Severity.ERROR, "a.py", 1, "A"),
                Samples.finding("DEF003", Severity.WARNING, "a.py", 2, "b"),
                Samples.finding("DEF003", Severity.WARNING, "a.py", 3, "c"));
        String out = Samples.render(reporter, Samples.withFindings(findings, 12));
        assertEquals("Found 3 problems (1 error, 2 warnings, 0 notes) in 12 files.", lastLine(out));

        findings = List.of(Samples.finding("TST002", Severity.NOTE, "a.py", 1, "j"),
                Samples.finding("TST002", Severity.NOTE, "b.py", 1, "k"));
        out = Samples.render(reporter, Samples.withFindings(findings, 2));
        assertEquals("Found 2 problems (0 errors, 0 warnings, 2 notes) in 2 files.", lastLine(out));

        findings = List.of(Samples.finding("DEF003", Severity.WARNING, "a.py", 1, "j"));
        out = Samples.render(reporter, Samples.withFindings(findings, 1));
        assertEquals("Found 1 problem (0 errors, 1 warning, 0 notes) in 1 file.", lastLine(out));
    }

    @Test
    void multiLineMessagesStayOnOneLineAndUnknownPositionsAreLeftOut() {
        List<Finding> findings = List.of(
                new Finding("PAR001", Severity.ERROR, "cannot parse:\nunexpected token", "a.toml",
                        new Span(0, 0, 0, 0), null, null),
                new Finding("PAR001", Severity.ERROR, "bad", "b.toml", new Span(4, 0, 0, 0), null, null));
        assertEquals("a.toml: error PAR001 cannot parse: unexpected token\n"
                        + "b.toml:4: error PAR001 bad\n"
                        + "Found 2 problems (2 errors, 0 warnings, 0 notes) in 2 files.\n",
                Samples.render(reporter, Samples.withFindings(findings, 2)));
    }

    @Test
    void failedRunSaysSoAfterTheSummary() {
        RunResult failed = new RunResult(Samples.ROOT, List.of(), Samples.RULES,
                List.of(new ToolNotification("rule-failed", "error", "rule DEF003 threw NullPointerException", null)),
                "0.1.0", false, 3);
        assertEquals("loclint: error: rule DEF003 threw NullPointerException [rule-failed]\n"
                        + "No problems found in 3 files.\n"
                        + "The run did not complete successfully; the findings above may be incomplete.\n",
                Samples.render(reporter, failed));
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\n");
        return lines[lines.length - 1];
    }
}
