package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GithubReporterTest {

    private final GithubReporter reporter = new GithubReporter();

    @Test
    void representativeRunMatchesTheGoldenFile() {
        Golden.assertMatches("representative.github.txt", Samples.render(reporter, Samples.representative()));
    }

    @Test
    void oneCommandPerFindingBySeverity() {
        List<Finding> findings = List.of(
                new Finding("NAM001", Severity.ERROR, "job 'DataJob' is not snake_case", "src/jobs.py",
                        new Span(12, 5, 12, 12), "DataJob", "rename it"),
                new Finding("NAM003", Severity.WARNING, "w", "src/jobs.py", new Span(20, 3, 22, 1), "s", null),
                new Finding("NAM004", Severity.NOTE, "n", "pyproject.toml", new Span(0, 0, 0, 0), "p", null));
        assertEquals("::error file=src/jobs.py,line=12,col=5,endLine=12,endColumn=12,title=NAM001::"
                        + "job 'DataJob' is not snake_case\n"
                        + "::warning file=src/jobs.py,line=20,endLine=22,title=NAM003::w\n"
                        + "::notice file=pyproject.toml,title=NAM004::n\n",
                Samples.render(reporter, Samples.withFindings(findings, 2)));
    }

    @Test
    void escapesTheMessageAndThePropertiesAsGithubDoes() {
        Finding f = new Finding("NAM001", Severity.ERROR, "100% <bad> & \"odd\", a: b\r\nnext | line",
                "src/a:b,c%.py", new Span(1, 1, 1, 2), "x", null);
        assertEquals("::error file=src/a%3Ab%2Cc%25.py,line=1,col=1,endLine=1,endColumn=2,title=NAM001::"
                        + "100%25 <bad> & \"odd\", a: b%0D%0Anext | line\n",
                Samples.render(reporter, Samples.withFindings(List.of(f), 1)));
    }

    @Test
    void notificationsFollowTheFindings() {
        RunResult result = new RunResult(Samples.ROOT, List.of(), Samples.RULES,
                List.of(new ToolNotification("rule-failed", "error", "rule DEF003 threw", null),
                        new ToolNotification(null, "note", "x", "a,b.py")),
                "0.1.0", false, 1);
        assertEquals("::error title=loclint rule-failed::rule DEF003 threw\n"
                        + "::notice file=a%2Cb.py,title=loclint::x\n",
                Samples.render(reporter, result));
    }
}
