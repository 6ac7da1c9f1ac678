package io.loclint.engine;

import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.ToolNotification;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.engine.rule.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class LinterRuleFailureTest {
    static final IllegalStateException THROWN = new IllegalStateException("rule bug");

    @RuleInfo(code = "TST900", name = "always-throws", severity = Severity.ERROR, guide = "0",
            summary = "Throws on every file.", tags = "test")
    static final class AlwaysThrows implements ElementRule<ParsedFile> {
        @Override
        public Class<ParsedFile> elementType() {
            return ParsedFile.class;
        }

        @Override
        public void check(ParsedFile element, RuleContext context) {
            throw THROWN;
        }
    }

    @Test
    void aRuleThatThrowsIsNotedInOneLineAndItsExceptionHandedToTheListener(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("values.yaml"), "image: x\n");
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        RunResult result = new Linter(List.of(new AlwaysThrows()), List.of(), "test")
                .reportingRuleFailuresTo(failures::put)
                .run(root, List.of(root));
        assertEquals(List.of(new ToolNotification("rule-failed", "error",
                "rule TST900 failed: IllegalStateException", null)), result.notifications());
        assertFalse(result.successful());
        assertEquals(List.of("TST900"), List.copyOf(failures.keySet()));
        assertSame(THROWN, failures.get("TST900"));
    }
}
