package io.loclint.engine;

import io.loclint.engine.result.Edit;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Fix;
import io.loclint.engine.result.Suppression;
import io.loclint.engine.result.UnusedSuppression;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyComment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Finds {@code # loclint: ignore[CODE, ...]} comments, at the end of a line or alone on the line above, in every
 * kind of file (Python through its comments, the others through {@code #} comments in their text), and splits
 * findings into kept and suppressed. A {@code # loclint: ignore} that names no code ({@code ignore[]}, an unclosed
 * bracket) is kept too, with no codes, so that it is reported rather than silently suppressing nothing.
 */
public final class Suppressions {
    /** Group 1 is the code list, absent when the directive names no code list at all. */
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*loclint:\\s*ignore\\b(?:\\[([^\\]]*)\\])?");
    private static final Pattern TEXT_DIRECTIVE = Pattern.compile("(?:^|\\s)(#\\s*loclint:\\s*ignore\\b"
            + "(?:\\[([^\\]]*)\\])?)");

    /** Each suppression with its line's text, from which its removal is worked out. */
    private final Map<Suppression, Directive> directives = new LinkedHashMap<>();
    private final Map<String, List<Suppression>> byPath = new HashMap<>();

    /**
     * Where a suppression's text sits on its line, as indexes into {@code line}: the {@code #}, the code list (both
     * -1 when there is none) and the end of the directive.
     */
    private record Directive(String line, int hash, int codesStart, int codesEnd, int end, boolean lastLine) {}

    public Suppressions(List<ParsedFile> files) {
        for (ParsedFile file : files) {
            if (file.text() == null || !file.text().contains("loclint:")) {
                continue;
            }
            String[] lines = file.text().split("\r?\n|\r", -1);
            if (file.kind() == FileKind.PYTHON && file.python() != null) {
                fromPython(file, lines);
            } else {
                fromText(file, lines);
            }
        }
    }

    public List<Suppression> all() {
        return List.copyOf(directives.keySet());
    }

    private void fromPython(ParsedFile file, String[] lines) {
        for (PyComment comment : file.python().comments()) {
            if (!comment.text().strip().startsWith("loclint:")) {
                continue;
            }
            int line = comment.span().startLine();
            String text = lines[line - 1];
            Matcher m = DIRECTIVE.matcher(text);
            if (m.find(comment.span().startColumn() - 1) && m.start() == comment.span().startColumn() - 1) {
                add(file, comment.trailing() ? line : line + 1, line, m.start(), m.start(1), m.end(1), m.end(),
                        m.group(1), lines);
            }
        }
    }

    private void fromText(ParsedFile file, String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TEXT_DIRECTIVE.matcher(lines[i]);
            if (m.find()) {
                boolean alone = lines[i].substring(0, m.start(1)).isBlank();
                add(file, alone ? i + 2 : i + 1, i + 1, m.start(1), m.start(2), m.end(2), m.end(1), m.group(2),
                        lines);
            }
        }
    }

    private void add(ParsedFile file, int targetLine, int line, int hash, int codesStart, int codesEnd, int end,
                     String codeList, String[] lines) {
        Span span = new Span(line, hash + 1, line, end + 1);
        Suppression suppression = new Suppression(file.path(), targetLine, codes(codeList), span);
        directives.put(suppression, new Directive(lines[line - 1], hash, codesStart, codesEnd, end,
                line == lines.length));
        byPath.computeIfAbsent(file.path(), p -> new ArrayList<>()).add(suppression);
    }

    private static List<String> codes(String list) {
        if (list == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    /** The suppression whose codes apply to {@code line} of {@code path}, or null when there is none. */
    public Suppression targeting(String path, int line) {
        for (Suppression s : byPath.getOrDefault(path, List.of())) {
            if (s.targetLine() == line) {
                return s;
            }
        }
        return null;
    }

    /**
     * The edit that makes a suppression also suppress {@code codes}: they join its code list, or become the list of
     * one that names no code.
     */
    public Edit adding(Suppression s, List<String> codes) {
        Directive d = directives.get(s);
        Set<String> merged = new LinkedHashSet<>(s.codes());
        merged.addAll(codes);
        String list = String.join(", ", merged);
        int line = s.span().startLine();
        if (d.codesStart() >= 0) {
            return new Edit(new Span(line, d.codesStart() + 1, line, d.codesEnd() + 1), list);
        }
        return new Edit(new Span(line, d.hash() + 1, line, d.end() + 1), directive(merged));
    }

    /** The comment that suppresses {@code codes}. */
    public static String directive(Collection<String> codes) {
        return "# loclint: ignore[" + String.join(", ", codes) + "]";
    }

    /** The result of applying suppressions to a run's findings. */
    public record Applied(List<Finding> kept, List<Finding> suppressed, List<UnusedSuppression> unused) {}

    /**
     * @param ran        whether a code ran on a file (path, code): a suppression of a rule that did not run there is
     *                   not "unused"
     * @param knownCodes every code there is: a suppression of an unknown code (a typo) never suppresses anything
     */
    public Applied apply(List<Finding> findings, BiPredicate<String, String> ran, Set<String> knownCodes) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        Map<Suppression, Set<String>> used = new HashMap<>();
        for (Finding finding : findings) {
            Suppression match = null;
            for (Suppression s : byPath.getOrDefault(finding.path(), List.of())) {
                if (s.targetLine() == finding.span().startLine() && s.codes().contains(finding.code())) {
                    match = s;
                    break;
                }
            }
            if (match == null) {
                kept.add(finding);
            } else {
                suppressed.add(finding);
                used.computeIfAbsent(match, k -> new LinkedHashSet<>()).add(finding.code());
            }
        }
        List<UnusedSuppression> unused = new ArrayList<>();
        for (Map.Entry<Suppression, Directive> entry : directives.entrySet()) {
            Suppression s = entry.getKey();
            if (s.codes().isEmpty()) {
                unused.add(new UnusedSuppression(s, null, null));
                continue;
            }
            List<String> unusedCodes = new ArrayList<>();
            for (String code : s.codes()) {
                boolean couldHaveMatched = ran.test(s.path(), code) || !knownCodes.contains(code);
                if (couldHaveMatched && !used.getOrDefault(s, Set.of()).contains(code)) {
                    unusedCodes.add(code);
                }
            }
            if (!unusedCodes.isEmpty()) {
                Fix fix = removal(s, entry.getValue(), unusedCodes);
                unusedCodes.forEach(code -> unused.add(new UnusedSuppression(s, code, fix)));
            }
        }
        return new Applied(kept, suppressed, unused);
    }

    /**
     * Removes the unused codes from a suppression, or the whole directive when none is left. Every unused code of
     * one suppression gets this same fix, so applying any of them, or all, gives the same text.
     */
    private static Fix removal(Suppression s, Directive d, List<String> unusedCodes) {
        int line = s.span().startLine();
        List<String> left = s.codes().stream().filter(c -> !unusedCodes.contains(c)).toList();
        if (!left.isEmpty()) {
            Edit edit = new Edit(new Span(line, d.codesStart() + 1, line, d.codesEnd() + 1), String.join(", ", left));
            return new Fix("remove " + String.join(", ", unusedCodes) + " from the suppression", List.of(edit));
        }
        String before = d.line().substring(0, d.hash());
        String after = d.line().substring(d.end());
        Edit edit;
        if (before.isBlank() && after.isBlank()) {
            edit = d.lastLine() ? Edit.deletion(new Span(line, 1, line, d.line().length() + 1))
                    : Edit.deletion(new Span(line, 1, line + 1, 1));
        } else if (after.isBlank()) {
            int from = before.stripTrailing().length();
            edit = Edit.deletion(new Span(line, from + 1, line, d.line().length() + 1));
        } else {
            // text after the directive stays a comment: a following "# note" keeps its own '#', anything else
            // keeps this one's
            int restStart = d.end() + (after.length() - after.stripLeading().length());
            boolean ownHash = after.stripLeading().startsWith("#");
            edit = new Edit(new Span(line, d.hash() + 1, line, restStart + 1), ownHash ? "" : "# ");
        }
        return new Fix("remove the unused suppression", List.of(edit));
    }
}
