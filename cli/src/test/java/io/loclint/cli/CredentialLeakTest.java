package io.loclint.cli;

import io.loclint.engine.testing.FixtureAssert;
import io.loclint.reports.Reporters;
import io.loclint.reports.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The credential fixture through the CLI in every output format: no planted secret, nor any 8-character piece of
 * one, may appear in a report, on stdout or on stderr.
 */
class CredentialLeakTest {
    /** Every fake credential planted in testdata/credentials, in one place. For URLs, the secret part only. */
    static final List<String> PLANTED = List.of(
            // Dockerfile
            "DockerEnvS3cretValue",
            "DockerArgT0kenValue",
            "DockerRunPassw0rd",
            // deploy/chart/templates/secret-env.yaml
            "TemplateLiteralPassw0rd",
            "TemplateDefaultT0ken",
            "xoxb-123456789012-123456789012-TemplateSlackTok",
            // src/vault_sync/resources.py
            "Tr0ub4dor&3-vault",
            "k3y-Ann0tated-991",
            "AKIA2LOCLINT7FIXTURE",
            "T0LCLNT01/B0LCLNT01/L0c1intFixtureModule0",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYq9Lint0Sec",
            "Environ-Set-Tok-44",
            "Attr-Api-Key-5521",
            "Class-Field-Tok-77",
            "Param-Default-Pw1",
            "Kw-Arg-Passw0rd",
            "-Fstr-Literal-8",
            "Env-Fallback-Pw3",
            "Return-Dict-Secret9",
            "Doc-Example-Pw",
            // src/vault_sync/settings.py
            "hunter2pass",
            "Nested-Class-Pw-83",
            "Multi-Line-Return-Pw7",
            "Yielded-Dict-Key-31",
            "Tuple-Bound-Pw-52",
            "Walrus-Bound-Tok-6",
            "Lambda-Default-S3c",
            "Class-Header-Key-2",
            // tests/test_resources.py
            "ghp_L0c1intFixture0nlyNotARealToken00000",
            "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAidmF1bHQtc3luYyIsICJpc3MiOiAibG9jbGludC1maXh0dXJlIn0"
                    + ".c2lnbmF0dXJlLW9mLWEtZml4dHVyZS1vbmx5",
            "MIIEowIBAAKCAQEAl0c1intFixtureOnlyNotARealKeyAAAAAAAAAAAAAAAAAAA",
            "Hdr-Bearer-Tok-62",
            "ghs_L0c1intFixture0nlyNotARealToken11111",
            // pyproject.toml, requirements.txt
            "Git-Src-Passw0rd",
            "Uv-Index-Passw0rd",
            "Poetry-Src-Pw5x",
            "Toml-Table-Tok-19",
            "Req-Pa55word-9",
            // config/warehouse.toml, requirements-dev.txt
            "Quoted-Key-Pw-4411",
            "Dotted-Key-Pw-4412",
            "Array-Elem-Pw-4413",
            "Inline-Table-Pw-4414",
            "Multi-Line-Str-Pw-4415",
            "Req-Eq-Passw0rd-4",
            "Editable-Pw-4416",
            // .env
            "DotEnv-Passw0rd-1",
            "xoxb-1029384756-5647382910-L0c1intFixtureOnly",
            "DotEnv-Url-Pw7",
            // deploy/staging.env
            "Single-Quoted-Pw-91",
            "Double-Quoted-\\\"Key\\\"-92",
            "Spaced-Unquoted-Tok-93",
            // dagster.yaml
            "Launcher-Env-Tok4",
            "Compute-Log-Sk9x",
            // deploy/chart/values.yaml
            "Helm-Values-Pw33",
            "Helm-Env-Token-81",
            "T0LCLNT02/B0LCLNT02/L0c1intFixtureValues00",
            "Redis-Url-Pw-6",
            // deploy/k8s/vault-sync.yaml
            "Manifest-Env-Pw-12",
            "TWFuaWZlc3QtRGF0YS1Ub2tlbg==",
            "ZGIudmF1bHQuaW50ZXJuYWw=",
            "Manifest-String-Data-3",
            // Dockerfile: one URL in an ARG default
            "Docker-Arg-Url-Pw29",
            // deploy/docker-compose.yml, deploy/worker.env, deploy/.env-sample
            "Compose-Default-Pw-25",
            "Redis-NoUser-Pw-26",
            "Worker-Env-Secret-23",
            "Env-Default-Pw-24",
            "Minio-Sample-Pw-22",
            // deploy/chart/values.yaml (secret-object names beside it are not secrets)
            "Cookie-Secret-Value-27",
            "Store-Secret-Key-44",
            // config/connections.yaml: not scanned, and never printed either
            "Tool-Conn-File-Pw-28",
            // deploy/.env.production
            "Env-Dot-Prod-Pw-30",
            // tests/test_weak_passwords.py
            "-Fstr-Token-31");
    private static final int PIECE = 8;
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    @Test
    void everyPlantedSecretIsInTheFixture() throws IOException {
        String all = fixtureText();
        for (String secret : PLANTED) {
            assertTrue(all.contains(secret), "not planted in testdata/credentials: " + secret);
        }
    }

    @Test
    void noOutputFormatContainsAPlantedSecret(@TempDir Path temp) throws IOException {
        List<String> formats = Reporters.names();
        assertTrue(formats.containsAll(List.of("text", "json", "sarif")), formats.toString());
        String fixture = CliTest.fixture("credentials");
        for (String format : formats) {
            Path report = temp.resolve("report." + format);
            CliTest.Run toFile = CliTest.run("check", "--format", format, "--output", report.toString(), fixture);
            assertEquals(1, toFile.exitCode(), format + ": " + toFile.err());
            String written = Files.readString(report, StandardCharsets.UTF_8);
            assertTrue(written.contains("SEC001") && written.contains("SEC002"), format + " report has no findings");
            assertNoSecret(format + " report", written);
            if (format.equals("sarif")) {
                assertEquals(List.of(), SarifSchema.validate(written), "SARIF of the credential fixture");
            }
            assertNoSecret(format + " stdout", toFile.out());
            assertNoSecret(format + " stderr", toFile.err());
            CliTest.Run toStdout = CliTest.run("check", "--format", format, fixture);
            assertTrue(toStdout.out().contains("SEC001"), format + " on stdout has no findings");
            assertNoSecret(format + " on stdout", toStdout.out());
            assertNoSecret(format + " on stderr", toStdout.err());
            CliTest.Run debug = CliTest.run("--debug", "check", "--format", format, fixture);
            assertNoSecret(format + " with --debug on stdout", debug.out());
            assertNoSecret(format + " with --debug on stderr", debug.err());
        }
        for (String code : List.of("SEC001", "SEC002")) {
            CliTest.Run explain = CliTest.run("explain", code);
            assertEquals(0, explain.exitCode(), explain.err());
            assertNoSecret("explain " + code, explain.out());
        }
    }

    @Test
    void theCheckItselfCatchesALeak() {
        String leaked = "message ... 'Helm-Val***' and more";
        assertFalse(leaks(leaked).isEmpty(), "an 8-character piece of a secret must count as a leak");
        assertTrue(leaks("'Helm***'").isEmpty());
        assertFalse(leaks("{\"m\": \"Tr0ub4dor\\u00263-vault\"}").isEmpty(), "JSON escapes must not hide a leak");
    }

    private static void assertNoSecret(String where, String output) {
        List<String> found = leaks(output);
        if (!found.isEmpty()) {
            fail(where + " leaks planted credentials: " + found);
        }
    }

    /** The planted secrets an output shows whole or in part, after undoing JSON escapes. */
    static List<String> leaks(String output) {
        String text = unescape(output);
        List<String> found = new ArrayList<>();
        for (String secret : PLANTED) {
            for (int i = 0; i + PIECE <= secret.length(); i++) {
                String piece = secret.substring(i, i + PIECE);
                if (text.contains(piece)) {
                    found.add(secret.substring(0, 4) + "... (piece '" + piece.substring(0, 4) + "...')");
                    break;
                }
            }
        }
        return found;
    }

    private static String unescape(String output) {
        Matcher m = UNICODE_ESCAPE.matcher(output.replace("\\/", "/"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString().replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String fixtureText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(FixtureAssert.testdata().resolve("credentials"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
