package io.loclint.rules;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuppressionTest {
    @Test
    void suppressedFindingsAreKeptAside() {
        RunResult result = FixtureRun.run(FixtureRun.fixture("suppressions"));
        List<String> suppressed = result.suppressed().stream()
                .map(f -> f.path() + ":" + f.span().startLine() + ":" + f.code()).toList();
        assertEquals(List.of(
                "pyproject.toml:6:DEP001",
                "suppression_examples/jobs.py:10:NAM002",
                "suppression_examples/jobs.py:15:DEF002",
                "suppression_examples/jobs.py:15:NAM001",
                "suppression_examples/jobs.py:21:TST002"), suppressed);
    }

    /**
     * Each unused code and each comment naming no code is a SUP001 at the directive; an unused code's fix removes
     * it, or the whole directive when none of its codes is used, and keeps a comment that follows it.
     */
    @Test
    void uselessSuppressionsAreReportedWithTheirFixes() {
        RunResult result = FixtureRun.run(FixtureRun.fixture("suppressions"));
        List<String> reported = result.findings().stream().filter(f -> f.code().equals("SUP001"))
                .map(SuppressionTest::describe).toList();
        assertEquals(List.of(
                "deploy/values.yaml:1:1-1:26 'loclint: ignore[PAR001]' suppresses nothing: no PAR001 finding on"
                        + " line 2 | fix: remove the unused suppression [Span[startLine=1, startColumn=1, endLine=1,"
                        + " endColumn=28] -> '']",
                "deploy/values.yaml:2:1-2:20 '# loclint: ignore' names no code, so it suppresses nothing: write the"
                        + " codes to suppress in brackets, as in '# loclint: ignore[CODE]' | hint: name the codes of"
                        + " the findings on line 3 ('loclint check --add-suppressions' writes them), or remove the"
                        + " comment",
                "deploy/values.yaml:5:17-5:42 'loclint: ignore[IMG001]' suppresses nothing: no IMG001 finding on"
                        + " line 5 | fix: remove the unused suppression [Span[startLine=5, startColumn=17, endLine=5,"
                        + " endColumn=44] -> '']",
                "pyproject.toml:2:32-2:49 '# loclint: ignore' names no code, so it suppresses nothing: write the"
                        + " codes to suppress in brackets, as in '# loclint: ignore[CODE]' | hint: name the codes of"
                        + " the findings on line 2 ('loclint check --add-suppressions' writes them), or remove the"
                        + " comment",
                "suppression_examples/jobs.py:6:16-6:33 '# loclint: ignore' names no code, so it suppresses"
                        + " nothing: write the codes to suppress in brackets, as in '# loclint: ignore[CODE]' | hint:"
                        + " name the codes of the findings on line 6 ('loclint check --add-suppressions' writes"
                        + " them), or remove the comment",
                "suppression_examples/jobs.py:21:18-21:51 'loclint: ignore[NAM001]' suppresses nothing: no NAM001"
                        + " finding on line 21 | fix: remove NAM001 from the suppression [Span[startLine=21,"
                        + " startColumn=36, endLine=21, endColumn=50] -> 'TST002']",
                "suppression_examples/jobs.py:26:6-26:39 'loclint: ignore[DEF003]' suppresses nothing: no DEF003"
                        + " finding on line 26 | fix: remove the unused suppression [Span[startLine=26, startColumn=6,"
                        + " endLine=26, endColumn=41] -> '']",
                "suppression_examples/jobs.py:26:6-26:39 'loclint: ignore[XYZ999]' suppresses nothing: no XYZ999"
                        + " finding on line 26 | fix: remove the unused suppression [Span[startLine=26, startColumn=6,"
                        + " endLine=26, endColumn=41] -> '']"), reported);
    }

    private static String describe(Finding f) {
        String where = f.path() + ":" + f.span().startLine() + ":" + f.span().startColumn() + "-"
                + f.span().endLine() + ":" + f.span().endColumn() + " " + f.message();
        if (f.fix() == null) {
            return where + " | hint: " + f.hint();
        }
        return where + " | fix: " + f.fix().description() + " " + f.fix().edits().stream()
                .map(e -> e.span() + " -> '" + e.replacement() + "'").toList();
    }
}
