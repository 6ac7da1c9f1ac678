package io.loclint.rules;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs built to make a rule fail or hang (issue 14): each run must finish, every rule must succeed, and the
 * finding the input sits beside (or is) must still be reported. The time bound only guards against a hang; a
 * regression is seen first in the findings.
 */
class HostileRuleInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String AWS_KEY = "AKIAQWERTYUIOPASDFGH";

    @TempDir
    Path root;

    private void location(String definitions) throws IOException {
        Files.createDirectories(root.resolve("loc"));
        Files.writeString(root.resolve("pyproject.toml"), "[project]\nname = \"loc\"\ndependencies = [\"dagster\"]\n"
                + "[tool.dagster]\nmodule_name = \"loc.definitions\"\n");
        Files.writeString(root.resolve("loc/__init__.py"), "");
        Files.writeString(root.resolve("loc/definitions.py"), "import dagster as dg\n" + definitions
                + "KEY = \"" + AWS_KEY + "\"\ndefs = dg.Definitions()\n");
    }

    private RunResult run() {
        RunResult result = assertTimeoutPreemptively(HANG_GUARD, () -> FixtureRun.run(root));
        assertEquals(List.of(), result.notifications().stream().filter(n -> n.id().equals("rule-failed")).toList());
        assertTrue(result.successful());
        return result;
    }

    private static List<String> findings(RunResult result, String code) {
        return result.findings().stream().filter(f -> f.code().equals(code))
                .map(f -> f.path() + ":" + f.span().startLine()).toList();
    }

    /** Java's regex recursed once per header line of a PEM-like string: StackOverflowError, SEC001 off. */
    @Test
    void pemLikeStringDoesNotSwitchSec001Off() throws IOException {
        location("PEM = \"-----BEGIN RSA PRIVATE KEY-----\\n" + "A: b\\n".repeat(20_000) + "\"\n");
        RunResult result = run();
        Finding key = result.findings().stream().filter(f -> f.code().equals("SEC001")).findFirst().orElseThrow();
        assertEquals("loc/definitions.py:3", key.path() + ":" + key.span().startLine());
        assertTrue(key.message().contains("an AWS access key id ('AKIA***')"), key.message());
    }

    /** A tag-like pattern with a repeated group recursed per {@code .1}: StackOverflowError in DEP001 and SEC002. */
    @Test
    void endlessGitRefDoesNotSwitchDep001OrSec002Off() throws IOException {
        location("");
        String ref = "1" + ".1".repeat(40_000) + "-" + ".1".repeat(40_000) + "!";
        Files.writeString(root.resolve("pyproject.toml"), "[project]\nname = \"loc\"\ndependencies = [\"dagster\","
                + " \"foo @ git+https://x:hunter2secretword@example.com/x/foo.git@" + ref + "\"]\n"
                + "[tool.dagster]\nmodule_name = \"loc.definitions\"\n");
        Files.writeString(root.resolve("requirements.txt"), "bar @ git+https://example.com/x/bar.git@" + ref + "\n");
        RunResult result = run();
        assertEquals(List.of("pyproject.toml:3", "requirements.txt:1"), findings(result, "DEP001"));
        assertEquals(List.of("pyproject.toml:3"), findings(result, "SEC002"));
        assertEquals(List.of("loc/definitions.py:2"), findings(result, "SEC001"));
    }
}
