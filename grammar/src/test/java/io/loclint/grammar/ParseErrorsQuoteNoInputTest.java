package io.loclint.grammar;

import io.loclint.grammar.docker.DockerfileFrontEnd;
import io.loclint.grammar.helm.HelmTemplateFrontEnd;
import io.loclint.grammar.toml.TomlFrontEnd;
import io.loclint.grammar.yaml.YamlFrontEnd;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A parse error names the position and the kind of error, never the text it could not read: that text may be a
 * credential (issue 14), and a parse error becomes a PAR001 finding printed in every report.
 */
class ParseErrorsQuoteNoInputTest {
    private static final String SECRET = "SomeSecretWord3f9a";

    @Test
    void yamlUndefinedAliasIsNotNamed() {
        assertEquals(List.of(new ParseProblem(Span.point(1, 11), "invalid YAML: an undefined alias")),
                YamlFrontEnd.parse("password: *" + SECRET + "\n").problems());
    }

    @Test
    void yamlTagIsNotPrinted() {
        assertEquals(List.of(new ParseProblem(Span.point(1, 11), "invalid YAML: an undefined tag handle")),
                YamlFrontEnd.parse("password: !" + SECRET + "!x value\n").problems());
    }

    @Test
    void tomlUnquotedValueIsNotQuoted() {
        assertEquals(List.of(new ParseProblem(Span.point(1, 12),
                        "invalid TOML: Unexpected input, expected a newline or end-of-input")),
                TomlFrontEnd.parse("api_key = 3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c\n").problems());
    }

    @Test
    void tomlKeyDefinedTwiceIsNotNamed() {
        assertEquals(List.of(new ParseProblem(Span.point(2, 1),
                        "invalid TOML: a key defined twice (first at line 1, column 1)")),
                TomlFrontEnd.parse(SECRET + " = 1\n" + SECRET + " = 2\n").problems());
    }

    @Test
    void helmTokenIsNotQuoted() {
        List<ParseProblem> problems = HelmTemplateFrontEnd.parse("a: {{ " + SECRET + " ) }}\n").problems();
        assertEquals(List.of(new ParseProblem(new Span(1, 26, 1, 27), "template action does not parse")), problems);
    }

    @Test
    void dockerfileUnknownInstructionIsNotQuoted() {
        assertEquals(List.of(new ParseProblem(new Span(2, 1, 2, 15), "unknown instruction")),
                DockerfileFrontEnd.parse("FROM python:3.12\n" + SECRET + " x\n").problems());
    }
}
