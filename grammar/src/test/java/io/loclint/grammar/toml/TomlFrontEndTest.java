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
    void arrayElementsAreFoundInTheText() {
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
}
