package io.loclint.rules;

import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseFailureRuleTest {
    @Test
    void brokenFilesAreFindingsAndEveryOtherFileIsStillChecked() {
        FixtureRun.assertMatchesMarkers("bad-input", Set.of("PAR001", "NAM001", "NAM002"));
    }

    @Test
    void binaryPythonFileIsSkippedWithANote() {
        RunResult result = FixtureRun.run(FixtureRun.fixture("bad-input"));
        ToolNotification note = result.notifications().stream()
                .filter(n -> "parse-failures/src/parse_failures/binary.py".equals(n.path()))
                .findFirst().orElseThrow(() -> new AssertionError("no note for binary.py: " + result.notifications()));
        assertEquals("binary-file", note.id());
        assertTrue(result.successful());
    }

    @Test
    void validFixturesHaveNoParseFindings() {
        FixtureRun.assertMatchesMarkers("naming", Set.of("PAR001"));
        FixtureRun.assertMatchesMarkers("entry-points", Set.of("PAR001"));
        FixtureRun.assertMatchesMarkers("template-code-location", Set.of("PAR001"));
    }
}
