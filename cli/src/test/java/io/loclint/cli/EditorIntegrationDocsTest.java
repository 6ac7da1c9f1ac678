package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the README tells editors and pre-commit to use must fit what loclint prints. */
class EditorIntegrationDocsTest {
    private static Path root() {
        return Path.of(System.getProperty("loclint.root.dir", ".."));
    }

    @Test
    void theVsCodeProblemMatcherReadsEveryTextFinding() throws IOException {
        String readme = Files.readString(root().resolve("README.md"));
        Matcher json = Pattern.compile("\"regexp\": \"(.+)\",").matcher(readme);
        assertTrue(json.find(), "README has a problem matcher");
        Pattern matcher = Pattern.compile(json.group(1).replace("\\\\", "\\"));
        Pattern jetbrains = Pattern.compile("^(?<path>[^:]+):(?<line>[0-9]+):(?<column>[0-9]+): .*");
        assertTrue(readme.contains("`$FILE_PATH$:$LINE$:$COLUMN$: .*`"));

        CliTest.Run run = CliTest.run("check", "--fail-on", "never", CliTest.fixture("naming"));
        List<String> findings = run.out().lines().filter(l -> !l.startsWith("Found ")).toList();
        assertFalse(findings.isEmpty());
        for (String line : findings) {
            Matcher m = matcher.matcher(line);
            assertTrue(m.matches(), line);
            assertTrue(Files.isRegularFile(Path.of(CliTest.fixture("naming")).resolve(m.group(1))), line);
            assertTrue(m.group(5).matches("[A-Z]{3}[0-9]{3}"), line);
            assertTrue(jetbrains.matcher(line).matches(), line);
        }
    }

    @Test
    void preCommitHookRunsCheckOnPrePushWithoutFilenames() throws IOException {
        List<Map<String, Object>> hooks = new Yaml().load(Files.readString(root().resolve(".pre-commit-hooks.yaml")));
        assertEquals(1, hooks.size());
        Map<String, Object> hook = hooks.get(0);
        assertEquals("loclint", hook.get("id"));
        assertEquals("loclint check", hook.get("entry"));
        assertEquals("system", hook.get("language"));
        assertEquals(List.of("pre-push"), hook.get("stages"));
        assertEquals(false, hook.get("pass_filenames"));
    }
}
