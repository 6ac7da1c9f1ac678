package io.loclint.grammar.dotenv;

import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.List;

/** {@code .env} files: {@code KEY=value}, {@code export KEY=value}, single or double quotes, {@code #} comments. */
public final class DotenvFrontEnd {
    private DotenvFrontEnd() {
    }

    public static DotenvFile parse(String text) {
        List<DotenvEntry> entries = new ArrayList<>();
        int lineStart = 0;
        for (int number = 1; lineStart <= text.length(); number++) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            DotenvEntry entry = entry(line, number);
            if (entry != null) {
                entries.add(entry);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return new DotenvFile(List.copyOf(entries));
    }

    private static DotenvEntry entry(String line, int number) {
        int at = skipBlanks(line, 0);
        boolean exported = false;
        if (line.startsWith("export", at) && at + 6 < line.length() && isBlank(line.charAt(at + 6))) {
            exported = true;
            at = skipBlanks(line, at + 6);
        }
        int keyStart = at;
        if (at >= line.length() || !(Character.isLetter(line.charAt(at)) && line.charAt(at) < 128
                || line.charAt(at) == '_')) {
            return null; // a comment, a blank line or not an entry
        }
        while (at < line.length() && isKeyChar(line.charAt(at))) {
            at++;
        }
        int keyEnd = at;
        at = skipBlanks(line, at);
        if (at >= line.length() || line.charAt(at) != '=') {
            return null;
        }
        String key = line.substring(keyStart, keyEnd);
        Span keySpan = new Span(number, keyStart + 1, number, keyEnd + 1);
        int valueStart = skipBlanks(line, at + 1);
        if (valueStart < line.length()) {
            char quote = line.charAt(valueStart);
            if (quote == '"' || quote == '\'') {
                DotenvEntry quoted = quoted(line, number, valueStart, quote, key, keySpan, exported);
                if (quoted != null) {
                    return quoted;
                }
            }
        }
        int valueEnd = valueStart;
        while (valueEnd < line.length() && !(line.charAt(valueEnd) == '#' && valueEnd > valueStart
                && isBlank(line.charAt(valueEnd - 1)))) {
            valueEnd++;
        }
        while (valueEnd > valueStart && isBlank(line.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        return new DotenvEntry(key, keySpan, line.substring(valueStart, valueEnd),
                new Span(number, valueStart + 1, number, valueEnd + 1), exported, false);
    }

    /** A value in quotes; null when the quote is not closed on the line (the value is then taken as written). */
    private static DotenvEntry quoted(String line, int number, int start, char quote, String key, Span keySpan,
                                      boolean exported) {
        StringBuilder value = new StringBuilder();
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == quote) {
                return new DotenvEntry(key, keySpan, value.toString(), new Span(number, start + 1, number, i + 2),
                        exported, true);
            }
            if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                char escaped = line.charAt(++i);
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '"', '\\' -> escaped;
                    default -> {
                        value.append('\\');
                        yield escaped;
                    }
                });
            } else {
                value.append(c);
            }
        }
        return null;
    }

    private static boolean isKeyChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static int skipBlanks(String line, int at) {
        while (at < line.length() && isBlank(line.charAt(at))) {
            at++;
        }
        return at;
    }
}
