package io.loclint.reports;

import io.loclint.engine.files.Printable;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A GitHub-flavoured Markdown summary for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}:
 *
 * <pre>
 * ## loclint
 *
 * Found 2 problems in 12 files: **1** error, **1** warning, **0** notes.
 *
 * | Severity | Code | Location | Message |
 * |---|---|---|---|
 * | error | [NAM001](https://.../NAM001.md) | src/jobs.py:12:5 | job 'DataJob' is not snake\_case |
 * </pre>
 *
 * <ul>
 *   <li>When clean: the heading and {@code No problems found in N files.}</li>
 *   <li>At most {@value #MAX_ROWS} rows (a pull-request comment has a size limit), then
 *       {@code … and N more.}</li>
 *   <li>Cells are escaped so a message cannot break the table or inject markup: {@code |} and Markdown
 *       punctuation get a backslash, {@code < > &} become entities, line breaks become {@code <br>}, other
 *       control characters escapes ({@link Printable}).</li>
 *   <li>The code links to the rule's page when the rule is known.</li>
 *   <li>Tool notifications (skipped files and the like) follow as a list; a failed run says so last.</li>
 * </ul>
 */
public final class MarkdownReporter implements Reporter {

    public static final String NAME = "markdown";
    static final int MAX_ROWS = 200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Summary s = Summary.of(result);
        w.write("## loclint\n\n");
        if (s.problems() == 0) {
            w.write("No problems found in " + Summary.plural(s.filesChecked(), "file") + ".\n");
        } else {
            w.write("Found " + Summary.plural(s.problems(), "problem") + " in "
                    + Summary.plural(s.filesChecked(), "file") + ": " + bold(s.errors(), "error") + ", "
                    + bold(s.warnings(), "warning") + ", " + bold(s.notes(), "note") + ".\n\n");
            Map<String, RuleMeta> rules = new HashMap<>();
            for (RuleMeta rule : result.rules()) {
                rules.putIfAbsent(rule.code(), rule);
            }
            w.write("| Severity | Code | Location | Message |\n");
            w.write("|---|---|---|---|\n");
            int rows = Math.min(MAX_ROWS, result.findings().size());
            for (int i = 0; i < rows; i++) {
                Finding f = result.findings().get(i);
                RuleMeta rule = rules.get(f.code());
                String code = rule == null ? cell(f.code()) : "[" + cell(f.code()) + "](" + rule.helpUri() + ")";
                w.write("| " + f.severity().label() + " | " + code + " | " + cell(TextReporter.location(f)) + " | "
                        + cell(f.message()) + " |\n");
            }
            if (result.findings().size() > rows) {
                w.write("\n… and " + (result.findings().size() - rows) + " more.\n");
            }
        }
        if (!result.notifications().isEmpty()) {
            w.write("\nFrom the run itself:\n\n");
            for (ToolNotification n : result.notifications()) {
                w.write("- " + (n.level() == null ? "note" : cell(n.level())) + ": "
                        + (n.path() == null || n.path().isEmpty() ? "" : cell(n.path()) + ": ")
                        + cell(n.message()) + "\n");
            }
        }
        if (!result.successful()) {
            w.write("\n**The run did not complete successfully; the findings above may be incomplete.**\n");
        }
        w.flush();
    }

    private static String bold(int count, String noun) {
        String plural = Summary.plural(count, noun);
        int space = plural.indexOf(' ');
        return "**" + plural.substring(0, space) + "**" + plural.substring(space);
    }

    /** Text safe inside a table cell (and in a list item): one line, no markup, no HTML. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\n' -> out.append("<br>");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(c);
                default -> out.append(Printable.escape(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
