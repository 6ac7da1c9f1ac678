package io.loclint.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.rule.RuleContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one credential matcher behind SEC001 (Python) and SEC002 (TOML, requirements, YAML, .env, Dockerfiles, Helm
 * templates): which names are secret-like, which strings hold a credential in a known format, and which values are
 * only placeholders. The rules hand it the names and literals the model gives them; it never reads a file.
 * Immutable; {@link #DEFAULT} is the built-in policy, {@link #with} adds the configured secret names and value
 * allow-list.
 *
 * <p>A name is split into lower-case words at {@code _}, {@code -}, {@code .}, spaces, camelCase humps and
 * letter-digit boundaries ({@code awsSecretAccessKey} → aws, secret, access, key). It is secret-like when its last
 * word is a secret word ({@code password}, {@code token} ...) or its last two words are a known compound
 * ({@code api key}, {@code access key} ...). Trailing digits and encoding words ({@code value}, {@code b64},
 * {@code raw} ...) are dropped first, so {@code password2} and {@code api_key_b64} count. Because only the end of
 * the name counts, {@code token_url}, {@code password_file}, {@code secret_name}, {@code auth_type} and
 * {@code tokenizer} are references or settings, not credentials; a name starting with {@code existing}
 * ({@code existingSecret}) names a secret object elsewhere.
 */
public final class Credentials {
    /** Secret words that make a name secret-like when they end it. */
    static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "pass", "passphrase", "secret",
            "token", "auth", "apikey", "credential", "credentials", "privatekey", "secretkey", "accesskey",
            "authtoken", "authorization");
    /** Two-word endings that are secret-like although their last word ({@code key}) alone is not. */
    static final Set<String> SECRET_COMPOUNDS = Set.of("api key", "access key", "secret key", "private key",
            "signing key", "encryption key", "master key", "account key", "client key", "app key", "auth key",
            "license key");
    /** Trailing words that say how a value is written, not what it is: {@code api_key_b64}. */
    private static final Set<String> TRANSPARENT_SUFFIXES = Set.of("value", "val", "str", "string", "b", "base",
            "base64", "hex", "raw", "encoded", "plain", "plaintext", "literal", "default");
    /** Words before {@code token} that make it a position in a listing: {@code next_token}, {@code nextPageToken}. */
    private static final Set<String> CURSOR_WORDS = Set.of("next", "prev", "previous", "page", "continuation",
            "pagination", "cursor", "resume", "sync");
    /** Leading words that make the name a reference to a secret stored elsewhere. */
    private static final Set<String> REFERENCE_PREFIXES = Set.of("existing");
    /**
     * Whole values that stand for a credential without being one, compared lower-case: the catalog's obvious
     * placeholders and instructions to replace them, and switch values ({@code auth: "true"}). A weak value that
     * works ({@code pass}, {@code secret}, {@code postgres}, {@code admin}) is not among them.
     */
    private static final Set<String> PLACEHOLDER_VALUES = Set.of("changeme", "change_me", "change-me", "changeit",
            "example", "placeholder", "redacted", "dummy", "todo", "tbd", "fixme", "none", "null", "nil",
            "undefined", "replaceme", "replace_me", "replace-me", "generateme", "generate_me", "generate-me",
            "notset", "not-set", "not_set", "unset", "n/a", "somevalue", "some-value", "some_value",
            "true", "false", "yes", "no", "on", "off");
    /** Values published as documentation examples (AWS's example key pair, jwt.io's sample token). */
    private static final Set<String> DOCUMENTED_EXAMPLES = Set.of("AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5"
                    + "MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    /**
     * A word anywhere in a value that marks it as a stand-in: {@code your-token-here}, {@code example-key}. A test's
     * {@code test_password} is not one: it works wherever the test's service runs.
     */
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("changeme", "example", "placeholder", "redacted",
            "dummy", "replaceme", "todo", "fixme");
    /** An instruction in place of the value: {@code replace-with-long-random-secret}, {@code replace_this}. */
    private static final Pattern REPLACE_INSTRUCTION = Pattern.compile("^replace[^a-z0-9]");
    /** Template and interpolation forms that stand for a value supplied elsewhere. */
    private static final Pattern INTERPOLATION = Pattern.compile(
            "\\$\\{[^}]*}|\\$\\([^)]*\\)|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*?}}|\\{[^{}]*}|%\\([^)]*\\)[sdr]|%[sdr]"
                    + "|<[^<>]*>");
    /** HTTP auth schemes written before an interpolated secret; Redash's API takes {@code Key <api key>}. */
    private static final Pattern SCHEME_WORDS = Pattern.compile("(?i)\\b(bearer|basic|token|digest|jwt|key|apikey)\\b");
    private static final Pattern MASK = Pattern.compile("^(?:\\*+|x+|X+|\\.+|#+|-+|_+|•+)$");
    /** A marker word in brackets that a tool writes where a secret is kept elsewhere: {@code [USE_EXISTING]}. */
    private static final Pattern BRACKETED_MARKER = Pattern.compile("^\\[[A-Z][A-Z0-9_ -]*]$");
    private static final Pattern ENV_NAME = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$");
    /**
     * A secret manager's or tool's own way to name a secret: 1Password's {@code op://vault/item/field}, vals'
     * {@code ref+vault://...}, bank-vaults' {@code vault:secret/data/x#key}, AWS Secrets Manager and SSM ARNs, GCP
     * Secret Manager paths, and {@code secret.DB_PASS}/{@code secrets.DB_PASS}/{@code env.DB_PASS} lookups.
     */
    private static final Pattern SECRET_REFERENCE = Pattern.compile("^(?:op://[^/]+/[^/]+/.+|ref\\+[a-z0-9]+://\\S+"
            + "|vault:[\\w/.-]+(?:#\\S+)?|arn:aws:(?:secretsmanager|ssm):\\S+|projects/[^/\\s]+/secrets/\\S+"
            + "|(?:secrets?|env|vars)\\.[A-Za-z_][A-Za-z0-9_]*)$");
    /**
     * A Kubernetes object name of word-like segments, optionally after its namespace: {@code orders-db},
     * {@code op-connect-tls}, cert-manager's {@code cert-manager/cert-manager-webhook-ca}.
     */
    private static final Pattern OBJECT_NAME = Pattern.compile(
            "^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*/)?[a-z]+[0-9]*(?:[-.](?:[a-z]+[0-9]*|[0-9]+))+$");
    /**
     * {@code NAME = "${var}"} or {@code NAME = {{ var }}}: a line of a config snippet assigning a value supplied
     * elsewhere; a shell default ({@code ${PW:-hunter2}}) or a Jinja filter supplies a literal, so neither counts.
     */
    private static final Pattern SUPPLIED_ASSIGNMENT = Pattern.compile(
            "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*=\\s*[\"']?(?:\\$\\{[A-Za-z_][A-Za-z0-9_.]*}"
                    + "|\\{\\{\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*}})[\"']?\\s*$");
    private static final Pattern DEFAULTED = Pattern.compile("^\\$\\{[A-Za-z_][A-Za-z0-9_]*:?[-=]([^}]*)}$");
    private static final Pattern PATH_LIKE = Pattern.compile(
            "^(?:~?/|\\./|\\.\\./|[A-Za-z]:\\\\)\\S*$|^\\S+\\.(?:json|pem|key|p12|pfx|crt|cer|txt|yaml|yml|toml|env)$");
    /** A local database file or in-memory database named as a URL ({@code sqlite:///data/app.db}): no one logs in. */
    private static final Pattern LOCAL_FILE_URL = Pattern.compile("^(?i:sqlite|duckdb|file)(?:\\+\\w+)?://[^\\s@]*$");
    /** A vendor's key prefix with the key left out for the user to fill in: {@code sk-ant-}, {@code ghp_}. */
    private static final Pattern BARE_KEY_PREFIX = Pattern.compile("^[a-z]{1,8}(?:[-_][a-z0-9]{1,8})*[-_]$");
    /** A request rate ({@code 120/minute}, {@code 10 per second}): what an API key's limit is set to, not the key. */
    private static final Pattern RATE = Pattern.compile(
            "^\\d+(?:\\.\\d+)?\\s*(?:/|per\\s+)\\s*(?:second|minute|hour|day|sec|min|s|m|h|d)s?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MASK_WORD = Pattern.compile("x{3,}");
    private static final Pattern ENV_NAME_PART = Pattern.compile("[A-Z0-9]*_[A-Z0-9_]*");
    private static final String SYMBOL_SALT = "loclint/credential/v1";

    /** A credential in a format known on sight. */
    public enum Format {
        AWS_ACCESS_KEY_ID("aws-access-key-id", "an AWS access key id", "A-Z0-9",
                "(?:AKIA|ASIA)[A-Z0-9]{16}", "A-Z0-9", "AKIA", "ASIA"),
        PRIVATE_KEY("private-key", "a PEM private key", null,
                "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\\s*(?:[A-Za-z0-9-]+: [^\\n]*\\s*)*"
                        + "[A-Za-z0-9+/=]{16,}", null, "PRIVATE KEY"),
        GITHUB_TOKEN("github-token", "a GitHub token", "A-Za-z0-9_",
                "(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,}", "A-Za-z0-9_",
                "gh", "github_pat_"),
        GITLAB_TOKEN("gitlab-token", "a GitLab token", "A-Za-z0-9_-", "glpat-[A-Za-z0-9_-]{20,}", null, "glpat-"),
        SLACK_TOKEN("slack-token", "a Slack token", "A-Za-z0-9", "xox[abposr]-\\d+-[A-Za-z0-9-]{8,}", null, "xox"),
        SLACK_WEBHOOK("slack-webhook", "a Slack webhook URL", null,
                "https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}", null,
                "hooks.slack.com"),
        PYPI_TOKEN("pypi-token", "a PyPI token", "A-Za-z0-9", "pypi-AgE[A-Za-z0-9_-]{50,}", null, "pypi-AgE"),
        JWT("jwt", "a JSON Web Token", "A-Za-z0-9_-",
                "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", null, "eyJ"),
        /** The whole URL; {@link #URL_PASSWORD_GROUP} is the password. */
        URL_CREDENTIALS("url-credentials", "a URL with a user name and password", null,
                "\\b[A-Za-z][A-Za-z0-9+.-]*://(?:[^\\s/:@'\"`]*):([^\\s/@'\"`]+)@[^\\s/'\"`?#]+[^\\s'\"`]*", null,
                "://");

        /** The group of {@link #pattern} that holds the credential itself; the boundaries around it are outside. */
        private static final int MATCH_GROUP = 1;
        private static final int URL_PASSWORD_GROUP = 2;

        private final String id;
        private final String description;
        /**
         * Linear-time (RE2/J): the strings searched are the checked tree's, and a backtracking matcher took the
         * square of a crafted string's length, or overflowed the stack on a long PEM-like one. RE2/J has no
         * look-around, so a character class that may not touch the credential on one side is matched as a
         * character of the other class (or the text's end) outside {@link #MATCH_GROUP}.
         */
        private final Pattern pattern;
        /** Text the pattern cannot match without: a string holding none of these skips the regex. */
        private final String[] required;

        /**
         * @param notBefore the characters (a class body, as {@code A-Z0-9}) that may not precede the credential, or
         *                  null
         * @param notAfter  the same for the character that follows it
         */
        Format(String id, String description, String notBefore, String regex, String notAfter, String... required) {
            this.id = id;
            this.description = description;
            this.pattern = Pattern.compile((notBefore == null ? "" : "(?:^|[^" + notBefore + "])") + "(" + regex + ")"
                    + (notAfter == null ? "" : "(?:[^" + notAfter + "]|$)"));
            this.required = required;
        }

        boolean mayMatch(String text) {
            for (String literal : required) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return false;
        }

        /** Stable kebab-case id, used in finding symbols. */
        public String id() {
            return id;
        }

        /** How a message names it: "an AWS access key id". */
        public String description() {
            return description;
        }
    }

    /**
     * A known-format credential inside a string.
     *
     * @param start  offset of the match in the string
     * @param end    offset just past it
     * @param secret the secret part: the whole match, or a URL's password
     */
    public record FormatMatch(Format format, int start, int end, String secret) {}

    public static final Credentials DEFAULT = new Credentials(Set.of(), List.of());

    private final Set<String> extraSecretWords;
    private final List<Pattern> allowedValuePatterns;

    private Credentials(Set<String> extraSecretWords, List<Pattern> allowedValuePatterns) {
        this.extraSecretWords = Set.copyOf(extraSecretWords);
        this.allowedValuePatterns = List.copyOf(allowedValuePatterns);
    }

    /** SEC001 and SEC002 read both; declared once here. */
    static final RuleOption<List<String>> NAMES = RuleOption.strings("credential-names",
            "more secret words, added to the built-in ones: a name whose last word is one is secret-like",
            List.of()).withExample("[\"vault_token\"]");
    static final RuleOption<List<Pattern>> ALLOW = RuleOption.patterns("credential-allow",
            "regular expressions for values that are known not to be secrets").withExample("[\"^dummy-\"]");
    static final List<RuleOption<?>> OPTIONS = List.of(NAMES, ALLOW);

    /**
     * The policy configured with {@code [tool.loclint.options]}: {@code credential-names} are more secret words,
     * {@code credential-allow} regular expressions for values that are known not to be secrets.
     */
    public Credentials with(RuleContext context) {
        return with(context.option(NAMES), context.option(ALLOW));
    }

    Credentials with(List<String> secretNames, List<Pattern> allow) {
        if (secretNames.isEmpty() && allow.isEmpty()) {
            return this;
        }
        Set<String> words = new HashSet<>(extraSecretWords);
        secretNames.forEach(w -> words.addAll(words(w)));
        List<Pattern> patterns = new ArrayList<>(allowedValuePatterns);
        patterns.addAll(allow);
        return new Credentials(words, patterns);
    }

    private boolean allowed(String value) {
        for (Pattern pattern : allowedValuePatterns) {
            if (pattern.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case words of a name: {@code awsSecretAccessKey} → [aws, secret, access, key]. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        int start = -1;
        for (int i = 0; i < name.length(); i++) {
            if (!isAsciiLetterOrDigit(name.charAt(i))) {
                if (start >= 0) {
                    words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            } else if (start < 0) {
                start = i;
            } else if (wordStartsAt(name, i)) {
                words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        if (start >= 0) {
            words.add(name.substring(start).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * Whether a new word starts at {@code i} inside a run of letters and digits: a camelCase hump ({@code aK}), the
     * last capital of an acronym before a lower-case letter ({@code HTTPServer}), or a letter-digit change.
     */
    private static boolean wordStartsAt(String name, int i) {
        char before = name.charAt(i - 1);
        char here = name.charAt(i);
        boolean next = i + 1 < name.length() && isAsciiLower(name.charAt(i + 1));
        return isAsciiLower(before) && isAsciiUpper(here)
                || isAsciiUpper(before) && isAsciiUpper(here) && next
                || isAsciiDigit(before) != isAsciiDigit(here);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c);
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a key, variable, attribute or parameter name says it holds a credential. */
    public boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        List<String> words = significantWords(name);
        if (words.isEmpty() || REFERENCE_PREFIXES.contains(words.get(0))) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (last.equals("token") && words.size() >= 2 && CURSOR_WORDS.contains(words.get(words.size() - 2))) {
            return false;
        }
        if (SECRET_WORDS.contains(last) || extraSecretWords.contains(last)) {
            return true;
        }
        return words.size() >= 2 && SECRET_COMPOUNDS.contains(words.get(words.size() - 2) + " " + last);
    }

    /** The words of a name's last dotted part, without trailing digits and encoding words. */
    private static List<String> significantWords(String name) {
        int dot = name.lastIndexOf('.');
        String local = dot >= 0 && dot < name.length() - 1 ? name.substring(dot + 1) : name;
        List<String> words = words(local);
        while (words.size() > 1 && (TRANSPARENT_SUFFIXES.contains(words.get(words.size() - 1))
                || words.get(words.size() - 1).chars().allMatch(Character::isDigit))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /**
     * Whether a key ending in {@code secret} names a Kubernetes Secret rather than holding one:
     * {@code passwordSecret: orders-db}, {@code tls.secret: op-connect-tls}, the ingress annotation
     * {@code auth-secret: basic-auth}. An object's name is lower-case words joined by {@code -} or {@code .}; a
     * secret value is one random run ({@code 8f3a9c0d77e1}) or has capitals or symbols.
     */
    public static boolean namesSecretObject(String key, String value) {
        if (key == null || value == null) {
            return false;
        }
        List<String> words = significantWords(key);
        return !words.isEmpty() && words.get(words.size() - 1).equals("secret")
                && OBJECT_NAME.matcher(value.strip()).matches();
    }

    /**
     * The literal a shell-style default supplies when the value is only {@code ${NAME:-literal}} (or {@code -},
     * {@code :=}, {@code =}); null for any other value. Docker Compose and .env files use it when the variable is
     * unset, so the literal is the credential in use.
     */
    public static String interpolationDefault(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DEFAULTED.matcher(value.strip());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Whether a literal bound to a secret-like name is a credential: not empty, not a placeholder, not a
     * reference (a file path, an environment variable's name), not a rate limit, not allow-listed.
     */
    public boolean isCredentialValue(String value) {
        return value != null && !allowed(value) && !isPlaceholder(value) && !isReference(value)
                && !RATE.matcher(value.strip()).matches();
    }

    /** Both at once: the name is secret-like and the value a credential. */
    public boolean isLiteralCredential(String name, String value) {
        return isSecretName(name) && isCredentialValue(value);
    }

    /**
     * A value that stands for a credential without being one: empty or one character, a mask ({@code ***},
     * {@code xxx}), a published documentation example ({@code AKIAIOSFODNN7EXAMPLE}), an obvious stand-in ({@code changeme},
     * {@code example}, {@code <password>}, {@code [USE_EXISTING]}, {@code your-token-here}, {@code dummy-key}), a
     * PEM envelope without a key in it, or only interpolations ({@code ${DB_PASSWORD}}, {@code {{ .Values.x }}},
     * {@code $TOKEN}, {@code %(pw)s}, {@code Bearer {token}}).
     */
    public static boolean isPlaceholder(String value) {
        if (value == null) {
            return true;
        }
        String v = value.strip();
        // one character ("x", "p") is a stand-in the way "xxx" is: nothing that guards anything is that short
        if (v.length() <= 1 || MASK.matcher(v).matches() || BRACKETED_MARKER.matcher(v).matches()
                || DOCUMENTED_EXAMPLES.contains(v)) {
            return true;
        }
        // a PEM envelope with no key material in it ("-----BEGIN PRIVATE KEY-----\ntest\n...") cannot work
        if (v.contains("-----BEGIN") && !Format.PRIVATE_KEY.pattern.matcher(v).find()) {
            return true;
        }
        // cut short where it was copied from ("LS0tLS1CRUdJTi...", "LS..."): the rest of the value is missing
        if (v.endsWith("...") || v.endsWith("\u2026")) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_VALUES.contains(lower) || lower.startsWith("your")
                || REPLACE_INSTRUCTION.matcher(lower).find() || BARE_KEY_PREFIX.matcher(v).matches()) {
            return true;
        }
        // split at separators only: camelCase humps inside a random secret are not words
        for (String word : SEPARATORS.split(lower)) {
            if (PLACEHOLDER_WORDS.contains(word) || MASK_WORD.matcher(word).matches()) {
                return true;
            }
        }
        String rest = INTERPOLATION.matcher(v).replaceAll(" ");
        rest = SCHEME_WORDS.matcher(rest).replaceAll(" ");
        return rest.chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * A value that names where a credential lives rather than holding it: a file path, an env var's name, a secret
     * manager's reference.
     */
    public boolean isReference(String value) {
        String v = value.strip();
        if (PATH_LIKE.matcher(v).matches() || LOCAL_FILE_URL.matcher(v).matches()
                || SECRET_REFERENCE.matcher(v).matches()) {
            return true;
        }
        // f"{name}_SFTP_PASSWORD_{env}" builds an environment variable's name, not a password; SEC001 sees an
        // f-string's literal parts only ("_SFTP_PASSWORD_"), SEC002 the whole template
        String literalPart = INTERPOLATION.matcher(v).replaceAll("");
        if (ENV_NAME_PART.matcher(literalPart).matches()
                && words(literalPart).stream().anyMatch(SECRET_WORDS::contains)) {
            return true;
        }
        // a config snippet that only assigns values supplied elsewhere (superset's configOverrides entry
        // SECRET_KEY = "${secret_key}", which Terraform fills in) holds no credential itself
        if (!v.isEmpty() && v.lines().allMatch(line -> line.isBlank() || SUPPLIED_ASSIGNMENT.matcher(line).matches())) {
            return true;
        }
        // AWS_SECRET and AWS_KEY side by side: an environment variable's name for a key is no more a key than the
        // name for a secret is a secret
        return ENV_NAME.matcher(v).matches() && (isSecretName(v) || namesKey(v));
    }

    private static boolean namesKey(String name) {
        List<String> words = significantWords(name);
        return words.get(words.size() - 1).equals("key");
    }

    /** Every known-format credential in a string, in order, overlapping matches dropped. */
    public List<FormatMatch> formats(String text) {
        List<FormatMatch> found = new ArrayList<>();
        if (text == null || text.length() < 8) {
            return found;
        }
        for (Format format : Format.values()) {
            if (!format.mayMatch(text)) {
                continue;
            }
            Matcher m = format.pattern.matcher(text);
            // the next search starts where the credential ends, so the boundary character after it is free to be
            // the one before the next
            for (int from = 0; from <= text.length() && m.find(from); from = Math.max(m.end(Format.MATCH_GROUP),
                    from + 1)) {
                int start = m.start(Format.MATCH_GROUP);
                int end = m.end(Format.MATCH_GROUP);
                String secret = format == Format.URL_CREDENTIALS ? m.group(Format.URL_PASSWORD_GROUP)
                        : m.group(Format.MATCH_GROUP);
                if (format == Format.URL_CREDENTIALS && isPlaceholder(secret)) {
                    continue;
                }
                if (allowed(secret) || DOCUMENTED_EXAMPLES.contains(secret)) {
                    continue;
                }
                FormatMatch match = new FormatMatch(format, start, end, secret);
                if (found.stream().noneMatch(f -> f.start() < match.end() && match.start() < f.end())) {
                    found.add(match);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The first known-format credential in a string, or null. */
    public FormatMatch firstFormat(String text) {
        List<FormatMatch> all = formats(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * A finding symbol for a known-format credential that never contains it: the format's id and the first 12
     * hex digits of a salted SHA-256 of the secret. For a URL, the URL without its user information, which is
     * stable and holds nothing secret.
     */
    public static String symbol(FormatMatch match, String text) {
        if (match.format() == Format.URL_CREDENTIALS) {
            String url = text.substring(match.start(), match.end());
            int scheme = url.indexOf("://");
            int at = url.indexOf('@', scheme + 3);
            String safe = scheme >= 0 && at > scheme ? url.substring(0, scheme + 3) + url.substring(at + 1) : "";
            return match.format().id() + ":" + safe;
        }
        return match.format().id() + ":" + fingerprint(match.secret());
    }

    /** The first 12 hex digits of SHA-256 over a fixed salt and the secret. */
    public static String fingerprint(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(SYMBOL_SALT.getBytes(StandardCharsets.UTF_8));
            byte[] hash = digest.digest(secret.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(12);
            for (int i = 0; i < 6; i++) {
                hex.append(Character.forDigit((hash[i] >> 4) & 0xF, 16)).append(Character.forDigit(hash[i] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /**
     * The environment variable a finding's hint suggests: the name's words in UPPER_SNAKE_CASE
     * ({@code self.apiKey} → {@code API_KEY}).
     */
    public static String environmentName(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        String local = dot >= 0 ? name.substring(dot + 1) : name;
        List<String> words = words(local);
        return words.isEmpty() ? "SECRET" : String.join("_", words).toUpperCase(Locale.ROOT);
    }
}
