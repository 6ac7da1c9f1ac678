package io.loclint.grammar.toml;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TomlFrontEndTest {
    private static final String PYPROJECT = """
            [project]
            name = "inventory-sync"
            dependencies = [
                "dagster==1.8.13",
                'data-processing',
            ]

            [tool.uv.sources]
            data-processing = { git = "https://example.org/dp.git", branch = "develop" }

            [tool.dagster]
            module_name = "inventory_sync.repository"
            """;

    @Test
    void readsValuesWithPositions() {
        TomlDocument doc = TomlFrontEnd.parse(PYPROJECT);
        assertTrue(doc.parsed());
        assertEquals(List.of(), doc.problems());
        assertEquals("inventory-sync", doc.getString("project.name"));
        assertEquals(Span.point(2, 1), doc.spanOf("project.name"));
        assertEquals("inventory_sync.repository", doc.getString("tool.dagster.module_name"));
        assertEquals("develop", doc.getTable("tool.uv.sources").getTable("data-processing").getString("branch"));
        assertNull(doc.getString("project.missing"));
    }

    @Test
    void arrayElementsHaveTheSpansOfTheirLiterals() {
        TomlDocument doc = TomlFrontEnd.parse(PYPROJECT);
        assertEquals(List.of(
                        new TomlDocument.Located("dagster==1.8.13", new Span(4, 5, 4, 22)),
                        new TomlDocument.Located("data-processing", new Span(5, 5, 5, 22))),
                doc.stringsOf("project.dependencies"));
    }

    @Test
    void firstSyntaxErrorIsAProblem() {
        TomlDocument doc = TomlFrontEnd.parse("[project]\nname = \"x\"\ndependencies = [\"a\"\nversion = \"1\"\n");
        assertFalse(doc.parsed());
        ParseProblem first = doc.problems().get(0);
        assertEquals(4, first.span().startLine());
        assertTrue(first.message().startsWith("invalid TOML: "), first.message());
        assertNull(doc.getString("project.name"));
    }

    @Test
    void duplicateKeysAreAProblem() {
        TomlDocument doc = TomlFrontEnd.parse("a = 1\na = 2\n");
        assertFalse(doc.parsed());
        assertEquals(2, doc.problems().get(0).span().startLine());
    }

    @Test
    void deepNestingDoesNotCrash() {
        String deep = "a = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        TomlDocument doc = TomlFrontEnd.parse(deep);
        assertFalse(doc.problems().isEmpty());
    }

    @Test
    void everyStringWithTheSpanOfItsLiteral() {
        String source = """
                [warehouse]
                "db.password" = "q1"
                connection . password = 'd1'
                mirrors = [
                    "m1",
                    # a comment between elements
                    "m\\"2",  "m3"
                ]
                replicas = [{ host = "r1" }, { host = "r2", password = "r3" }]
                motd = \"""
                line \"""
                port = 5432
                [[index]]
                url = "😀" # a character outside the BMP is one column to tomlj, two UTF-16 units to a span
                pair = { a = "😀", b = "b1" }
                """;
        TomlDocument doc = TomlFrontEnd.parse(source);
        assertEquals(List.of(), doc.problems());
        assertEquals(List.of(
                        new TomlString(List.of("warehouse", "db.password"), "q1", new Span(2, 17, 2, 21), false),
                        new TomlString(List.of("warehouse", "connection", "password"), "d1",
                                new Span(3, 25, 3, 29), false),
                        new TomlString(List.of("warehouse", "mirrors"), "m1", new Span(5, 5, 5, 9), true),
                        new TomlString(List.of("warehouse", "mirrors"), "m\"2", new Span(7, 5, 7, 11), true),
                        new TomlString(List.of("warehouse", "mirrors"), "m3", new Span(7, 14, 7, 18), true),
                        new TomlString(List.of("warehouse", "replicas", "host"), "r1", new Span(9, 22, 9, 26), false),
                        new TomlString(List.of("warehouse", "replicas", "host"), "r2", new Span(9, 39, 9, 43), false),
                        new TomlString(List.of("warehouse", "replicas", "password"), "r3", new Span(9, 56, 9, 60),
                                false),
                        new TomlString(List.of("warehouse", "motd"), "line ", new Span(10, 8, 11, 9), false),
                        new TomlString(List.of("index", "url"), "😀", new Span(14, 7, 14, 11), false),
                        new TomlString(List.of("index", "pair", "a"), "😀", new Span(15, 14, 15, 18), false),
                        new TomlString(List.of("index", "pair", "b"), "b1", new Span(15, 24, 15, 28), false)),
                doc.strings());
        assertEquals("password", doc.strings().get(1).name());
    }

    @Test
    void anUnparsedDocumentHasNoStrings() {
        assertEquals(List.of(), TomlFrontEnd.parse("a = \"x\"\nb = [\n").strings());
    }
}
