package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.files.FileKind;
import io.loclint.grammar.docker.ArgInstruction;
import io.loclint.grammar.docker.DockerFile;
import io.loclint.grammar.docker.DockerInstruction;
import io.loclint.grammar.docker.DockerWord;
import io.loclint.grammar.docker.EnvPair;
import io.loclint.grammar.helm.HelmAction;
import io.loclint.grammar.helm.HelmCommand;
import io.loclint.grammar.helm.HelmPipeline;
import io.loclint.grammar.helm.HelmTemplate;
import io.loclint.grammar.helm.HelmTerm;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.Span;
import io.loclint.grammar.dotenv.DotenvEntry;
import io.loclint.grammar.dotenv.DotenvFile;
import io.loclint.grammar.requirements.RequirementLine;
import io.loclint.grammar.requirements.RequirementsFile;
import io.loclint.grammar.toml.TomlDocument;
import io.loclint.grammar.toml.TomlString;
import io.loclint.grammar.yaml.YamlDocuments;
import io.loclint.grammar.yaml.YamlNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * SEC002: a credential as a literal in configuration. One scanner per file kind, all sharing {@link Credentials}
 * (what is secret-like, what is a known format, what is a placeholder) and {@link CredentialReport} (wording and
 * redaction):
 * <ul>
 *   <li>pyproject.toml and other TOML: {@code key = "value"} pairs with secret-like keys, and any string holding a
 *       known format, which covers index and source URLs with {@code user:password@} ({@code [[tool.uv.index]]},
 *       {@code [tool.poetry.source]}, Git sources, PEP 508 direct references);</li>
 *   <li>requirements*.txt: URLs with credentials and known formats in any requirement or option value
 *       ({@code --extra-index-url}, {@code git+https://...});</li>
 *   <li>YAML, only Helm values, kustomizations, Kubernetes manifests, dagster.yaml and compose files (see
 *       {@link YamlRole}): secret-like keys with a literal
 *       scalar, {@code env} entries ({@code name:} secret-like with a literal {@code value:}), {@code KEY=value}
 *       list items, every entry of a {@code kind: Secret}'s {@code data}/{@code stringData}, known formats in any
 *       scalar;</li>
 *   <li>.env files: {@code KEY=value} lines with secret-like keys, known formats in any value.</li>
 * </ul>
 * Every kind of configuration file has its {@link Scanner} in {@link #SCANNERS}; each reads the facts the model
 * gives for its kind, never the file's text, except that Helm templates have no YAML facts: their {@code key:
 * value} lines are matched in the text outside the template's actions.
 */
@RuleInfo(code = "SEC002", name = "credential-in-configuration", severity = Severity.ERROR, guide = "2.4",
        summary = "A credential is written as a literal in a configuration file.",
        // 9.0: a leaked credential; precision high: secret-like names can misfire
        tags = "security", securitySeverity = "9.0", precision = "high")
public final class CredentialInConfiguration implements ElementRule<ParsedFile> {
    /** Finds the credentials in one kind of file and reports them through the shared report. */
    @FunctionalInterface
    interface Scanner {
        void scan(ParsedFile file, CredentialReport report, Credentials credentials);
    }

    /** One scanner per file kind; Python is SEC001's. */
    static final Map<FileKind, Scanner> SCANNERS;
    private static final Set<String> DEPENDENCY_TABLES = Set.of("dependencies", "dev-dependencies",
            "pypi-dependencies");

    static {
        Map<FileKind, Scanner> scanners = new EnumMap<>(FileKind.class);
        scanners.put(FileKind.PYPROJECT, CredentialInConfiguration::toml);
        scanners.put(FileKind.TOML, CredentialInConfiguration::toml);
        scanners.put(FileKind.REQUIREMENTS, CredentialInConfiguration::requirements);
        scanners.put(FileKind.YAML, CredentialInConfiguration::yaml);
        scanners.put(FileKind.DOTENV, CredentialInConfiguration::dotenv);
        scanners.put(FileKind.DOCKERFILE, CredentialInConfiguration::dockerfile);
        scanners.put(FileKind.HELM_TEMPLATE, CredentialInConfiguration::helmTemplate);
        SCANNERS = Collections.unmodifiableMap(scanners);
    }

    static final String URL_HINT = "remove the credentials from the URL and supply them from the environment "
            + "(e.g. UV_INDEX_<NAME>_USERNAME/_PASSWORD, PIP_INDEX_URL in CI, keyring or .netrc)";
    static final String FORMAT_HINT = "revoke it, then supply it from the environment or a secret manager at "
            + "deploy time";
    static final String YAML_HINT = "keep it in a Kubernetes Secret and reference it (valueFrom.secretKeyRef, "
            + "an existingSecret value) or read it from the environment ({env: %s} in dagster.yaml)";
    static final String SECRET_HINT = "create the Secret outside the repository (kubectl create secret, External "
            + "Secrets, Sealed Secrets) and commit only its name";
    static final String DOTENV_HINT = "commit a .env.example with placeholders instead and keep the real .env out "
            + "of version control (.gitignore)";
    static final String DOCKER_HINT = "pass it at run time (docker run -e, a Kubernetes Secret) or as a BuildKit"
            + " secret (RUN --mount=type=secret); ENV and ARG values stay in the image's history";
    static final String TOML_HINT = "remove it and supply %s from the environment or a secret manager";

    private static final Pattern KEY_EQUALS_VALUE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*)=(.+)$",
            Pattern.DOTALL);
    /** {@code sshSecretKey}, {@code db_secret_key}: group 1 is the secret's own key ({@code sshSecret}). */
    private static final Pattern SECRET_KEY_FIELD = Pattern.compile("^(.*[Ss]ecret)[-_.]?[Kk]ey$");
    /** What may follow that key in the sibling naming the Secret: nothing ({@code sshSecret}) or a name suffix. */
    private static final Pattern SECRET_NAME_SUFFIX = Pattern.compile("^(?:[-_.]?[Nn]ame)?$");
    private static final String STR_TAG = "tag:yaml.org,2002:str";
    private static final String INT_TAG = "tag:yaml.org,2002:int";

    private final Credentials credentials;

    public CredentialInConfiguration() {
        this(Credentials.DEFAULT);
    }

    public CredentialInConfiguration(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public List<RuleOption<?>> options() {
        return Credentials.OPTIONS;
    }

    @Override
    public Class<ParsedFile> elementType() {
        return ParsedFile.class;
    }

    @Override
    public void check(ParsedFile file, RuleContext context) {
        Scanner scanner = SCANNERS.get(file.kind());
        if (scanner != null) {
            Credentials configured = credentials.with(context);
            scanner.scan(file, new CredentialReport(context, file.path(), configured), configured);
        }
    }

    // ---------------------------------------------------------------- TOML

    /**
     * Every string value: under a secret-like key, a literal credential; anywhere (array elements, multi-line
     * strings included), a known format.
     */
    static void toml(ParsedFile file, CredentialReport report, Credentials credentials) {
        TomlDocument toml = file.toml();
        if (toml == null) {
            return;
        }
        for (TomlString string : toml.strings()) {
            String key = string.arrayElement() ? null : string.name();
            if (key != null && !namesDistribution(string.key())
                    && credentials.isLiteralCredential(key, string.value())) {
                report.named(string.span(), "key '%s' holds", key, string.value(),
                        TOML_HINT.formatted("'" + report.displayName(key) + "'"));
                continue;
            }
            Credentials.FormatMatch match = credentials.firstFormat(string.value());
            if (match != null) {
                report.format(string.span(), match, string.value(),
                        key == null ? "a string" : "key '" + report.displayName(key) + "'", hintFor(match));
            }
        }
    }

    /**
     * A key of poetry's or pixi's dependency tables ({@code pydata-google-auth = ">=1.8"}) is a distribution's name
     * and its value a version constraint, whatever words the name holds.
     */
    private static boolean namesDistribution(List<String> key) {
        return key.size() >= 2 && DEPENDENCY_TABLES.contains(key.get(key.size() - 2));
    }

    // ---------------------------------------------------------------- requirements

    /** Every known format in every requirement and option value: index URLs, direct references, tokens. */
    static void requirements(ParsedFile file, CredentialReport report, Credentials credentials) {
        RequirementsFile requirements = file.requirements();
        if (requirements == null) {
            return;
        }
        for (RequirementLine line : requirements.lines()) {
            if (line.value() == null) {
                continue;
            }
            Span value = line.span();
            for (Credentials.FormatMatch match : credentials.formats(line.value())) {
                report.format(new Span(value.startLine(), value.startColumn() + match.start(), value.startLine(),
                                value.startColumn() + match.end()), match, line.value(),
                        line.option() != null ? "option '" + line.option() + "'" : "a requirement", hintFor(match));
            }
        }
    }

    // ---------------------------------------------------------------- YAML

    /**
     * What a YAML document is to SEC002. Only the configuration the catalog names is scanned: a data tool's
     * {@code connections.yaml}, a CI workflow or a lock file is none of these.
     */
    enum YamlRole {
        /** dagster.yaml, dagster_cloud.yaml. */
        DAGSTER,
        /** A docker-compose file. */
        COMPOSE,
        /** A Helm values file, a kustomization, a Kubernetes manifest: keys ending in Secret name Secrets. */
        KUBERNETES;

        private static final Pattern COMPOSE_NAME = Pattern.compile("(?:docker-)?compose(?:[.-][^/]*)?\\.ya?ml");
        private static final Pattern VALUES_NAME = Pattern.compile("[^/]*values[^/]*\\.ya?ml");

        /** The role a file's name gives all its documents, or null when only their content can tell. */
        static YamlRole ofName(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (name.matches("dagster(?:_cloud)?\\.ya?ml")) {
                return DAGSTER;
            }
            if (COMPOSE_NAME.matcher(name).matches()) {
                return COMPOSE;
            }
            if (VALUES_NAME.matcher(name).matches() || name.matches("kustomization\\.ya?ml")) {
                return KUBERNETES;
            }
            return null;
        }

        /**
         * A document with {@code apiVersion} and {@code kind} is a manifest; one whose services run an image or a
         * build, a compose file.
         */
        static YamlRole ofContent(YamlNode document) {
            if (!(document instanceof YamlNode.Mapping root)) {
                return null;
            }
            if (root.get("apiVersion") != null && root.get("kind") != null) {
                return KUBERNETES;
            }
            if (root.get("services") instanceof YamlNode.Mapping services) {
                for (YamlNode.Entry service : services.entries()) {
                    if (service.value() instanceof YamlNode.Mapping body
                            && (body.get("image") != null || body.get("build") != null)) {
                        return COMPOSE;
                    }
                }
            }
            return null;
        }
    }

    /** Every configuration document of the file, Kubernetes Secrets first so their entries are reported as such. */
    static void yaml(ParsedFile file, CredentialReport report, Credentials credentials) {
        YamlDocuments documents = file.yaml();
        if (documents == null) {
            return;
        }
        YamlRole named = YamlRole.ofName(file.path());
        for (YamlNode document : documents.documents()) {
            YamlRole role = named != null ? named : YamlRole.ofContent(document);
            if (role == null) {
                continue;
            }
            Set<YamlNode> secretData = Collections.newSetFromMap(new IdentityHashMap<>());
            if (document instanceof YamlNode.Mapping root && "Secret".equals(root.getString("kind"))) {
                String name = root.get("metadata") instanceof YamlNode.Mapping meta ? meta.getString("name") : null;
                for (String field : List.of("data", "stringData")) {
                    if (root.get(field) instanceof YamlNode.Mapping data) {
                        secretData.add(data);
                        secretEntries(data, field, name, report);
                    }
                }
            }
            // a SealedSecret's encryptedData is ciphertext only the cluster's controller can decrypt: committing it is
            // what sealed-secrets is for
            if (document instanceof YamlNode.Mapping root && "SealedSecret".equals(root.getString("kind"))
                    && root.get("spec") instanceof YamlNode.Mapping spec && spec.get("encryptedData") != null) {
                secretData.add(spec.get("encryptedData"));
            }
            walk(document, secretData, role, report, credentials);
        }
    }

    private static void secretEntries(YamlNode.Mapping data, String field, String secretName,
                                      CredentialReport report) {
        for (YamlNode.Entry entry : data.entries()) {
            if (entry.value() instanceof YamlNode.Scalar value && !Credentials.isPlaceholder(value.value())) {
                String owner = secretName == null ? "a Kubernetes Secret" : "Kubernetes Secret '"
                        + report.displayName(secretName) + "'";
                report.named(value.span(), owner + " stores '%s' in " + field + " as", entry.keyText(),
                        value.value(), SECRET_HINT);
            }
        }
    }

    /**
     * Depth-first without recursion: YAML may nest deeper than the stack allows. In Kubernetes configuration a
     * mapping under a {@code ...Ref} key ({@code secretKeyRef}, {@code clientSecretRef}) points into a Secret, and a
     * key ending in Secret whose value is an object's name names one; neither holds a credential.
     */
    private static void walk(YamlNode root, Set<YamlNode> skip, YamlRole role, CredentialReport report,
                             Credentials credentials) {
        ArrayDeque<Keyed> stack = new ArrayDeque<>();
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        stack.push(new Keyed(root, null));
        while (!stack.isEmpty()) {
            Keyed keyed = stack.pop();
            YamlNode node = keyed.node();
            if (node == null || skip.contains(node) || !seen.add(node)) {
                continue;
            }
            if (node instanceof YamlNode.Mapping mapping) {
                boolean reference = role == YamlRole.KUBERNETES && lastWord(keyed.key()).equals("ref");
                if (!reference) {
                    environmentEntry(mapping, report, credentials);
                    for (YamlNode.Entry entry : mapping.entries()) {
                        String key = entry.keyText();
                        if (entry.value() instanceof YamlNode.Scalar value && isLiteral(value)) {
                            String literal = effective(value.value());
                            if (credentials.isLiteralCredential(key, literal) && !(role == YamlRole.KUBERNETES
                                    && Credentials.namesSecretObject(key, literal))
                                    && !namesKeyOfSiblingSecret(key, mapping)) {
                                report.named(value.span(), "key '%s' holds", key, literal,
                                        YAML_HINT.formatted(Credentials.environmentName(key)));
                            }
                        }
                    }
                }
                for (int i = mapping.entries().size() - 1; i >= 0; i--) {
                    YamlNode.Entry entry = mapping.entries().get(i);
                    stack.push(new Keyed(entry.value(), entry.keyText()));
                }
            } else if (node instanceof YamlNode.Sequence sequence) {
                for (int i = sequence.items().size() - 1; i >= 0; i--) {
                    YamlNode item = sequence.items().get(i);
                    if (item instanceof YamlNode.Scalar s && isLiteral(s)) {
                        keyEqualsValue(s, report, credentials);
                    }
                    stack.push(new Keyed(item, keyed.key()));
                }
            } else if (node instanceof YamlNode.Scalar scalar && isLiteral(scalar)) {
                Credentials.FormatMatch match = credentials.firstFormat(scalar.value());
                if (match != null) {
                    report.format(scalar.span(), match, scalar.value(), keyed.key() == null ? "a YAML value"
                            : "key '" + report.displayName(keyed.key()) + "'", hintFor(match));
                }
            }
        }
    }

    /**
     * Whether {@code <x>SecretKey} is the key inside the Secret its sibling {@code <x>Secret} or {@code <x>SecretName}
     * names, as charts pair them ({@code sshSecret} + {@code sshSecretKey: id_rsa}, {@code databaseUrlSecretName} +
     * {@code databaseUrlSecretKey: url}): a field name, not a secret key. Without such a sibling a
     * {@code minioSecretKey} is the credential its name says.
     */
    private static boolean namesKeyOfSiblingSecret(String key, YamlNode.Mapping mapping) {
        Matcher m = SECRET_KEY_FIELD.matcher(key);
        if (!m.matches()) {
            return false;
        }
        String secret = m.group(1);
        for (YamlNode.Entry entry : mapping.entries()) {
            String other = entry.keyText();
            if (other != null && other.regionMatches(true, 0, secret, 0, secret.length())
                    && SECRET_NAME_SUFFIX.matcher(other.substring(secret.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A node and the key it sits under (items of a sequence inherit the sequence's key). */
    private record Keyed(YamlNode node, String key) {}

    /** A Kubernetes (or Helm values) {@code env} entry: {@code - name: DB_PASSWORD} with a literal {@code value:}. */
    private static void environmentEntry(YamlNode.Mapping mapping, CredentialReport report, Credentials credentials) {
        String name = mapping.getString("name");
        if (name == null || mapping.get("valueFrom") != null
                || !(mapping.get("value") instanceof YamlNode.Scalar value) || !isLiteral(value)) {
            return;
        }
        String literal = effective(value.value());
        if (credentials.isLiteralCredential(name, literal)) {
            report.named(value.span(), "environment variable '%s' is set to", name, literal,
                    YAML_HINT.formatted(Credentials.environmentName(name)));
        }
    }

    /** {@code - DB_PASSWORD=hunter2} in an {@code env_vars} or compose {@code environment} list. */
    private static void keyEqualsValue(YamlNode.Scalar item, CredentialReport report, Credentials credentials) {
        Matcher m = KEY_EQUALS_VALUE.matcher(item.value());
        if (m.matches() && credentials.isLiteralCredential(m.group(1), effective(m.group(2)))) {
            report.named(item.span(), "environment variable '%s' is set to", m.group(1), effective(m.group(2)),
                    YAML_HINT.formatted(Credentials.environmentName(m.group(1))));
        }
    }

    /** A string, or an integer of four digits or more (a PIN, a numeric password); never a bool or null. */
    private static boolean isLiteral(YamlNode.Scalar scalar) {
        return scalar.quoted() || STR_TAG.equals(scalar.tag())
                || INT_TAG.equals(scalar.tag()) && scalar.value().length() >= 4;
    }

    // ---------------------------------------------------------------- Dockerfile

    /** {@code ENV} and {@code ARG} values under secret-like names, and known formats anywhere in an instruction. */
    static void dockerfile(ParsedFile file, CredentialReport report, Credentials credentials) {
        DockerFile docker = file.facts(DockerFile.class);
        if (docker == null) {
            return;
        }
        for (DockerInstruction instruction : docker.instructions()) {
            if (instruction.keyword().equals("ENV")) {
                for (EnvPair pair : EnvPair.of(instruction)) {
                    dockerValue(pair.key(), pair.value(), pair.valueSpan() != null ? pair.valueSpan() : pair.keySpan(),
                            report, credentials);
                }
            } else if (instruction.keyword().equals("ARG")) {
                for (ArgInstruction arg : ArgInstruction.of(instruction)) {
                    if (arg.defaultValue() != null) {
                        dockerValue(arg.name(), arg.defaultValue(), arg.valueSpan(), report, credentials);
                    }
                }
            }
            for (DockerWord word : instruction.words()) {
                Credentials.FormatMatch match = credentials.firstFormat(word.value());
                if (match != null && !report.overlapsReported(word.span())) {
                    report.format(word.span(), match, word.value(), instruction.keyword() + " instruction", DOCKER_HINT);
                }
            }
        }
    }

    private static void dockerValue(String name, String value, Span span, CredentialReport report,
                                    Credentials credentials) {
        if (credentials.isLiteralCredential(name, effective(value))) {
            report.named(span, "'%s' is set to", name, effective(value), DOCKER_HINT);
        } else {
            Credentials.FormatMatch match = credentials.firstFormat(value);
            if (match != null) {
                report.format(span, match, value, "'" + report.displayName(name) + "'", DOCKER_HINT);
            }
        }
    }

    // ---------------------------------------------------------------- Helm templates

    private static final Pattern TEMPLATE_PAIR = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z0-9_.-]+):\\s*(.*?)\\s*$");

    /**
     * Template text outside actions: {@code key: literal} under a secret-like key, a {@code default "..."} literal
     * an action on such a line falls back to, and known formats anywhere in the text.
     */
    static void helmTemplate(ParsedFile file, CredentialReport report, Credentials credentials) {
        HelmTemplate template = file.facts(HelmTemplate.class);
        if (template == null) {
            return;
        }
        for (int line = 1; line <= template.lineCount(); line++) {
            String text = template.textOutsideActions(line);
            Matcher m = TEMPLATE_PAIR.matcher(text);
            if (m.matches() && credentials.isSecretName(m.group(2))) {
                String value = templateValue(m.group(3));
                int start = m.start(3);
                if (!value.isBlank() && !value.startsWith("#") && credentials.isLiteralCredential(m.group(2), value)
                        && !Credentials.namesSecretObject(m.group(2), value)) {
                    report.named(span(line - 1, start, start + m.group(3).length()), "key '%s' holds", m.group(2),
                            value, YAML_HINT.formatted(Credentials.environmentName(m.group(2))));
                }
                for (HelmAction action : template.actionsOn(line)) {
                    if (action.pipeline() == null) {
                        continue;
                    }
                    for (HelmTerm.StringLit literal : defaultLiterals(action.pipeline())) {
                        if (credentials.isLiteralCredential(m.group(2), literal.value())) {
                            report.named(literal.span(), "key '%s' falls back to", m.group(2), literal.value(),
                                    YAML_HINT.formatted(Credentials.environmentName(m.group(2))));
                        }
                    }
                }
            }
            Credentials.FormatMatch match = credentials.firstFormat(text);
            if (match != null) {
                Span where = span(line - 1, match.start(), match.end());
                if (!report.alreadyReported(where)) {
                    report.format(where, match, text, "template text", YAML_HINT.formatted("it"));
                }
            }
        }
    }

    /**
     * The literals a pipeline falls back to: the arguments of {@code default}, at any depth. Other functions'
     * strings ({@code include "redis.password"}) are template names and formats, not values.
     */
    private static List<HelmTerm.StringLit> defaultLiterals(HelmPipeline pipeline) {
        List<HelmTerm.StringLit> literals = new ArrayList<>();
        for (HelmCommand command : pipeline.commands()) {
            boolean fallback = "default".equals(command.function());
            for (HelmTerm term : command.terms()) {
                if (fallback && term instanceof HelmTerm.StringLit literal) {
                    literals.add(literal);
                } else if (term instanceof HelmTerm.SubPipeline sub) {
                    literals.addAll(defaultLiterals(sub.pipeline()));
                }
            }
        }
        return literals;
    }

    /** A YAML scalar written in template text: quotes removed, a trailing comment dropped. */
    private static String templateValue(String value) {
        String v = value.strip();
        if (!v.isEmpty() && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            int close = v.indexOf(v.charAt(0), 1);
            return close > 0 ? v.substring(1, close) : v;
        }
        int comment = v.indexOf(" #");
        return comment >= 0 ? v.substring(0, comment).strip() : v;
    }

    // ---------------------------------------------------------------- .env

    /** {@code KEY=value} entries: under a secret-like key, a literal credential; any value, a known format. */
    static void dotenv(ParsedFile file, CredentialReport report, Credentials credentials) {
        DotenvFile dotenv = file.dotenv();
        if (dotenv == null) {
            return;
        }
        for (DotenvEntry entry : dotenv.entries()) {
            if (credentials.isLiteralCredential(entry.key(), effective(entry.value()))) {
                report.named(entry.valueSpan(), "'%s' is set to", entry.key(), effective(entry.value()), DOTENV_HINT);
            } else {
                Credentials.FormatMatch match = credentials.firstFormat(entry.value());
                if (match != null) {
                    report.format(entry.valueSpan(), match, entry.value(), "'" + report.displayName(entry.key())
                            + "'", DOTENV_HINT);
                }
            }
        }
    }

    // ---------------------------------------------------------------- shared

    private static String lastWord(String name) {
        List<String> words = Credentials.words(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** What a value sets when its variable is unset: the literal of {@code ${NAME:-literal}}, else the value. */
    private static String effective(String value) {
        String fallback = Credentials.interpolationDefault(value);
        return fallback != null ? fallback : value;
    }

    private static String hintFor(Credentials.FormatMatch match) {
        return match.format() == Credentials.Format.URL_CREDENTIALS ? URL_HINT : FORMAT_HINT;
    }

    /** A span on one line from 0-based line index and 0-based [start, end) offsets. */
    private static Span span(int lineIndex, int start, int end) {
        return new Span(lineIndex + 1, start + 1, lineIndex + 1, end + 1);
    }
}
