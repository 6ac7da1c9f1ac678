package io.loclint.rules;

import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.Span;

import java.util.HashSet;
import java.util.Set;

/**
 * Reports credential findings for SEC001 and SEC002, whatever the file kind, in one wording, so no message, hint
 * or symbol ever carries a secret: values appear only through {@link Redaction#redact}, names are shown only when
 * they hold no known-format credential, and format matches are identified by {@link Credentials#symbol}. One
 * instance per file: a span is reported once even when a literal is both bound to a secret-like name and in a
 * known format.
 */
final class CredentialReport {
    private static final int MAX_NAME = 60;

    private final RuleContext context;
    private final String path;
    private final Credentials credentials;
    private final Set<Span> reported = new HashSet<>();

    CredentialReport(RuleContext context, String path, Credentials credentials) {
        this.context = context;
        this.path = path;
        this.credentials = credentials;
    }

    boolean alreadyReported(Span span) {
        return reported.contains(span);
    }

    /** Whether a reported span shares text with this one: the same secret seen as a value and as a word. */
    boolean overlapsReported(Span span) {
        for (Span other : reported) {
            if (before(other.startLine(), other.startColumn(), span.endLine(), span.endColumn())
                    && before(span.startLine(), span.startColumn(), other.endLine(), other.endColumn())) {
                return true;
            }
        }
        return false;
    }

    private static boolean before(int line, int column, int otherLine, int otherColumn) {
        return line < otherLine || line == otherLine && column < otherColumn;
    }

    /**
     * A literal bound to a secret-like name.
     *
     * @param subject how the message opens, with {@code %s} for the quoted name: {@code "'%s' is assigned"},
     *                {@code "keyword argument '%s' is given"}
     * @param hint    the fix, without the secret
     */
    void named(Span span, String subject, String name, String value, String hint) {
        if (!reported.add(span)) {
            return;
        }
        String shown = displayName(name);
        context.report(path, span, subject.formatted(shown) + " a literal credential ('" + Redaction.redact(value)
                        + "'), which leaks with the source and cannot differ between environments",
                "credential:" + shown, hint);
    }

    /** A known-format credential inside a literal; {@code text} is the whole literal. */
    void format(Span span, Credentials.FormatMatch match, String text, String where, String hint) {
        if (!reported.add(span)) {
            return;
        }
        context.report(path, span, where + " holds " + match.format().description() + " ('"
                        + Redaction.redact(match.secret()) + "'), which leaks with the source",
                Credentials.symbol(match, text), hint);
    }

    /** A name as messages may show it: never a known-format credential, never longer than 60 characters. */
    String displayName(String name) {
        if (name == null || credentials.firstFormat(name) != null) {
            return "<redacted name>";
        }
        String clean = name.replaceAll("[\\p{Cntrl}'\"]", "");
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) + "..." : clean;
    }
}
