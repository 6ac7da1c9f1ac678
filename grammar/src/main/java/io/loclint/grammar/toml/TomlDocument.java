package io.loclint.grammar.toml;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed TOML file. Values are read by dotted key; positions come from tomlj, except for array elements, whose
 * positions tomlj gets wrong: those are found by searching the source text from the array's key.
 */
public final class TomlDocument {
    private final TomlParseResult result;
    private final List<ParseProblem> problems;
    private final String source;
    private String[] lines;

    TomlDocument(TomlParseResult result, List<ParseProblem> problems, String source) {
        this.result = result;
        this.problems = List.copyOf(problems);
        this.source = source;
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

    /** Strings of an array with their spans (found in the text, since tomlj's element positions are off). */
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
        int searchLine = start.startLine();
        int searchColumn = start.startColumn();
        for (int i = 0; i < array.size(); i++) {
            Object element = array.get(i);
            if (!(element instanceof String value)) {
                continue;
            }
            Span found = find(value, searchLine, searchColumn);
            if (found == null) {
                found = start;
            } else {
                searchLine = found.endLine();
                searchColumn = found.endColumn();
            }
            out.add(new Located(value, found));
        }
        return out;
    }

    public record Located(String value, Span span) {}

    /** The text of a 1-based line, or "" beyond the end. */
    public String line(int number) {
        if (lines == null) {
            lines = source.split("\r?\n", -1);
        }
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    private Span find(String value, int fromLine, int fromColumn) {
        if (lines == null) {
            lines = source.split("\r?\n", -1);
        }
        for (int line = fromLine; line <= lines.length; line++) {
            String text = lines[line - 1];
            int from = line == fromLine ? Math.max(0, fromColumn - 1) : 0;
            for (char quote : new char[]{'"', '\''}) {
                int at = text.indexOf(quote + value + quote, from);
                if (at >= 0) {
                    return new Span(line, at + 1, line, at + value.length() + 3);
                }
            }
        }
        return null;
    }

    private static Span toSpan(TomlPosition p) {
        return Span.point(p.line(), p.column());
    }
}
