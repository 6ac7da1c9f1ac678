package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.python.PyBinding;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyFile;
import io.loclint.grammar.python.PyString;
import io.loclint.grammar.Span;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SEC001: a credential as a literal in Python. Two ways to see one: a non-empty, non-placeholder string bound to a
 * secret-like name wherever the model finds one (assignment at any level, class attributes included, item
 * assignment, dict entry in any dict display, keyword argument, parameter default, the default of
 * {@code os.getenv("DB_PASSWORD", ...)}), but not in what a mock is asserted to have been called with; or any
 * string literal holding a known credential format. Tests are not
 * exempt. Docstrings are never bound to a name; they are checked for the high-confidence formats only (not URLs,
 * which docstrings show as examples).
 */
@RuleInfo(code = "SEC001", name = "hardcoded-credential", severity = Severity.ERROR, guide = "2.4",
        summary = "A credential is written as a literal in Python code.",
        // 9.0: a leaked credential; precision high: secret-like names can misfire
        tags = "security", securitySeverity = "9.0", precision = "high")
public final class HardcodedCredential implements ElementRule<ParsedFile> {
    private static final String HINT = "read it from the environment: EnvVar(\"%s\") in Dagster config, "
            + "os.getenv(\"%s\") elsewhere";
    private static final String FORMAT_HINT = "revoke it, then read it from the environment (EnvVar or os.getenv) "
            + "or a secret manager; a test needs no real-looking credential";
    /** How a message opens for each way a literal is bound, {@code %s} for the name. */
    private static final Map<PyBinding.Kind, String> SUBJECTS = new EnumMap<>(Map.of(
            PyBinding.Kind.ASSIGNMENT, "'%s' is assigned",
            PyBinding.Kind.ITEM, "item '%s' is set to",
            PyBinding.Kind.DICT_ENTRY, "dict key '%s' holds",
            PyBinding.Kind.KEYWORD_ARGUMENT, "keyword argument '%s' is given",
            PyBinding.Kind.PARAMETER_DEFAULT, "parameter '%s' defaults to"));

    /** unittest.mock's assertions on how a mock was called or awaited. */
    private static final Set<String> MOCK_EXPECTATIONS = Set.of("assert_called_with", "assert_called_once_with",
            "assert_any_call", "assert_awaited_with", "assert_awaited_once_with", "assert_any_await");

    private static final Set<String> MOCK_MODULES = Set.of("unittest.mock", "mock");

    private final Credentials credentials;

    public HardcodedCredential() {
        this(Credentials.DEFAULT);
    }

    public HardcodedCredential(Credentials credentials) {
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
        PyFile py = file.python();
        if (py == null) {
            return;
        }
        Credentials configured = credentials.with(context);
        CredentialReport report = new CredentialReport(context, file.path(), configured);
        boolean callImported = py.imports().stream().anyMatch(i -> MOCK_MODULES.contains(i.module())
                && "call".equals(i.name()) && "call".equals(i.boundName()));
        List<Span> expectations = py.calls().stream().filter(call -> isCallExpectation(call, callImported))
                .map(PyCall::span).toList();
        for (PyBinding binding : py.bindings()) {
            if (expectations.stream().noneMatch(call -> inside(binding.value().span(), call))) {
                named(report, configured, binding.name(), binding.value(), SUBJECTS.get(binding.kind()));
            }
        }
        for (PyCall call : py.calls()) {
            environmentDefault(report, configured, call);
        }
        for (PyString s : py.strings()) {
            if (report.alreadyReported(s.span())) {
                continue;
            }
            for (Credentials.FormatMatch match : configured.formats(s.value())) {
                if (s.docstring() && match.format() == Credentials.Format.URL_CREDENTIALS) {
                    continue;
                }
                report.format(s.span(), match, s.value(), s.docstring() ? "a docstring" : "a string literal",
                        FORMAT_HINT);
                break;
            }
        }
    }

    /**
     * {@code build.assert_called_once_with(credentials="creds")}, {@code mock.call(api_key="k")}: the arguments a
     * mock should have received are compared, not passed, and often a sentinel another mock returned; a literal the
     * test really passes is bound, and reported, where it is passed.
     */
    private static boolean isCallExpectation(PyCall call, boolean callImported) {
        String callee = call.callee();
        if (callee == null) {
            return false;
        }
        if (callee.equals("mock.call") || callee.equals("unittest.mock.call")) {
            return true;
        }
        return callee.equals("call") ? callImported
                : MOCK_EXPECTATIONS.contains(callee.substring(callee.lastIndexOf('.') + 1));
    }

    private static boolean inside(Span inner, Span outer) {
        return (inner.startLine() > outer.startLine()
                || inner.startLine() == outer.startLine() && inner.startColumn() >= outer.startColumn())
                && (inner.endLine() < outer.endLine()
                || inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn());
    }

    private static void named(CredentialReport report, Credentials credentials, String name, PyExpr.Str value,
                              String subject) {
        if (credentials.isLiteralCredential(name, value.value())) {
            String env = Credentials.environmentName(name);
            report.named(value.span(), subject, name, value.value(), HINT.formatted(env, env));
        }
    }

    /** {@code os.getenv("DB_PASSWORD", "hunter2")}: the fallback is a literal credential. */
    private static void environmentDefault(CredentialReport report, Credentials credentials, PyCall call) {
        String callee = call.callee();
        if (callee == null || !(callee.equals("getenv") || callee.endsWith(".getenv")
                || callee.endsWith("environ.get") || callee.endsWith("environ.setdefault"))) {
            return;
        }
        List<PyExpr> args = call.call().args();
        PyExpr fallback = args.size() >= 2 ? args.get(1) : null;
        for (PyExpr.Keyword keyword : call.call().keywords()) {
            if ("default".equals(keyword.name())) {
                fallback = keyword.value();
            }
        }
        if (!args.isEmpty() && args.get(0) instanceof PyExpr.Str name && fallback instanceof PyExpr.Str literal) {
            named(report, credentials, name.value(), literal, "the default of environment variable '%s' is");
        }
    }
}
