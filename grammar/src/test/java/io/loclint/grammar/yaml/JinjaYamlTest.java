package io.loclint.grammar.yaml;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JinjaYamlTest {
    @Test
    void aValueThatIsOneExpressionIsQuotedAndLinesStay() {
        String text = """
                deployments:
                  - name: {{ name }}
                    image:
                      repository: "ghcr.io/team/{{ name }}"
                      tag: {{ version|default("latest", true) }}  # pinned by CI
                """;
        assertEquals("""
                deployments:
                  - name: "{{ name }}"
                    image:
                      repository: "ghcr.io/team/{{ name }}"
                      tag: "{{ version|default('latest', true) }}"  # pinned by CI
                """, JinjaYaml.quoteWholeExpressions(text));
        assertEquals(List.of(), YamlFrontEnd.parse(JinjaYaml.quoteWholeExpressions(text)).problems());
    }

    @Test
    void blocksStayUnreadable() {
        String text = "items:\n{% for x in xs %}\n  - {{ x }}\n{% endfor %}\n";
        assertFalse(YamlFrontEnd.parse(JinjaYaml.quoteWholeExpressions(text)).problems().isEmpty());
    }

    @Test
    void longRunsOfBlankLinesAndColonsStayLinear() {
        String text = "\n".repeat(200_000) + "a: " + ":".repeat(200_000) + "\n" + "k: {{ x }}\n";
        long start = System.nanoTime();
        String quoted = JinjaYaml.quoteWholeExpressions(text);
        assertTrue(quoted.endsWith("k: \"{{ x }}\"\n"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
    }

    @Test
    void theDefaultOfAnExpression() {
        assertEquals("latest", JinjaYaml.defaultOf("{{ version|default('latest', true) }}"));
        assertEquals("1.2.3", JinjaYaml.defaultOf("{{ tag | default(\"1.2.3\") }}"));
        assertNull(JinjaYaml.defaultOf("{{ version }}"));
        assertNull(JinjaYaml.defaultOf("latest"));
    }
}
