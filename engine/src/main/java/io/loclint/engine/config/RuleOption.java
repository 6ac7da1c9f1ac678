package io.loclint.engine.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One rule option under {@code [tool.loclint.options]} ({@code [options]} in loclint.toml): its key, type, default
 * and description. Declared once, next to the rules that read it (a rule lists it in {@code Rule.options()}); the
 * configuration loader validates against the declared options, and {@code loclint init}, the README's option table
 * and the rule pages are checked or generated from them.
 *
 * <p>Options compare by identity: a value is read with the very declaration it was configured for.
 */
public final class RuleOption<T> {
    private final String key;
    private final String description;
    private final Type<T> type;
    private final T defaultValue;
    private final String example;

    private RuleOption(String key, String description, Type<T> type, T defaultValue, String example) {
        if (!key.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("option key '" + key + "' is not kebab-case");
        }
        this.key = key;
        this.description = description;
        this.type = type;
        this.defaultValue = defaultValue;
        this.example = example;
    }

    /** A whole number from {@code min} to {@code max}. */
    public static RuleOption<Integer> integer(String key, String description, int defaultValue, int min, int max) {
        String expected = "a whole number from " + min + " to " + max;
        return new RuleOption<>(key, description, new Type<>(expected, value -> {
            if (!(value instanceof Long n) || n < min || n > max) {
                throw new InvalidValue("must be " + expected);
            }
            return (int) (long) n;
        }, String::valueOf), defaultValue, null);
    }

    /** A list of strings. */
    public static RuleOption<List<String>> strings(String key, String description, List<String> defaultValue) {
        return new RuleOption<>(key, description, new Type<>("a list of strings", RuleOption::stringList,
                RuleOption::tomlList), List.copyOf(defaultValue), null);
    }

    /**
     * A list of regular expressions, none by default. Configuration lives in the checked tree, so its expressions are
     * RE2 (linear-time, no back-references or look-around): a crafted one cannot hang the run.
     */
    public static RuleOption<List<Pattern>> patterns(String key, String description) {
        return new RuleOption<>(key, description, new Type<>("a list of regular expressions", value -> {
            List<Pattern> patterns = new ArrayList<>();
            for (String regex : stringList(value)) {
                try {
                    patterns.add(Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    throw new InvalidValue("has an invalid regular expression");
                }
            }
            return List.copyOf(patterns);
        }, patterns -> tomlList(patterns.stream().map(Pattern::pattern).toList())), List.of(), null);
    }

    /** One RE2 regular expression (see {@link #patterns}) that must have the named groups {@code groups}. */
    public static RuleOption<Pattern> pattern(String key, String description, String defaultValue, String... groups) {
        String expected = groups.length == 0 ? "a regular expression"
                : "a regular expression with the groups " + groupList(groups);
        return new RuleOption<>(key, description, new Type<>(expected, value -> {
            if (!(value instanceof String regex)) {
                throw new InvalidValue("must be a string");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new InvalidValue("is not a valid regular expression");
            }
            for (String group : groups) {
                if (!regex.contains("(?<" + group + ">")) {
                    throw new InvalidValue("must have the groups " + groupList(groups));
                }
            }
            return pattern;
        }, pattern -> tomlString(pattern.pattern())), Pattern.compile(defaultValue), null);
    }

    /**
     * A table of lists of strings, empty by default.
     *
     * @param normaliseKey applied to every key as read, so that spellings of the same name meet
     */
    public static RuleOption<Map<String, List<String>>> stringListTable(String key, String description,
                                                                       UnaryOperator<String> normaliseKey) {
        return new RuleOption<>(key, description, new Type<>("a table of lists of strings", value -> {
            if (!(value instanceof TomlTable table)) {
                throw new InvalidValue("must be a table");
            }
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (String entry : table.keySet()) {
                try {
                    map.put(normaliseKey.apply(entry), stringList(table.get(List.of(entry))));
                } catch (InvalidValue e) {
                    throw new InvalidValue(".\"" + entry + "\"", e.problem());
                }
            }
            return Map.copyOf(map);
        }, map -> map.isEmpty() ? "{}" : map.entrySet().stream()
                .map(e -> tomlString(e.getKey()) + " = " + tomlList(e.getValue()))
                .collect(Collectors.joining(", ", "{ ", " }"))), Map.of(), null);
    }

    /**
     * The same option, shown in {@code loclint init}'s starter file with {@code tomlValue} instead of its default
     * (for options whose default is empty and so would show nothing of the shape).
     */
    public RuleOption<T> withExample(String tomlValue) {
        return new RuleOption<>(key, description, type, defaultValue, tomlValue);
    }

    public String key() {
        return key;
    }

    /** A sentence fragment, lower case, for comments and tables: what the option holds. */
    public String description() {
        return description;
    }

    /** What a value must be, e.g. "a whole number from 1 to 10000". */
    public String expected() {
        return type.expected();
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The default as a TOML value. */
    public String defaultToml() {
        return toToml(defaultValue);
    }

    /** A value of this option as TOML, as a configuration file would hold it. */
    public String toToml(T value) {
        return type.toToml().apply(value);
    }

    /** The TOML value the starter file shows: the example when there is one, else the default. */
    public String exampleToml() {
        return example != null ? example : defaultToml();
    }

    /** Reads a configured TOML value (as tomlj gives it); a wrong one throws {@link InvalidValue}. */
    T read(Object tomlValue) {
        return type.read().apply(tomlValue);
    }

    @Override
    public String toString() {
        return key;
    }

    private record Type<T>(String expected, Function<Object, T> read, Function<T, String> toToml) {
    }

    /**
     * A configured value that does not fit its option.
     *
     * @param subKey  appended to the option's key in the message (an entry of a table), or empty
     * @param problem what is wrong, e.g. "must be a list of strings"
     */
    static final class InvalidValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String subKey;
        private final String problem;

        InvalidValue(String problem) {
            this("", problem);
        }

        InvalidValue(String subKey, String problem) {
            super(problem, null, false, false);
            this.subKey = subKey;
            this.problem = problem;
        }

        String subKey() {
            return subKey;
        }

        String problem() {
            return problem;
        }
    }

    static List<String> stringList(Object value) {
        if (!(value instanceof TomlArray array)) {
            throw new InvalidValue("must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof String s)) {
                throw new InvalidValue("must be a list of strings");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static String groupList(String... groups) {
        List<String> shown = new ArrayList<>();
        for (String group : groups) {
            shown.add("(?<" + group + ">...)");
        }
        return shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    /** A TOML array of basic strings. */
    public static String tomlList(List<String> values) {
        return values.stream().map(RuleOption::tomlString).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A TOML basic string. */
    public static String tomlString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
