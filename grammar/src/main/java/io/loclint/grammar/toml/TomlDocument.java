package io.loclint.grammar.toml;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A parsed TOML file. Values are read by dotted key; a key's position is where tomlj puts it (the start of the
 * key), a string's is the exact span of its literal ({@link LiteralPositions}).
 */
public final class TomlDocument {
    private final TomlParseResult result;
    private final List<ParseProblem> problems;
    private final LiteralPositions positions;
    private final List<TomlString> strings;

    TomlDocument(TomlParseResult result, List<ParseProblem> problems, String source) {
        this.result = result;
        this.problems = List.copyOf(problems);
        this.positions = result == null ? null : new LiteralPositions(source);
        this.strings = result == null ? List.of() : collectStrings();
    }

    public List<ParseProblem> problems() {
        return problems;
    }

    public boolean parsed() {
        return result != null;
    }

    /** The whole document as a table, or null when it did not parse. */
    public TomlTable root() {
        return result;
    }

    public String getString(String dottedKey) {
        if (result == null) {
            return null;
        }
        try {
            Object value = result.get(dottedKey);
            return value instanceof String s ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public TomlTable getTable(String dottedKey) {
        if (result == null) {
            return null;
        }
        try {
            return result.getTable(dottedKey);
        } catch (IllegalArgumentException | org.tomlj.TomlInvalidTypeException e) {
            return null;
        }
    }

    public TomlArray getArray(String dottedKey) {
        if (result == null) {
            return null;
        }
        try {
            return result.getArray(dottedKey);
        } catch (IllegalArgumentException | org.tomlj.TomlInvalidTypeException e) {
            return null;
        }
    }

    /** The position of a key's value, or null. */
    public Span spanOf(String dottedKey) {
        if (result == null) {
            return null;
        }
        try {
            TomlPosition p = result.inputPositionOf(dottedKey);
            return p == null ? null : toSpan(p);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The position of a key given as path segments (keys may hold dots), or null. */
    public Span spanOf(List<String> keyPath) {
        if (result == null) {
            return null;
        }
        try {
            TomlPosition p = result.inputPositionOf(keyPath);
            return p == null ? null : toSpan(p);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every string value of the document in source order; none when it did not parse. */
    public List<TomlString> strings() {
        return strings;
    }

    /** Strings of an array with the spans of their literals. */
    public List<Located> stringsOf(String dottedKey) {
        return stringsOf(getArray(dottedKey), spanOf(dottedKey));
    }

    /** The same for a key given as path segments. */
    public List<Located> stringsOf(List<String> keyPath) {
        TomlArray array = null;
        if (result != null) {
            try {
                array = result.getArray(keyPath);
            } catch (IllegalArgumentException | org.tomlj.TomlInvalidTypeException e) {
                array = null;
            }
        }
        return stringsOf(array, spanOf(keyPath));
    }

    private List<Located> stringsOf(TomlArray array, Span start) {
        List<Located> out = new ArrayList<>();
        if (array == null || start == null) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof String value) {
                Span literal = positions.element(array.inputPositionOf(i));
                out.add(new Located(value, literal != null ? literal : start));
            }
        }
        return out;
    }

    public record Located(String value, Span span) {}

    /** A value still to visit, with the keys leading to it and where tomlj places it. */
    private record Pending(Object value, List<String> key, TomlPosition position, boolean arrayElement) {}

    /** Depth-first without recursion: arrays and inline tables may nest deeper than the stack allows. */
    private List<TomlString> collectStrings() {
        List<TomlString> out = new ArrayList<>();
        ArrayDeque<Pending> stack = new ArrayDeque<>();
        stack.push(new Pending(result, List.of(), null, false));
        while (!stack.isEmpty()) {
            Pending pending = stack.pop();
            if (pending.value() instanceof TomlTable table) {
                for (String name : table.keySet()) {
                    List<String> key = new ArrayList<>(pending.key());
                    key.add(name);
                    stack.push(new Pending(table.get(List.of(name)), List.copyOf(key),
                            table.inputPositionOf(List.of(name)), false));
                }
            } else if (pending.value() instanceof TomlArray array) {
                for (int i = 0; i < array.size(); i++) {
                    stack.push(new Pending(array.get(i), pending.key(), array.inputPositionOf(i), true));
                }
            } else if (pending.value() instanceof String value) {
                Span literal = pending.arrayElement() ? positions.element(pending.position())
                        : positions.afterKey(pending.position());
                if (literal != null) {
                    out.add(new TomlString(pending.key(), value, literal, pending.arrayElement()));
                }
            }
        }
        out.sort(Comparator.comparingInt((TomlString s) -> s.span().startLine())
                .thenComparingInt(s -> s.span().startColumn()));
        return List.copyOf(out);
    }

    private static Span toSpan(TomlPosition p) {
        return Span.point(p.line(), p.column());
    }
}
