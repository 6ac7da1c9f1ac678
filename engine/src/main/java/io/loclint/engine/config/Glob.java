package io.loclint.engine.config;

import com.google.re2j.Pattern;

/**
 * A path glob from the checked tree (a {@code per-file-ignores} key, a uv workspace member) with the JDK's glob syntax, matched in linear time: the JDK's
 * own glob matcher is a backtracking regular expression, and a crafted glob ({@code *a*a*a...*b}) in a checked
 * repository's configuration took exponential time. {@code *} and {@code ?} stay within one path segment,
 * {@code **} crosses them, {@code [...]} (with {@code [!...]}) is a class, {@code {a,b}} alternatives, and
 * {@code \} quotes the next character.
 */
public final class Glob {
    private final Pattern pattern;

    private Glob(Pattern pattern) {
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException when the glob is malformed: an unclosed class or group, or a nested group */
    public static Glob compile(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean crossesSegments = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    regex.append(crossesSegments ? ".*" : "[^/]*");
                    i += crossesSegments ? 1 : 0;
                }
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("an unclosed '[' at character " + (i + 1));
                    }
                    String body = glob.substring(i + 1, close);
                    regex.append('[').append(body.startsWith("!") ? "^" + quoteClass(body.substring(1))
                            : quoteClass(body)).append(']');
                    i = close;
                }
                case '{' -> {
                    if (inGroup) {
                        throw new IllegalArgumentException("a '{' inside a group at character " + (i + 1));
                    }
                    inGroup = true;
                    regex.append("(?:");
                }
                case '}' -> {
                    regex.append(inGroup ? ")" : "\\}");
                    inGroup = false;
                }
                case ',' -> regex.append(inGroup ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("an unclosed '{'");
        }
        return new Glob(Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /** A class body with the characters RE2 gives a meaning to quoted, ranges ({@code a-z}) kept. */
    private static String quoteClass(String body) {
        StringBuilder out = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (c == '\\' || c == '[' || c == ']' || c == '^') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    public boolean matches(String path) {
        return pattern.matches(path);
    }
}
