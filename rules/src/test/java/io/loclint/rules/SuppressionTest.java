package io.loclint.rules;

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
}
