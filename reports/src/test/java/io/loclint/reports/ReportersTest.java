package io.loclint.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportersTest {

    @Test
    void knownFormats() {
        assertEquals(List.of("text", "json", "sarif", "checkstyle", "junit", "github", "markdown"), Reporters.names());
        assertInstanceOf(TextReporter.class, Reporters.forFormat("text"));
        assertInstanceOf(JsonReporter.class, Reporters.forFormat("json"));
        assertInstanceOf(SarifReporter.class, Reporters.forFormat(" SARIF "));
        assertInstanceOf(CheckstyleReporter.class, Reporters.forFormat("checkstyle"));
        assertInstanceOf(JUnitReporter.class, Reporters.forFormat("junit"));
        assertInstanceOf(GithubReporter.class, Reporters.forFormat("github"));
        assertInstanceOf(MarkdownReporter.class, Reporters.forFormat("markdown"));
        for (String name : Reporters.names()) {
            assertEquals(name, Reporters.forFormat(name).name());
        }
    }

    @Test
    void everyFormatKeepsTheContract() throws Exception {
        for (String name : Reporters.names()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
                @Override
                public void close() {
                    throw new AssertionError(name + " closed the caller's stream");
                }
            };
            Reporters.forFormat(name).write(Samples.representative(), out);
            String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(text.endsWith("\n") && !text.contains("\r"), name);
            assertEquals(text, Samples.render(Reporters.forFormat(name), Samples.representative()), name);
        }
    }

    @Test
    void unknownFormatListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reporters.forFormat("xml"));
        assertEquals("unknown output format 'xml'; valid formats: text, json, sarif, checkstyle, junit, github, markdown", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Reporters.forFormat(null));
    }
}
