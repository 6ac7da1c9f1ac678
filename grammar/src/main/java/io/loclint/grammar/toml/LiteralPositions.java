package io.loclint.grammar.toml;

import io.loclint.grammar.SourceText;
import io.loclint.grammar.Span;
import org.tomlj.TomlPosition;

/**
 * Where a value's literal lies in the source. tomlj places a table value at the start of its key, and an array
 * element at the end of what precedes it (after the {@code [} or the {@code ,}, before any line break or comment);
 * both are moved to the literal and its end found by its own quoting rules. tomlj counts columns in code points,
 * spans count UTF-16 units.
 */
final class LiteralPositions {
    private final String source;
    private final SourceText.LineIndex lines;

    LiteralPositions(String source) {
        this.source = source;
        this.lines = new SourceText.LineIndex(source);
    }

    /** The literal of the value whose key starts at {@code keyPosition}, or null when the text disagrees. */
    Span afterKey(TomlPosition keyPosition) {
        int at = offset(keyPosition);
        if (at < 0) {
            return null;
        }
        at = skipKey(at);
        at = skipBlanks(at);
        if (at >= source.length() || source.charAt(at) != '=') {
            return null;
        }
        return literal(skipBlanks(at + 1));
    }

    /** The literal of the array element tomlj places at {@code position}, or null when the text disagrees. */
    Span element(TomlPosition position) {
        int at = offset(position);
        return at < 0 ? null : literal(skipTrivia(at));
    }

    private int offset(TomlPosition position) {
        if (position == null || position.line() < 1 || position.line() > lines.lineCount() || position.column() < 1) {
            return -1;
        }
        int start = lines.lineStart(position.line());
        try {
            return source.offsetByCodePoints(start, position.column() - 1);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** A dotted key of bare and quoted parts: {@code a."b.c" . d}. */
    private int skipKey(int at) {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '"' || c == '\'') {
                int end = singleLineEnd(at, c);
                if (end < 0) {
                    return at;
                }
                at = end;
            } else {
                while (at < source.length() && isBareKeyChar(source.charAt(at))) {
                    at++;
                }
            }
            int next = skipBlanks(at);
            if (next < source.length() && source.charAt(next) == '.') {
                at = skipBlanks(next + 1);
            } else {
                return at;
            }
        }
        return at;
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private int skipBlanks(int at) {
        while (at < source.length() && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** Blanks, line breaks and comments between array elements. */
    private int skipTrivia(int at) {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                at++;
            } else if (c == '#') {
                int eol = source.indexOf('\n', at);
                at = eol < 0 ? source.length() : eol + 1;
            } else {
                break;
            }
        }
        return at;
    }

    /** The span of the string literal starting at {@code at}, or null when none starts there. */
    private Span literal(int at) {
        if (at >= source.length()) {
            return null;
        }
        char quote = source.charAt(at);
        if (quote != '"' && quote != '\'') {
            return null;
        }
        int end = source.startsWith(String.valueOf(quote).repeat(3), at) ? multiLineEnd(at, quote)
                : singleLineEnd(at, quote);
        return end < 0 ? null : lines.span(at, end);
    }

    /** Just past the closing quote of a one-line string starting at {@code at}, or -1. */
    private int singleLineEnd(int at, char quote) {
        for (int i = at + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Just past the closing delimiter of a multi-line string, which may end in up to two more quotes. */
    private int multiLineEnd(int at, char quote) {
        String delimiter = String.valueOf(quote).repeat(3);
        for (int i = at + 3; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (source.startsWith(delimiter, i)) {
                int end = i + 3;
                for (int extra = 0; extra < 2 && end < source.length() && source.charAt(end) == quote; extra++) {
                    end++;
                }
                return end;
            }
        }
        return -1;
    }
}
