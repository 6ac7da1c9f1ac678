package io.loclint.reports;

import io.loclint.engine.files.Printable;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * line, an escape sequence would drive the terminal), are written as escapes ({@link Printable}).
 *
 * <p>That is the {@link Style#PLAIN} layout, the one for pipes, files and editors, and it stays byte for byte the
 * same. For a person at a terminal, {@link Style#FULL} adds below each finding line the source line with carets
 * under the finding and the rule's fix hint, as Ruff shows them, then a blank line:
 *
 * <pre>
 * src/jobs.py:12:5: error NAM001 job 'DataJob' is not snake_case
 *    |
 * 12 | @job(name="DataJob")
 *    |     ^^^^^^^^^
 *    |
 *    = help: rename it to 'data_job'
 * </pre>
 *
 * The source line is read again from the checked file; it is left out when the file cannot be read or is binary,
 * when the line is too long to show, and on every line that holds a credential finding (reported, suppressed or in
 * the baseline): the report never prints a credential. A reason that closes a message ({@code ...; the guide names
 * jobs, ops and their schedules in snake_case}) is given once per rule: later findings of the rule with the same
 * reason leave it out. {@link Style#COLOUR} is FULL with ANSI colours.
 */
public final class TextReporter implements Reporter {

    public static final String NAME = "text";

    /** How much the report shows of each finding. */
    public enum Style {
        /** One line per finding: what pipes, files and editor problem matchers read. */
        PLAIN,
        /** Also the source line with carets under the finding and the fix hint, for a person at a terminal. */
        FULL,
        /** FULL in ANSI colours. */
        COLOUR
    }

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String GUTTER = "\u001b[1;34m";
    /** A source line longer than this (minified or generated) is not shown. */
    static final int MAX_SOURCE_LINE = 300;
    /** A file larger than this is not read again for its source lines (discovery skips such files anyway). */
    private static final long MAX_SOURCE_BYTES = 5L * 1024 * 1024;

    private final Style style;

    public TextReporter() {
        this(Style.PLAIN);
    }

    public TextReporter(Style style) {
        this.style = style;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        boolean colour = style == Style.COLOUR;
        Sources sources = style == Style.PLAIN ? null : new Sources(result);
        Map<String, Set<String>> reasonsGiven = new HashMap<>();
        for (Finding f : result.findings()) {
            w.write(colour ? BOLD + location(f) + RESET : location(f));
            w.write(": ");
            w.write(colour ? severityColour(f.severity()) + f.severity().label() + RESET : f.severity().label());
            w.write(' ');
            w.write(colour ? BOLD + f.code() + RESET : f.code());
            w.write(' ');
            w.write(oneLine(sources == null ? f.message() : withoutRepeatedReason(f, reasonsGiven)));
            w.write('\n');
            if (sources != null) {
                w.write(details(f, sources, colour));
            }
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

    /**
     * The source block below a finding line and the hint, then a blank line; only the blank line when there is
     * neither.
     */
    private static String details(Finding f, Sources sources, boolean colour) {
        StringBuilder out = new StringBuilder();
        Span span = f.span();
        String source = span == null ? null : sources.line(f.path(), span.startLine());
        String indent = "  ";
        if (source != null) {
            String number = Integer.toString(span.startLine());
            String blank = " ".repeat(number.length());
            indent = blank + " ";
            String bar = colour ? GUTTER + "|" + RESET : "|";
            out.append(blank).append(' ').append(bar).append('\n');
            out.append(colour ? GUTTER + number + " |" + RESET : number + " |").append(' ')
                    .append(shown(source, 0, source.length())).append('\n');
            out.append(blank).append(' ').append(bar);
            if (span.startColumn() > 0) {
                int start = Math.min(span.startColumn() - 1, source.length());
                String carets = "^".repeat(width(source, start, caretEnd(source, span, start)));
                out.append(' ').append(" ".repeat(width(source, 0, start)))
                        .append(colour ? severityColour(f.severity()) + carets + RESET : carets);
            }
            out.append('\n').append(blank).append(' ').append(bar).append('\n');
        }
        if (f.hint() != null && !f.hint().isBlank()) {
            out.append(indent).append(colour ? BOLD + "= help:" + RESET : "= help:").append(' ')
                    .append(oneLine(f.hint())).append('\n');
        }
        return out.append('\n').toString();
    }

    /**
     * The message, without its closing reason ({@code ...; the guide names jobs ... in snake_case}, the part after
     * the last {@code "; "}) when an earlier finding of the same rule gave the same one: a person reads a rule's
     * rationale once, not on every line.
     */
    private static String withoutRepeatedReason(Finding f, Map<String, Set<String>> reasonsGiven) {
        String message = f.message();
        int semicolon = message == null ? -1 : message.lastIndexOf("; ");
        if (semicolon < 0) {
            return message;
        }
        boolean first = reasonsGiven.computeIfAbsent(f.code(), code -> new HashSet<>())
                .add(message.substring(semicolon + 2));
        return first ? message : message.substring(0, semicolon);
    }

    /**
     * Where the carets under a finding starting at {@code start} end on its first line: at its end column, at the
     * end of the line when it goes on to later lines, one character on when its end is unknown.
     */
    private static int caretEnd(String source, Span span, int start) {
        if (span.endLine() > span.startLine()) {
            return Math.max(start + 1, source.length());
        }
        if (span.endLine() == span.startLine() && span.endColumn() > span.startColumn()) {
            return Math.max(start + 1, Math.min(span.endColumn() - 1, source.length()));
        }
        return start + 1;
    }

    /** How many columns part of a source line takes as printed; at least 1 for a caret past the line's end. */
    private static int width(String source, int from, int to) {
        String printed = shown(source, from, Math.min(to, source.length()));
        int width = printed.codePointCount(0, printed.length());
        return to > from ? Math.max(1, width) : width;
    }

    /** Part of a source line as printed: a tab as four spaces, other control characters as escapes. */
    private static String shown(String source, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            out.append(c == '\t' ? "    " : Printable.escape(String.valueOf(c)));
        }
        return out.toString();
    }

    private static String severityColour(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case NOTE -> "\u001b[1;36m";
        };
    }

    /**
     * The checked files' lines, read again one file at a time (findings come sorted by path), with the lines that
     * hold a credential finding withheld.
     */
    private static final class Sources {
        private final Path root;
        private final Set<String> credentialLines = new HashSet<>();
        private String path;
        private List<String> lines = List.of();

        Sources(RunResult result) {
            this.root = result.root() == null ? Path.of("") : result.root();
            Set<String> credentialRules = new HashSet<>();
            for (RuleMeta rule : result.rules()) {
                // credential rules are the ones whose family, the first tag, is security
                if (!rule.tags().isEmpty() && rule.tags().get(0).equals("security")) {
                    credentialRules.add(rule.code());
                }
            }
            List<Finding> all = new ArrayList<>(result.findings());
            all.addAll(result.suppressed());
            if (result.baseline() != null) {
                all.addAll(result.baseline().unchanged());
            }
            for (Finding f : all) {
                if (credentialRules.contains(f.code()) && f.span() != null) {
                    int last = Math.max(f.span().startLine(), f.span().endLine());
                    for (int line = f.span().startLine(); line <= last; line++) {
                        credentialLines.add(f.path() + '\0' + line);
                    }
                }
            }
        }

        /** The 1-based line of the file, or null when it is not to be shown. */
        String line(String file, int number) {
            if (file == null || number <= 0 || credentialLines.contains(file + '\0' + number)) {
                return null;
            }
            if (!file.equals(path)) {
                path = file;
                lines = read(root.resolve(file));
            }
            if (number > lines.size()) {
                return null;
            }
            String line = lines.get(number - 1);
            return line.length() > MAX_SOURCE_LINE ? null : line;
        }

        private static List<String> read(Path file) {
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_SOURCE_BYTES) {
                    return List.of();
                }
                byte[] bytes = Files.readAllBytes(file);
                for (byte b : bytes) {
                    if (b == 0) {
                        return List.of();
                    }
                }
                // bytes that are not UTF-8 show as U+FFFD rather than hiding the line
                return new String(bytes, StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                return List.of();
            }
        }
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
