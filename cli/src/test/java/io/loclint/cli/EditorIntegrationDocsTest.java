package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void preCommitHookRunsCheckOnPrePushWithoutFilenames(@TempDir Path temp) throws IOException,
            InterruptedException {
        List<Map<String, Object>> hooks = new Yaml().load(Files.readString(root().resolve(".pre-commit-hooks.yaml")));
        assertEquals(1, hooks.size());
        Map<String, Object> hook = hooks.get(0);
        assertEquals("loclint", hook.get("id"));
        assertEquals("system", hook.get("language"));
        assertEquals(List.of("pre-push"), hook.get("stages"));
        assertEquals(false, hook.get("pass_filenames"));
        // pre-commit before 3.2 knows no "pre-push" stage; it checks this key first and names the version needed
        assertEquals("3.2.0", hook.get("minimum_pre_commit_version"));
        String entry = (String) hook.get("entry");
        assertTrue(entry.startsWith("sh -c '") && entry.endsWith("' --"), entry);
        String script = entry.substring("sh -c '".length(), entry.length() - "' --".length());

        // run the entry's script with a stand-in loclint that prints its arguments
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path fake = bin.resolve("loclint");
        Files.writeString(fake, "#!/bin/sh\nprintf '[%s]' \"$@\"\n");
        fake.toFile().setExecutable(true);
        assertEquals("[check][--changed-since][abc 123]", runEntry(script, bin, "abc 123"));
        assertEquals("[check]", runEntry(script, bin, null));
        // pre-commit appends the hook's args after the entry: they must reach loclint
        assertEquals("[check][--baseline][base line.json]", runEntry(script, bin, null, "--baseline",
                "base line.json"));

        // without loclint on PATH: the one LOCLINT names, else a message saying where to get it
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(new Entry(0, "[check]"), entry(script, empty, fake.toString()));
        assertEquals(new Entry(1, "loclint was not found as loclint - put the bin/loclint of a loclint release on"
                + " PATH, or set LOCLINT to it (README, Install)\n"), entry(script, empty, null));
        assertEquals(new Entry(1, "loclint was not found as /nowhere/loclint - put the bin/loclint of a loclint"
                + " release on PATH, or set LOCLINT to it (README, Install)\n"), entry(script, bin, "/nowhere/loclint"));
    }

    private record Entry(int exitCode, String out) {
    }

    /** The entry's script with only {@code path} on PATH and LOCLINT set to {@code loclint} (unset when null). */
    private static Entry entry(String script, Path path, String loclint) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script, "--").redirectErrorStream(true);
        builder.environment().put("PATH", path.toString());
        builder.environment().remove("PRE_COMMIT_FROM_REF");
        builder.environment().remove("LOCLINT");
        if (loclint != null) {
            builder.environment().put("LOCLINT", loclint);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Entry(process.waitFor(), out);
    }

    private static String runEntry(String script, Path bin, String fromRef, String... args) throws IOException,
            InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", "-c", script, "--"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().remove("PRE_COMMIT_FROM_REF");
        builder.environment().remove("LOCLINT");
        if (fromRef != null) {
            builder.environment().put("PRE_COMMIT_FROM_REF", fromRef);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }
}
