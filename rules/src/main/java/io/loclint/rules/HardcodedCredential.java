package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.SourceText;
import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyFile;
import io.loclint.grammar.python.PyFunction;
import io.loclint.grammar.python.PyParameter;
import io.loclint.grammar.python.PyString;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SEC001: a credential as a literal in Python. Two ways to see one: a non-empty, non-placeholder string bound to a
 * secret-like name (assignment, annotated assignment, attribute, keyword argument, dict key at any depth of an
 * assigned value or call argument, parameter default, the default of {@code os.getenv("DB_PASSWORD", ...)}), or
 * any string literal holding a known credential format. Tests are not exempt.
 *
 * <p>The model has no class-body assignments and no dicts outside assignments and calls, so a string the model
 * does not bind is also checked against what precedes it on its line ({@code name = }, {@code name: str = },
 * {@code "key": }, {@code ["key"] = }). Docstrings are never bound to a name; they are checked for the
 * high-confidence formats only (not URLs, which docstrings show as examples).
 */
@RuleInfo(code = "SEC001", name = "hardcoded-credential", severity = Severity.ERROR, guide = "2.4",
        summary = "A credential is written as a literal in Python code.",
        // 9.0: a leaked credential; precision high: secret-like names can misfire
        tags = "security", securitySeverity = "9.0", precision = "high")
public final class HardcodedCredential implements ElementRule<ParsedFile> {
    private static final Pattern ASSIGNED = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*(?::[^=]*)?=\\s*$");
    private static final Pattern DICT_KEY = Pattern.compile("[{,]\\s*[rbuRBU]?[\"']([^\"'\\n]{1,80})[\"']\\s*:\\s*$");
    private static final Pattern SUBSCRIPT = Pattern.compile("\\[\\s*[\"']([^\"'\\n]{1,80})[\"']\\s*]\\s*=\\s*$");
    /** {@code os.environ["VAULT_TOKEN"]}, {@code config['password']} as an assignment target. */
    private static final Pattern SUBSCRIPT_TARGET = Pattern.compile("\\[\\s*[rbuRBU]?[\"']([^\"'\\n]{1,80})[\"']\\s*]$");
    private static final String HINT = "read it from the environment: EnvVar(\"%s\") in Dagster config, "
            + "os.getenv(\"%s\") elsewhere";
    private static final String FORMAT_HINT = "revoke it, then read it from the environment (EnvVar or os.getenv) "
            + "or a secret manager; a test needs no real-looking credential";

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
        Credentials configured = credentials.with(context);
        if (configured != credentials) {
            new HardcodedCredential(configured).scan(file, context);
        } else {
            scan(file, context);
        }
    }

    private void scan(ParsedFile file, RuleContext context) {
        PyFile py = file.python();
        if (file.kind() != FileKind.PYTHON || py == null) {
            return;
        }
        CredentialReport report = new CredentialReport(context, file.path(), credentials);
        for (PyAssignment a : py.assignments()) {
            if (a.augmented() == null) {
                bind(report, a.target(), a.value(), "'%s' is assigned");
            }
            nested(report, a.value());
        }
        for (PyCall call : py.calls()) {
            for (PyExpr.Keyword keyword : call.call().keywords()) {
                if (!keyword.isSpread()) {
                    bind(report, keyword.name(), keyword.value(), "keyword argument '%s' is given");
                }
                nested(report, keyword.value());
            }
            call.call().args().forEach(arg -> nested(report, arg));
            environmentDefault(report, call);
        }
        for (PyFunction function : py.functions()) {
            for (PyParameter parameter : function.parameters()) {
                bind(report, parameter.name(), parameter.defaultValue(), "parameter '%s' defaults to");
            }
        }
        Lines lines = new Lines(file.text() == null ? "" : file.text());
        for (PyString s : py.strings()) {
            if (!s.docstring() && !report.alreadyReported(s.span())) {
                byContext(report, s, lines);
            }
        }
        for (PyString s : py.strings()) {
            if (report.alreadyReported(s.span())) {
                continue;
            }
            for (Credentials.FormatMatch match : credentials.formats(s.value())) {
                if (s.docstring() && match.format() == Credentials.Format.URL_CREDENTIALS) {
                    continue;
                }
                report.format(s.span(), match, s.value(), s.docstring() ? "a docstring" : "a string literal",
                        FORMAT_HINT);
                break;
            }
        }
    }

    private void bind(CredentialReport report, String name, PyExpr value, String subject) {
        Matcher item = name == null || !name.endsWith("]") ? null : SUBSCRIPT_TARGET.matcher(name);
        if (item != null && item.find()) {
            name = item.group(1);
            subject = "item '%s' is set to";
        }
        if (value instanceof PyExpr.Str s && credentials.isLiteralCredential(name, s.value())) {
            String env = Credentials.environmentName(name);
            report.named(s.span(), subject, name, s.value(), HINT.formatted(env, env));
        }
    }

    /** Dict keys at any depth of a value, without entering calls (each call is visited on its own). */
    private void nested(CredentialReport report, PyExpr expr) {
        if (expr instanceof PyExpr.DictExpr dict) {
            for (PyExpr.DictEntry entry : dict.entries()) {
                if (entry.key() instanceof PyExpr.Str key && !key.fString()) {
                    bind(report, key.value(), entry.value(), "dict key '%s' holds");
                }
                nested(report, entry.value());
            }
        } else if (expr instanceof PyExpr.ListExpr list) {
            list.elements().forEach(e -> nested(report, e));
        } else if (expr instanceof PyExpr.TupleExpr tuple) {
            tuple.elements().forEach(e -> nested(report, e));
        } else if (expr instanceof PyExpr.SetExpr set) {
            set.elements().forEach(e -> nested(report, e));
        } else if (expr instanceof PyExpr.BinOp op) {
            nested(report, op.left());
            nested(report, op.right());
        } else if (expr instanceof PyExpr.Starred starred) {
            nested(report, starred.value());
        }
    }

    /** {@code os.getenv("DB_PASSWORD", "hunter2")}: the fallback is a literal credential. */
    private void environmentDefault(CredentialReport report, PyCall call) {
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
        if (!args.isEmpty() && args.get(0) instanceof PyExpr.Str name) {
            bind(report, name.value(), fallback, "the default of environment variable '%s' is");
        }
    }

    /** A line's text by number (1-based), without its line break; the index is built on first use. */
    private static final class Lines {
        private final String text;
        private SourceText.LineIndex index;

        Lines(String text) {
            this.text = text;
        }

        String line(int number) {
            if (index == null) {
                index = new SourceText.LineIndex(text);
            }
            if (number < 1 || number > index.lineCount()) {
                return null;
            }
            int from = index.lineStart(number);
            // front-end texts end lines with LF or CRLF (a lone CR became LF when the file was decoded)
            int to = number < index.lineCount() ? index.lineStart(number + 1) - 1 : text.length();
            if (to > from && text.charAt(to - 1) == '\r') {
                to--;
            }
            return text.substring(from, to);
        }
    }

    private static char lastNonBlank(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** A string the model did not bind, bound by what precedes it on its line. */
    private void byContext(CredentialReport report, PyString s, Lines lines) {
        String text = lines.line(s.span().startLine());
        if (text == null) {
            return;
        }
        String before = text.substring(0, Math.min(text.length(), Math.max(0, s.span().startColumn() - 1)));
        // every pattern below ends in "=" or ":" and blanks; most strings (call arguments, say) end otherwise
        char last = lastNonBlank(before);
        if (last != '=' && last != ':') {
            return;
        }
        String name = null;
        String subject = null;
        Matcher m;
        if ((m = SUBSCRIPT.matcher(before)).find()) {
            name = m.group(1);
            subject = "item '%s' is set to";
        } else if ((m = DICT_KEY.matcher(before)).find()) {
            name = m.group(1);
            subject = "dict key '%s' holds";
        } else if ((m = ASSIGNED.matcher(before)).find()) {
            name = m.group(1);
            subject = "'%s' is assigned";
        }
        if (name != null && credentials.isLiteralCredential(name, s.value())) {
            String env = Credentials.environmentName(name);
            report.named(s.span(), subject, name, s.value(), HINT.formatted(env, env));
        }
    }
}
