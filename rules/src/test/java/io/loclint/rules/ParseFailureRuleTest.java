package io.loclint.rules;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseFailureRuleTest {
    /** A NUL byte put in front of a secret must not hide the file: it could not be analysed, which fails the run. */
    @Test
    void binaryPythonFileIsAFindingNotANote() {
        RunResult result = FixtureRun.run(FixtureRun.fixture("bad-input"));
        Finding finding = result.findings().stream()
                .filter(f -> "parse-failures/src/parse_failures/binary.py".equals(f.path()))
                .findFirst().orElseThrow(() -> new AssertionError("no finding for binary.py: " + result.findings()));
        assertEquals("PAR001", finding.code());
        assertEquals("Python file could not be parsed: its content is binary (a NUL byte in the first 8 KB)",
                finding.message());
        assertEquals(List.of(), result.notifications().stream()
                .filter(n -> "parse-failures/src/parse_failures/binary.py".equals(n.path())).toList());
        assertTrue(result.successful());
    }
}
