package io.loclint.rules;

import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseFailureRuleTest {
    @Test
    void binaryPythonFileIsSkippedWithANote() {
        RunResult result = FixtureRun.run(FixtureRun.fixture("bad-input"));
        ToolNotification note = result.notifications().stream()
                .filter(n -> "parse-failures/src/parse_failures/binary.py".equals(n.path()))
                .findFirst().orElseThrow(() -> new AssertionError("no note for binary.py: " + result.notifications()));
        assertEquals("binary-file", note.id());
        assertTrue(result.successful());
    }
}
