package io.loclint.cli;

import io.loclint.engine.config.Configurations;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A rule that fails makes the run fail (exit 3) whatever --fail-on says: a crafted file may not switch it off. */
class RuleFailureExitTest {
    @TempDir
    Path root;

    private RunResult runWithFailingRule() throws IOException {
        Files.writeString(root.resolve("values.yaml"), "image: x\n");
        return LintRun.linter(List.of(new DebugTest.AlwaysThrows()), Configurations.of(LoclintConfig.defaults()), null)
                .run(root, List.of(root));
    }

    @Test
    void aFailedRuleExitsThreeAtEveryThreshold() throws IOException {
        RunResult result = runWithFailingRule();
        assertFalse(result.successful());
        assertEquals(List.of(), result.findings());
        for (CheckCommand.FailOn failOn : CheckCommand.FailOn.values()) {
            assertEquals(ExitCodes.INTERNAL, CheckCommand.exitCode(result, failOn), failOn.name());
        }
    }

    @Test
    void theFailedRuleIsNamedInOneLine() throws IOException {
        assertEquals("rule TST900 failed: IllegalStateException", LintRun.incomplete(runWithFailingRule()));
    }

    @Test
    void aCompleteRunIsNotIncomplete() throws IOException {
        Files.writeString(root.resolve("values.yaml"), "image: x\n");
        RunResult result = LintRun.linter(List.of(), Configurations.of(LoclintConfig.defaults()), null)
                .run(root, List.of(root));
        assertNull(LintRun.incomplete(result));
        assertEquals(ExitCodes.CLEAN, CheckCommand.exitCode(result, CheckCommand.FailOn.note));
    }
}
