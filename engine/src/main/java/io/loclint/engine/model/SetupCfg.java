package io.loclint.engine.model;

import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code setup.cfg} as setuptools' configparser reads it: {@code [section]} headers, {@code key = value} or
 * {@code key: value}, indented continuation lines, whole-line {@code #}/{@code ;} comments. Keys are compared in lower
 * case; nothing is interpolated.
 */
final class SetupCfg {
    /** One non-blank line of a value, with where it is. */
    record Line(String text, Span span) {}

    /** A key's value: its text as one string (lines joined by newlines) and its lines. */
    record Value(String key, List<Line> lines) {
        String text() {
            return String.join("\n", lines.stream().map(Line::text).toList());
        }
    }

    private final Map<String, Map<String, Value>> sections;

    private SetupCfg(Map<String, Map<String, Value>> sections) {
        this.sections = sections;
    }

    Value get(String section, String key) {
        return sections.getOrDefault(section, Map.of()).get(key);
    }

    List<Value> section(String name) {
        return List.copyOf(sections.getOrDefault(name, Map.of()).values());
    }

    static SetupCfg parse(String text) {
        Map<String, Map<String, Value>> sections = new LinkedHashMap<>();
        Map<String, Value> current = null;
        Value open = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            int number = i + 1;
            if (Character.isWhitespace(line.charAt(0)) && open != null) {
                int start = line.indexOf(stripped);
                open.lines().add(new Line(stripped, new Span(number, start + 1, number, start + stripped.length() + 1)));
                continue;
            }
            open = null;
            if (stripped.startsWith("[") && stripped.endsWith("]")) {
                current = sections.computeIfAbsent(stripped.substring(1, stripped.length() - 1).strip(),
                        k -> new LinkedHashMap<>());
                continue;
            }
            int separator = separator(line);
            if (current == null || separator < 0) {
                continue;
            }
            String key = line.substring(0, separator).strip().toLowerCase(Locale.ROOT);
            open = new Value(key, new ArrayList<>());
            current.put(key, open);
            String rest = line.substring(separator + 1);
            String value = rest.strip();
            if (!value.isEmpty()) {
                int start = separator + 1 + rest.indexOf(value);
                open.lines().add(new Line(value, new Span(number, start + 1, number, start + value.length() + 1)));
            }
        }
        return new SetupCfg(sections);
    }

    /** The first {@code =} or {@code :} of a key line, or -1. */
    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '=' || line.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }
}
