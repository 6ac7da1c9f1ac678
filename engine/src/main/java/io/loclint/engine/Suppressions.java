package io.loclint.engine;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Suppression;
import io.loclint.engine.result.UnusedSuppression;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyComment;

import java.util.ArrayList;
import java.util.HashMap;
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
 * findings into kept and suppressed.
 */
public final class Suppressions {
    private static final Pattern COMMENT = Pattern.compile("loclint:\\s*ignore\\[([^\\]]*)\\]");
    private static final Pattern TEXT_COMMENT = Pattern.compile("(^|\\s)#\\s*loclint:\\s*ignore\\[([^\\]]*)\\]");

    private final Map<String, List<Suppression>> byPath = new HashMap<>();

    public Suppressions(List<ParsedFile> files) {
        for (ParsedFile file : files) {
            List<Suppression> found = file.kind() == FileKind.PYTHON && file.python() != null
                    ? fromPython(file) : fromText(file);
            if (!found.isEmpty()) {
                byPath.put(file.path(), found);
            }
        }
    }

    public List<Suppression> all() {
        List<Suppression> out = new ArrayList<>();
        byPath.values().forEach(out::addAll);
        return out;
    }

    private static List<Suppression> fromPython(ParsedFile file) {
        List<Suppression> out = new ArrayList<>();
        for (PyComment comment : file.python().comments()) {
            Matcher m = COMMENT.matcher(comment.text());
            if (m.find() && comment.text().strip().startsWith("loclint:")) {
                int line = comment.span().startLine();
                out.add(new Suppression(file.path(), comment.trailing() ? line : line + 1, codes(m.group(1)),
                        comment.span()));
            }
        }
        return out;
    }

    private static List<Suppression> fromText(ParsedFile file) {
        List<Suppression> out = new ArrayList<>();
        String text = file.text();
        if (text == null || !text.contains("loclint:")) {
            return out;
        }
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TEXT_COMMENT.matcher(lines[i]);
            if (m.find()) {
                int hash = lines[i].indexOf('#', m.start());
                boolean alone = lines[i].substring(0, hash).isBlank();
                Span span = new Span(i + 1, hash + 1, i + 1, m.end() + 1);
                out.add(new Suppression(file.path(), alone ? i + 2 : i + 1, codes(m.group(2)), span));
            }
        }
        return out;
    }

    private static List<String> codes(String list) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
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
        for (Suppression s : all()) {
            for (String code : s.codes()) {
                boolean couldHaveMatched = ran.test(s.path(), code) || !knownCodes.contains(code);
                if (couldHaveMatched && !used.getOrDefault(s, Set.of()).contains(code)) {
                    unused.add(new UnusedSuppression(s, code));
                }
            }
        }
        return new Applied(kept, suppressed, unused);
    }
}
