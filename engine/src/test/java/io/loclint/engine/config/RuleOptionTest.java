package io.loclint.engine.config;

import io.loclint.grammar.toml.TomlDocument;
import io.loclint.grammar.toml.TomlFrontEnd;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import com.google.re2j.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code loclint init} writes for an option reads back as the same value. */
class RuleOptionTest {

    private static <T> T readBack(RuleOption<T> option, String toml) {
        TomlDocument doc = TomlFrontEnd.parse(option.key() + " = " + toml + "\n");
        assertTrue(doc.parsed(), () -> toml + ": " + doc.problems());
        return option.read(doc.root().get(List.of(option.key())));
    }

    @Test
    void everyTypeWritesItsDefaultAsTomlThatReadsBack() {
        RuleOption<Integer> integer = RuleOption.integer("limit", "a limit", 40, 1, 100);
        assertEquals("40", integer.defaultToml());
        assertEquals(40, readBack(integer, integer.defaultToml()));

        RuleOption<List<String>> strings = RuleOption.strings("names", "names", List.of("a \"quoted\" \\ name", "b"));
        assertEquals("[\"a \\\"quoted\\\" \\\\ name\", \"b\"]", strings.defaultToml());
        assertEquals(strings.defaultValue(), readBack(strings, strings.defaultToml()));

        RuleOption<Pattern> pattern = RuleOption.pattern("tag", "a tag", "^(?<base>.+)\\.v(?<version>\\d+)$",
                "base", "version");
        assertEquals("\"^(?<base>.+)\\\\.v(?<version>\\\\d+)$\"", pattern.defaultToml());
        assertEquals(pattern.defaultValue().pattern(), readBack(pattern, pattern.defaultToml()).pattern());

        RuleOption<Map<String, List<String>>> table = RuleOption.stringListTable("map", "a map", String::strip);
        assertEquals("{}", table.defaultToml());
        assertEquals(Map.of(), readBack(table, table.defaultToml()));
        assertEquals(Map.of("x", List.of("y")), readBack(table, "{ \" x \" = [\"y\"] }"));

        RuleOption<List<Pattern>> patterns = RuleOption.patterns("allow", "values");
        assertEquals("[]", patterns.defaultToml());
        assertEquals(List.of("^a\\d"), readBack(patterns, "[\"^a\\\\d\"]").stream().map(Pattern::pattern).toList());
    }

    @Test
    void anExampleIsShownInsteadOfAnEmptyDefault() {
        RuleOption<List<String>> names = RuleOption.strings("names", "names", List.of()).withExample("[\"vault_token\"]");
        assertEquals("[]", names.defaultToml());
        assertEquals("[\"vault_token\"]", names.exampleToml());
        assertEquals(List.of("vault_token"), readBack(names, names.exampleToml()));
        assertEquals("a list of strings", names.expected());
    }

    @Test
    void wrongValuesSayWhatIsExpected() {
        RuleOption<Pattern> pattern = RuleOption.pattern("tag", "a tag", "(?<base>.+)(?<version>\\d)", "base",
                "version");
        assertEquals("a regular expression with the groups (?<base>...) and (?<version>...)", pattern.expected());
        assertEquals("must have the groups (?<base>...) and (?<version>...)",
                assertThrows(RuleOption.InvalidValue.class, () -> readBack(pattern, "\"(?<base>.+)\"")).problem());
        RuleOption<Integer> integer = RuleOption.integer("limit", "a limit", 4, 1, 9);
        assertEquals("must be a whole number from 1 to 9",
                assertThrows(RuleOption.InvalidValue.class, () -> readBack(integer, "4.0")).problem());
        assertEquals("option key 'Bad_Key' is not kebab-case", assertThrows(IllegalArgumentException.class,
                () -> RuleOption.integer("Bad_Key", "x", 1, 1, 2)).getMessage());
    }
}
