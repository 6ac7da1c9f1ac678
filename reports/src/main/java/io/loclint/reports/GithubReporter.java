package io.loclint.reports;

import io.loclint.engine.files.Printable;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * GitHub Actions workflow commands, one line per finding; GitHub turns them into annotations on the run and
 * the pull request, and act-based runners (Gitea Actions, Forgejo, nektos/act) print them in the log:
 *
 * <pre>
 * ::error file=src/jobs.py,line=12,col=5,endLine=12,endColumn=12,title=NAM001::job 'DataJob' is not snake_case
 * ::warning file=data/big dump.json,title=loclint file-too-large::file is larger than 5 MB and was skipped
 * </pre>
 *
 * <ul>
 *   <li>Command by severity: error → {@code ::error}, warning → {@code ::warning}, note → {@code ::notice}.</li>
 *   <li>Properties: {@code file}, then {@code line}, {@code col}, {@code endLine}, {@code endColumn} as far as
 *       they are known, then {@code title=CODE}. Columns are written only for a one-line range (GitHub drops
 *       columns on ranges that span lines); an end before the start is left out.</li>
 *   <li>Escaping as the Actions runner unescapes: in the message {@code %}, {@code \r}, {@code \n} become
 *       {@code %25}, {@code %0D}, {@code %0A}; in property values also {@code :} and {@code ,} become
 *       {@code %3A} and {@code %2C}. A message keeps its line breaks that way. Other control characters are
 *       written as escapes ({@link Printable}): the log shows the command as it is.</li>
 *   <li>Tool notifications follow the findings, titled {@code loclint ID}, with {@code file} when they are
 *       about one file.</li>
 * </ul>
 * Nothing else is written: GitHub shows its own count of annotations. Suppressed findings are not written.
 */
public final class GithubReporter implements Reporter {

    public static final String NAME = "github";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Finding f : result.findings()) {
            StringBuilder props = new StringBuilder();
            property(props, "file", f.path());
            position(props, f.span());
            property(props, "title", f.code());
            command(w, switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            }, props, f.message() == null ? f.code() : f.message());
        }
        for (ToolNotification n : result.notifications()) {
            StringBuilder props = new StringBuilder();
            property(props, "file", n.path() == null || n.path().isEmpty() ? null : n.path());
            property(props, "title", n.id() == null || n.id().isEmpty() ? "loclint" : "loclint " + n.id());
            command(w, n.level() == null ? "notice" : switch (n.level()) {
                case "error" -> "error";
                case "warning" -> "warning";
                default -> "notice";
            }, props, n.message() == null ? "" : n.message());
        }
        w.flush();
    }

    private static void command(Writer w, String name, CharSequence props, String message) throws IOException {
        w.write("::");
        w.write(name);
        if (props.length() > 0) {
            w.write(' ');
            w.append(props);
        }
        w.write("::");
        w.write(escapeData(message));
        w.write('\n');
    }

    private static void position(StringBuilder props, Span span) {
        if (span == null || span.startLine() <= 0) {
            return;
        }
        property(props, "line", Integer.toString(span.startLine()));
        boolean oneLine = span.endLine() <= 0 || span.endLine() == span.startLine();
        boolean startColumn = span.startColumn() > 0 && oneLine;
        if (startColumn) {
            property(props, "col", Integer.toString(span.startColumn()));
        }
        if (span.endLine() >= span.startLine()) {
            property(props, "endLine", Integer.toString(span.endLine()));
            if (startColumn && span.endColumn() >= span.startColumn()) {
                property(props, "endColumn", Integer.toString(span.endColumn()));
            }
        }
    }

    private static void property(StringBuilder props, String key, String value) {
        if (value == null) {
            return;
        }
        if (props.length() > 0) {
            props.append(',');
        }
        props.append(key).append('=').append(escapeProperty(value));
    }

    /** GitHub's escaping of a command's message. */
    static String escapeData(String s) {
        return Printable.escape(s, true).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a property value: the message escaping plus {@code :} and {@code ,}. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
