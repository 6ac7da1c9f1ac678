package io.loclint.engine.files;

import java.util.ArrayList;
import java.util.List;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * The patterns of one {@code .gitignore}, matched against paths relative to the folder that holds it. Supports what
 * real repositories use: {@code *}, {@code **}, {@code ?}, character classes, a leading {@code /} anchor, a
 * trailing {@code /} for folders only, and {@code !} negation (the last matching pattern wins). Lines are checked
 * text, so they are matched with RE2/J in linear time: a line of {@code *a} repeated then {@code *b} hung a
 * backtracking matcher.
 */
public final class GitIgnore {
    private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {}

    private final List<Rule> rules;

    private GitIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    public static GitIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = stripTrailingSpaces(raw);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = false;
            if (line.startsWith("!")) {
                negated = true;
                line = line.substring(1);
            } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
                line = line.substring(1);
            }
            boolean directoryOnly = line.endsWith("/");
            if (directoryOnly) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            // a pattern with a slash anywhere but the end is relative to the .gitignore's folder
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            String regex = (anchored ? "" : "(?:.*/)?") + globToRegex(line) + "(?:/.*)?";
            try {
                rules.add(new Rule(Pattern.compile(regex), negated, directoryOnly));
            } catch (PatternSyntaxException e) {
                // a class git reads differently ([z-a]) and we cannot translate: the line is left out, never the run
            }
        }
        return new GitIgnore(rules);
    }

    /** Null when no pattern speaks of the path, else whether it is ignored. */
    public Boolean matches(String relativePath, boolean directory) {
        Boolean verdict = null;
        for (Rule rule : rules) {
            if (rule.directoryOnly && !directory && !relativePath.contains("/")) {
                continue;
            }
            if (rule.pattern.matcher(relativePath).matches()) {
                if (rule.directoryOnly && !directory && !matchesAnyParent(rule.pattern, relativePath)) {
                    continue;
                }
                verdict = !rule.negated;
            }
        }
        return verdict;
    }

    private static boolean matchesAnyParent(Pattern pattern, String path) {
        int slash = path.lastIndexOf('/');
        while (slash > 0) {
            path = path.substring(0, slash);
            if (pattern.matcher(path).matches()) {
                return true;
            }
            slash = path.lastIndexOf('/');
        }
        return false;
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && (end < 2 || line.charAt(end - 2) != '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    static String globToRegex(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    out.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    out.append("[^/]*");
                }
            } else if (c == '?') {
                out.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    out.append("\\[");
                } else {
                    String cls = glob.substring(i + 1, close);
                    if (cls.startsWith("!")) {
                        cls = "^" + cls.substring(1);
                    }
                    out.append('[').append(cls.replace("\\", "\\\\")).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                out.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
