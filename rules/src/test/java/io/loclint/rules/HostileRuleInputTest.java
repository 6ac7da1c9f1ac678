package io.loclint.rules;

import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.Configurations;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    // regular-expression denial of service: each input took the square of its length (or worse) to match

    private static final int LINE = 300_000;

    @Test
    void envLineOfSpacesBetweenTwoWordsIsLinear() throws IOException {
        location("");
        Files.writeString(root.resolve(".env"), "A=x" + " ".repeat(LINE) + "y\nDB_PASSWORD=hunter2-prod-secret\n");
        assertEquals(List.of(".env:2"), findings(run(), "SEC002"));
    }

    @Test
    void tomlLineOfLettersIsLinear() throws IOException {
        location("");
        Files.writeString(root.resolve("pyproject.toml"), Files.readString(root.resolve("pyproject.toml"))
                + "a".repeat(LINE) + "\n");
        assertEquals(List.of("pyproject.toml:6"), findings(run(), "PAR001"));
    }

    @Test
    void endlessUnclosedInterpolationIsLinear() throws IOException {
        location("");
        Files.writeString(root.resolve(".env"), "DB_PASSWORD=\"" + "${".repeat(LINE / 2) + "\"\n"
                + "API_TOKEN=hunter2-prod-secret\n");
        assertEquals(List.of(".env:2"), findings(run(), "SEC002"));
    }

    @Test
    void endlessSchemeBeforeUrlCredentialsIsLinear() throws IOException {
        location("URL = \"" + "a.".repeat(LINE / 2) + "://x\"\n");
        assertEquals(List.of("loc/definitions.py:3"), findings(run(), "SEC001"));
    }

    @Test
    void helmLineOfSpacesBetweenTwoWordsIsLinear() throws IOException {
        location("");
        Files.createDirectories(root.resolve("chart/templates"));
        Files.writeString(root.resolve("chart/Chart.yaml"), "apiVersion: v2\nname: c\nversion: 1.0.0\n");
        Files.writeString(root.resolve("chart/templates/secret.yaml"), "password: x" + " ".repeat(LINE) + "y\n");
        assertEquals(List.of("chart/templates/secret.yaml:1"), findings(run(), "SEC002"));
    }

    /** {@code *a} thirty times then {@code *b}, against a name of a's: exponential for a backtracking matcher. */
    private static final String CRAFTED_GLOB = "*a".repeat(30) + "*b";
    private static final String NAME_OF_AS = "a".repeat(60) + ".py";

    @Test
    void craftedPerFileIgnoresGlobIsLinearAndIgnoresNothingItDoesNotMatch() throws IOException {
        location("");
        Files.writeString(root.resolve("pyproject.toml"), Files.readString(root.resolve("pyproject.toml"))
                + "[tool.loclint.per-file-ignores]\n\"" + CRAFTED_GLOB + "\" = [\"SEC\"]\n");
        Files.writeString(root.resolve("loc/" + NAME_OF_AS), "TOKEN = \"" + AWS_KEY + "\"\n");
        assertEquals(List.of("loc/" + NAME_OF_AS + ":1", "loc/definitions.py:2"), findings(run(), "SEC001"));
    }

    @Test
    void craftedGitignoreLineIsLinear() throws IOException {
        location("");
        Files.writeString(root.resolve(".gitignore"), CRAFTED_GLOB + "\n");
        Files.writeString(root.resolve("loc/" + NAME_OF_AS), "TOKEN = \"" + AWS_KEY + "\"\n");
        assertEquals(List.of("loc/" + NAME_OF_AS + ":1", "loc/definitions.py:2"), findings(run(), "SEC001"));
    }

    @Test
    void nestedVersionTagPatternIsLinear() throws IOException {
        String job = "a".repeat(5_000) + "_v2x";
        location("@dg.job\ndef " + job + "():\n    pass\n");
        Files.writeString(root.resolve("pyproject.toml"), Files.readString(root.resolve("pyproject.toml"))
                + "[tool.loclint.options]\nversion-tag-pattern = \"^(?<base>(.*)*(.*)*.*)_ver_(?<version>[0-9]+)$\"\n");
        assertEquals(List.of("loc/definitions.py:3"), findings(run(), "VER001"));
    }

    /** Each job was compared with every registered one: 20,000 jobs took over two minutes. */
    @Test
    void manyVersionsOfOneJobAreLinear() throws IOException {
        int versions = 20_000;
        StringBuilder jobs = new StringBuilder("@dg.op\ndef step():\n    pass\n");
        StringBuilder registered = new StringBuilder();
        for (int v = 1; v <= versions; v++) {
            jobs.append("@dg.job\ndef x_ver_").append(v).append("():\n    step()\n");
            registered.append("x_ver_").append(v).append(',');
        }
        location(jobs + "everything = dg.Definitions(jobs=[" + registered + "])\n");
        RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> FixtureRun.run(root));
        assertTrue(result.successful());
        assertEquals(versions - 1, findings(result, "VER002").size());
    }

    @Test
    void longCapitalRunInANameIsLinear() {
        int length = 200_000;
        String suggestion = assertTimeoutPreemptively(HANG_GUARD, () -> Naming.toSnakeCase("A".repeat(length) + "b"));
        assertEquals("a".repeat(length - 1) + "_ab", suggestion);
    }

    // one redaction for every message: a credential is masked wherever a rule happens to quote it

    private static final String GITHUB_TOKEN = "ghp_" + "aB3".repeat(12);

    @Test
    void opNameHoldingAGithubTokenIsMaskedAsSec001MasksIt() throws IOException {
        location("@dg.op(name=\"" + GITHUB_TOKEN + "\")\ndef step():\n    pass\n");
        RunResult result = run();
        Finding naming = result.findings().stream().filter(f -> f.code().equals("NAM002")).findFirst().orElseThrow();
        assertEquals("op 'ghp_***' is not snake_case; the guide names jobs, ops and their schedules in snake_case",
                naming.message());
        assertEquals("op:ghp_***", naming.symbol());
        assertEquals("rename it in snake_case, without the credential it holds", naming.hint());
        assertEquals(List.of("loc/definitions.py:2"), findings(result, "SEC001").subList(0, 1));
        assertTrue(result.findings().stream().noneMatch(f -> (f.message() + f.symbol() + f.hint())
                .contains(GITHUB_TOKEN.substring(4))), result.findings().toString());
    }

    @Test
    void redactionMasksEveryKnownFormatAndAUrlsPasswordOnly() {
        CredentialRedaction redaction = new CredentialRedaction();
        assertEquals("key AKIA*** and token ghp_*** here",
                redaction.redact("key " + AWS_KEY + " and token " + GITHUB_TOKEN + " here"));
        assertEquals("see https://user:hunt***@db.example.com/x",
                redaction.redact("see https://user:hunter2-prod-secret@db.example.com/x"));
        assertEquals("nothing to hide", redaction.redact("nothing to hide"));
    }

    /** A NUL byte in front of a secret hid the file behind a note, and the run passed. */
    @Test
    void nulByteBeforeASecretIsAFinding() throws IOException {
        location("");
        Files.writeString(root.resolve("loc/hidden.py"), "\0\nTOKEN = \"" + AWS_KEY + "\"\n");
        RunResult result = run();
        assertEquals(List.of("loc/hidden.py:1"), findings(result, "PAR001"));
        assertEquals(List.of(), result.notifications());
    }

    @Test
    void configurationErrorQuotingATokenMasksIt() throws IOException {
        location("");
        Files.writeString(root.resolve("loclint.toml"), "select = [\"" + GITHUB_TOKEN + "\"]\n");
        ConfigException error = assertThrows(ConfigException.class,
                () -> Configurations.find(List.of(root), root, Registry.options()).forFile(root.resolve("x.py")));
        assertEquals(root.resolve("loclint.toml") + ": select has 'ghp_***', which is not a rule code or prefix"
                + " (e.g. \"DEF\", \"NAM001\", \"ALL\")", error.getMessage());
    }
}
