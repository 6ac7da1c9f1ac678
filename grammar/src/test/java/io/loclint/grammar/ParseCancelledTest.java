package io.loclint.grammar;

import io.loclint.grammar.docker.DockerfileFrontEnd;
import io.loclint.grammar.helm.HelmTemplateFrontEnd;
import io.loclint.grammar.python.PythonFrontEnd;
import io.loclint.grammar.yaml.YamlFrontEnd;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A parse over its time budget is interrupted by its pool and must stop, not run on unobserved holding a core:
 * each front-end with loops over its input checks its thread's interrupt and throws {@link ParseCancelled}, which
 * its own catch of parser failures does not turn into a parse problem.
 */
class ParseCancelledTest {
    private static void assertStopsWhenInterrupted(Function<String, ?> frontEnd, String input) {
        Thread.currentThread().interrupt();
        try {
            assertThrows(ParseCancelled.class, () -> frontEnd.apply(input));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void yaml() {
        String input = "- a\n".repeat(10_000);
        assertStopsWhenInterrupted(YamlFrontEnd::parse, input);
        assertEquals(List.of(), YamlFrontEnd.parse(input).problems());
    }

    @Test
    void python() {
        String valid = "def f():\n    return 1\n".repeat(1_000);
        assertStopsWhenInterrupted(PythonFrontEnd::parse, valid);
        assertEquals(1_000, PythonFrontEnd.parse(valid).functions().size());
    }

    @Test
    void helmTemplate() {
        String input = "name: {{ .Values.name }}\n".repeat(1_000);
        assertStopsWhenInterrupted(HelmTemplateFrontEnd::parse, input);
        assertEquals(1_000, HelmTemplateFrontEnd.parse(input).actions().size());
    }

    @Test
    void dockerfile() {
        String input = "FROM python:3.12\n" + "RUN echo hi\n".repeat(1_000);
        assertStopsWhenInterrupted(DockerfileFrontEnd::parse, input);
        assertEquals(1_001, DockerfileFrontEnd.parse(input).instructions().size());
    }
}
