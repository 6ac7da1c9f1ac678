package io.loclint.cli;

import io.loclint.engine.config.Configurations;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.engine.rule.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --debug shows where a rule failed; a normal run keeps its one-line note. */
class DebugTest {
    @RuleInfo(code = "TST900", name = "always-throws", severity = Severity.ERROR, guide = "0",
            summary = "Throws on every file.", tags = "test")
    static final class AlwaysThrows implements ElementRule<ParsedFile> {
        @Override
        public Class<ParsedFile> elementType() {
            return ParsedFile.class;
        }

        @Override
        public void check(ParsedFile element, RuleContext context) {
            throw new IllegalStateException("rule bug in " + element.path());
        }
    }

    @TempDir
    Path root;

    @Test
    void debugIsSeenBeforeTheCommandOrAfterItAtAnyDepth() {
        assertTrue(debugging("--debug", "check", "."));
        assertTrue(debugging("check", "--debug", "."));
        assertTrue(debugging("baseline", "write", "--debug", "b.json"));
        assertFalse(debugging("check", "."));
        assertFalse(debugging("baseline", "write", "b.json"));
    }

    private static boolean debugging(String... args) {
        return LoclintCommand.debugging(LoclintCommand.commandLine().parseArgs(args));
    }

    @Test
    void withDebugAFailedRulesStackTraceGoesToStderr() throws IOException {
        Files.writeString(root.resolve("values.yaml"), "image: x\n");
        StringWriter err = new StringWriter();
        RunResult result = LintRun.linter(List.of(new AlwaysThrows()), Configurations.of(LoclintConfig.defaults()), new PrintWriter(err))
                .run(root, List.of(root));
        assertEquals(1, result.notifications().size());
        List<String> lines = err.toString().lines().toList();
        assertEquals("loclint: rule TST900 failed:", lines.get(0));
        assertEquals("java.lang.IllegalStateException: rule bug in values.yaml", lines.get(1));
        assertTrue(lines.get(2).startsWith("\tat io.loclint.cli.DebugTest$AlwaysThrows.check(DebugTest.java:"),
                lines.get(2));
    }

    @Test
    void withoutDebugNothingButTheRunsNote() throws IOException {
        Files.writeString(root.resolve("values.yaml"), "image: x\n");
        RunResult result = LintRun.linter(List.of(new AlwaysThrows()), Configurations.of(LoclintConfig.defaults()), null)
                .run(root, List.of(root));
        assertEquals("rule TST900 failed: IllegalStateException", result.notifications().get(0).message());
    }
}
