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
 * Human- and editor-readable output, one line per finding in the form compilers use, so problem matchers
 * (VS Code, Vim's errorformat, GitHub Actions) pick it up:
 *
 * <pre>
 * src/jobs.py:12:5: error NAM001 job 'DataJob' is not snake_case
 * src/jobs.py: warning: could not decode file, skipped [io-error]
 * Found 1 problem (1 error, 0 warnings, 0 notes) in 12 files.
 * </pre>
 *
 * <ul>
 *   <li>Findings: {@code path:line:col: severity CODE message}; severity is lower case. A finding without a
 *       known position (line 0) is written {@code path: severity CODE message}; a known line with an unknown
 *       column is written {@code path:line: severity CODE message}.</li>
 *   <li>Tool notifications come after the findings and before the summary:
 *       {@code path: level: message [id]}, with {@code loclint} in place of the path when the notification
 *       is not about one file.</li>
 *   <li>Then one summary line: {@code Found N problems (E errors, W warnings, N notes) in F files.} or
 *       {@code No problems found in F files.}, with singular nouns for a count of 1.</li>
 *   <li>When the run itself failed ({@link RunResult#successful()} is false) a last line says so.</li>
 * </ul>
 * Line breaks inside messages are replaced by spaces so each finding stays on one line; other control
 * characters, and any in paths (a folder named {@code x\nsrc/a.py:1:1: error SEC001 fake} would forge a finding
 * line, an escape sequence would drive the terminal), are written as escapes ({@link Printable}). Hints are not
 * written here (they are in json and sarif).
 */
public final class TextReporter implements Reporter {

    public static final String NAME = "text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Finding f : result.findings()) {
            w.write(location(f));
            w.write(": ");
            w.write(f.severity().label());
            w.write(' ');
            w.write(f.code());
            w.write(' ');
            w.write(oneLine(f.message()));
            w.write('\n');
        }
        for (ToolNotification n : result.notifications()) {
            w.write(n.path() == null || n.path().isEmpty() ? "loclint" : Printable.escape(n.path()));
            w.write(": ");
            w.write(n.level() == null ? "note" : Printable.escape(n.level()));
            w.write(": ");
            w.write(oneLine(n.message()));
            if (n.id() != null && !n.id().isEmpty()) {
                w.write(" [");
                w.write(Printable.escape(n.id()));
                w.write(']');
            }
            w.write('\n');
        }
        w.write(Summary.of(result).sentence());
        w.write('\n');
        if (!result.successful()) {
            w.write("The run did not complete successfully; the findings above may be incomplete.\n");
        }
        w.flush();
    }

    /** {@code path:line:col}, {@code path:line} or {@code path}, as far as the position is known. */
    static String location(Finding f) {
        Span span = f.span();
        String path = Printable.escape(f.path());
        if (span == null || span.startLine() <= 0) {
            return path;
        }
        if (span.startColumn() <= 0) {
            return path + ":" + span.startLine();
        }
        return path + ":" + span.startLine() + ":" + span.startColumn();
    }

    /** Line breaks become spaces (a message may wrap), other control characters escapes. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return Printable.escape(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }
}
