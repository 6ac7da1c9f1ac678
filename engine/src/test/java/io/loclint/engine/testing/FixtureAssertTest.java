package io.loclint.engine.testing;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How markers and findings of one line and code pair up; the rules module tests the harness on a real run. */
class FixtureAssertTest {
    private static final Set<String> KNOWN = Set.of("NAM001");

    @TempDir
    Path fixture;

    private static RunResult run(Path root, String... messages) {
        List<Finding> findings = Arrays.stream(messages).map(m -> new Finding("NAM001", Severity.ERROR, m,
                "jobs.py", new Span(1, 1, 1, 10), m, null)).toList();
        return new RunResult(root, findings, List.of(), List.of(), "test", true, 1);
    }

    @Test
    void aMarkerWithoutAFragmentLeavesTheFindingAFragmentNeeds() throws IOException {
        Files.writeString(fixture.resolve("jobs.py"), "a, b = JobA(), JobB()  # expect: NAM001, NAM001 \"'JobA'\"\n");
        FixtureAssert.assertFindings(run(fixture, "job 'JobA' is not snake_case", "job 'JobB' is not snake_case"),
                fixture, KNOWN);
    }

    @Test
    void twoMarkersCannotShareOneFinding() throws IOException {
        Files.writeString(fixture.resolve("jobs.py"), "a, b = JobA(), JobB()  # expect: NAM001 \"'JobA'\", NAM001 \"Job\"\n");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> FixtureAssert.assertFindings(
                run(fixture, "job 'JobA' is not snake_case"), fixture, KNOWN));
        assertEquals("findings in " + fixture.getFileName() + " differ from its # expect: markers"
                + "\n  did not see:\n    jobs.py:1: NAM001 \"Job\"", failure.getMessage());
    }
}
