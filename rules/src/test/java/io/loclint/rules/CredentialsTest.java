package io.loclint.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import com.google.re2j.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialsTest {
    private static final Credentials C = Credentials.DEFAULT;

    @ParameterizedTest
    @ValueSource(strings = {"password", "db_password", "DB_PASSWORD", "dbPassword", "db-password", "passwd", "pwd",
            "DB_PASS", "token", "GITHUB_TOKEN", "authToken", "secret", "client_secret", "client-secret",
            "clientSecret", "api_key", "apiKey", "API-KEY", "apikey", "access_key", "secret_key",
            "aws_secret_access_key", "awsSecretAccessKey", "AWS_SECRET_ACCESS_KEY", "private_key", "privateKey",
            "auth", "basic_auth", "self.api_key", "cfg.password", "password2", "api_key_b64", "token_value",
            "SLACK_BOT_TOKEN", "postgresqlPassword", "signing_key", "credentials", "passphrase"})
    void secretLikeNames(String name) {
        assertTrue(C.isSecretName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"__author__", "author", "primary_key", "partition_key", "key", "cache_key",
            "tokenizer", "token_url", "token_uri", "password_field", "password_file", "secret_name", "secretName",
            "secret_path", "token_env", "auth_type", "auth_mode", "authority", "max_tokens", "num_tokens",
            "secretKeyRef", "existingSecret", "next_token", "nextPageToken", "page_token",
            "continuation_token", "passthrough", "compass", "bypass_cache", "keyword", "name", "value",
            "url", "username", "user", "host", "tokens_per_batch", "password_hash_algorithm", ""})
    void namesThatAreNotSecrets(String name) {
        assertFalse(C.isSecretName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "changeme", "CHANGEME", "example", "<password>", "<your-token>", "***", "xxx",
            "XXXXXXXX", "${DB_PASSWORD}", "$DB_PASSWORD", "{{ .Values.db.password }}", "%(password)s", "{password}",
            "Bearer {token}", "Bearer ${TOKEN}", "${USER}:${PASS}", "your-api-key-here", "yourpassword",
            "dummy-api-key", "dummy", "none", "null", "None", "...", "REDACTED", "true", "off", "change-me",
            "placeholder", "example-token", "JWT {token}", "somevalue", "some_value", "generateme", "generate-me",
            "-----BEGIN PRIVATE KEY-----\ntest\n-----END PRIVATE KEY-----", "${secret:vault/db#password}",
            "AKIAIOSFODNN7EXAMPLE", "t", "x", "[USE_EXISTING]", "[HIDDEN]",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "Key {api_key}", "replace-with-long-random-secret",
            "REPLACE_THIS", "replace with your token", "LS...", "LS0tLS1CRUdJTiBSU0E…", "sk-ant-", "pa-", "ghp_",
            "sk-proj-"})
    void placeholders(String value) {
        assertTrue(Credentials.isPlaceholder(value), value);
        assertFalse(C.isCredentialValue(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hunter2", "Tr0ub4dor&3", "s3cr3t-Pr0d", "wJalrXUtnFEMI/K7MDENG/bPxRfiCY",
            "Basic dXNlcjpwYXNzd29yZA==", "xTestAb9Q", "EXAMPLE7EXAMPLE7", "1234", "pass", "postgres", "secret",
            "test_password", "admin", "password", "test-api-key", "{user}_Pr0d_S3cret", "fake_token", "pw", "abc", "bar", "minioadmin",
            "test_key", "KEY_ROTATION_2024", "replacement-Pw-9", "Key Pr0d-S3cret", "Pr0d...S3cret", "[hunter2]", "[Pr0d-S3cret]",
            "SECRET_KEY = \"Sup3r-Lit\"\n", "A = ${a}\nSECRET_KEY = 'Sup3r-Lit'", "DB_PASSWORD = ${PW:-Sup3r-Lit}",
            "sk-ant-api03-Qx7Lp2", "Pr0d-", "sqlite://admin:hunter2@db", "120/minutes-Pr0d", "12345"})
    void credentialValues(String value) {
        assertTrue(C.isCredentialValue(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/run/secrets/db_password", "./secrets/key.pem", "~/.ssh/id_rsa", "service-account.json",
            "DB_PASSWORD", "GITHUB_TOKEN", "op://Platform/vault-sync/token", "op://Data Team/ADP SFTP/password",
            "secret.DB_PASS", "secrets.DB_PASS",
            "ref+vault://secret/data/db#password", "vault:secret/data/db#password",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf", "projects/acme/secrets/db/versions/3",
            "{name}_SFTP_PASSWORD_{env}", "_SFTP_PASSWORD_", "${PREFIX}_DB_PASSWORD", "AWS_KEY", "AWS_SECRET",
            "SSH_KEY_B64", "SECRET_KEY = \"${superset_secret_key}\"\n", "A = '{{ a }}'\n\nB_TOKEN = ${b}",
            "sqlite:///", "sqlite:///data/media.db", "sqlite+pysqlite:///:memory:", "duckdb:///warehouse.duckdb",
            "sqlite://"})
    void referencesAreNotCredentials(String value) {
        assertTrue(C.isReference(value), value);
        assertFalse(C.isCredentialValue(value), value);
    }

    @Test
    void knownFormats() {
        assertFormat(Credentials.Format.AWS_ACCESS_KEY_ID, "AKIA" + "EXAMPLE7EXAMPLE7");
        assertFormat(Credentials.Format.AWS_ACCESS_KEY_ID, "key=ASIA" + "ABCDEFGHIJKLMNOP;");
        assertFormat(Credentials.Format.PRIVATE_KEY, "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAexample0\n");
        assertFormat(Credentials.Format.PRIVATE_KEY, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA");
        assertFormat(Credentials.Format.PRIVATE_KEY, "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0B");
        assertFormat(Credentials.Format.GITHUB_TOKEN, "ghp_" + "a".repeat(36));
        assertFormat(Credentials.Format.GITHUB_TOKEN, "token gho_" + "B1".repeat(18));
        assertFormat(Credentials.Format.GITHUB_TOKEN, "ghs_" + "Z9".repeat(18));
        assertFormat(Credentials.Format.GITHUB_TOKEN, "github_pat_" + "11ABCDEFG0" + "x".repeat(60));
        assertFormat(Credentials.Format.GITLAB_TOKEN, "glpat-" + "Ab3dEf6hIj9lMn2pQr5t");
        assertFormat(Credentials.Format.SLACK_TOKEN, "xoxb-" + "1234567890-0987654321-AbCdEf");
        assertFormat(Credentials.Format.SLACK_TOKEN, "xoxa-" + "2-1234567890-AbCdEfGhIj");
        assertFormat(Credentials.Format.SLACK_WEBHOOK, "https://hooks.slack.com/services/T0000AAAA/B1111BBBB/"
                + "abcdefghij0123456789ABCD");
        assertFormat(Credentials.Format.JWT, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
                + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U");
        assertFormat(Credentials.Format.URL_CREDENTIALS, "https://deploy:S3cr3tPw@pypi.internal.example/simple");
        assertFormat(Credentials.Format.URL_CREDENTIALS, "postgresql://dagster:hunter2@db:5432/dagster");
        assertFormat(Credentials.Format.URL_CREDENTIALS, "https://user:abc@host/simple");
        assertEquals("s3cret", C.firstFormat("redis://:s3cret@cache:6379/0").secret());
        assertFormat(Credentials.Format.PYPI_TOKEN, "pypi-AgEIcHlwaS5vcmc" + "Q".repeat(50));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIA1234", "AKIAEXAMPLE7EXAMPLE7X", "-----BEGIN PRIVATE KEY-----",
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOC", "ghp_short", "my_ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "https://user:${PASSWORD}@host/simple", "https://user:<password>@host", "https://user:***@host",
            "postgresql://{user}:{password}@{host}/db", "http://localhost:8080/path@x",
            "git+ssh://git@github.com:org/repo.git", "https://github.com/org/repo.git@v1.2.0",
            "eyJhbGciOiJIUzI1NiJ9", "the tokenizer", "xoxb-1", "xoxb-test-token", "xoxp-not-a-real-token", "export KEY_ID=AKIAIOSFODNN7EXAMPLE",
            "redis://:@cache:6379/0"})
    void notKnownFormats(String text) {
        assertNull(C.firstFormat(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordSecret=orders-db", "secret=op-connect-tls", "extraEnvVarsSecret=giga-secrets",
            "nginx.ingress.kubernetes.io/auth-secret=basic-auth", "tls_secret=vault.tls-2024",
            "cert-manager.io/inject-ca-from-secret=cert-manager/cert-manager-webhook-ca"})
    void keysEndingInSecretThatNameAnObject(String pair) {
        String[] keyValue = pair.split("=", 2);
        assertTrue(Credentials.namesSecretObject(keyValue[0], keyValue[1]), pair);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clientSecret=8f3a9c0d77e1b2", "cookieSecret=Cookie-Secret-Value", "secret=hunter2",
            "secret=s3cr3t-pr0d", "secret=prod/s3cr3t-pr0d", "password=orders-db", "apiSecret=aGVsbG8=", "secretName=db-creds"})
    void keysThatDoNotNameASecretObject(String pair) {
        String[] keyValue = pair.split("=", 2);
        assertFalse(Credentials.namesSecretObject(keyValue[0], keyValue[1]), pair);
    }

    @Test
    void shellDefaultsAreTheValueInUse() {
        assertEquals("postgres", Credentials.interpolationDefault("${DB_PASSWORD:-postgres}"));
        assertEquals("admin", Credentials.interpolationDefault("${ADMIN_PASSWORD-admin}"));
        assertEquals("hunter2", Credentials.interpolationDefault(" ${PW:=hunter2} "));
        assertEquals("", Credentials.interpolationDefault("${PW:-}"));
        assertNull(Credentials.interpolationDefault("${PW:?PW must be set}"));
        assertNull(Credentials.interpolationDefault("${PW}"));
        assertNull(Credentials.interpolationDefault("prefix-${PW:-x}"));
        assertNull(Credentials.interpolationDefault(null));
    }

    @Test
    void allowListAndExtraWords() {
        Credentials configured = C.with(List.of("pin"), List.of(Pattern.compile("^hunter2$")));
        assertTrue(configured.isSecretName("card_pin"));
        assertFalse(C.isSecretName("card_pin"));
        assertFalse(configured.isCredentialValue("hunter2"));
        assertTrue(configured.isCredentialValue("hunter3"));
        assertNull(configured.firstFormat("https://u:hunter2@host/simple"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"120/minute", "600/minute", "10 per second", "5/s", "1000/day", "2.5/hours"})
    void rateLimitsAreNotCredentials(String value) {
        assertFalse(C.isCredentialValue(value), value);
        assertFalse(C.isLiteralCredential("DEFAULT_RATE_LIMIT_API_KEY", value), value);
    }

    @Test
    void symbolsNeverHoldTheSecret() {
        String token = "ghp_" + "Q7".repeat(18);
        Credentials.FormatMatch match = C.firstFormat(token);
        String symbol = Credentials.symbol(match, token);
        assertTrue(symbol.matches("github-token:[0-9a-f]{12}"), symbol);
        String url = "https://deploy:S3cr3tPw@pypi.internal/simple";
        String urlSymbol = Credentials.symbol(C.firstFormat(url), url);
        assertEquals("url-credentials:https://pypi.internal/simple", urlSymbol);
        assertEquals("S3cr3tPw", C.firstFormat(url).secret());
    }

    @Test
    void wordsAndEnvironmentNames() {
        assertEquals(List.of("aws", "secret", "access", "key"), Credentials.words("awsSecretAccessKey"));
        assertEquals(List.of("author"), Credentials.words("__author__"));
        assertEquals("API_KEY", Credentials.environmentName("self.apiKey"));
        assertEquals("CLIENT_SECRET", Credentials.environmentName("client-secret"));
    }

    @Test
    void redaction() {
        assertEquals("hunt***", Redaction.redact("hunter2-prod-secret"));
        assertEquals("hun***", Redaction.redact("hunter2-prod"));
        assertEquals("***", Redaction.redact("abc"));
        assertEquals("***", Redaction.redact(""));
        assertEquals("***", Redaction.redact(null));
        assertEquals("AKIA***", Redaction.redact("AKIA" + "EXAMPLE7EXAMPLE7"));
        assertEquals("-----BEGIN".substring(0, 4) + "***", Redaction.redact("-----BEGIN RSA PRIVATE KEY-----"));
        assertEquals("ab***", Redaction.redact("ab\ncdefghijkl"));
        assertEquals("***", Redaction.redact("'abcdefghijklmnop"));
        for (String s : List.of("x", "xy", "secret", "longer-secret-value-here")) {
            String r = Redaction.redact(s);
            assertTrue(r.length() - 3 <= 4 && r.length() - 3 <= s.length() / 4, r);
        }
    }

    private static void assertFormat(Credentials.Format expected, String text) {
        Credentials.FormatMatch match = C.firstFormat(text);
        assertNotNull(match, text);
        assertEquals(expected, match.format(), text);
    }
}
