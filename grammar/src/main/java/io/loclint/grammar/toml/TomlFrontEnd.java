package io.loclint.grammar.toml;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;

import java.util.ArrayList;
import java.util.List;

/** TOML through tomlj; only the first syntax error is known (tomlj reports no more reliably). */
public final class TomlFrontEnd {
    private TomlFrontEnd() {
    }

    public static TomlDocument parse(String source) {
        TomlParseResult result;
        try {
            result = Toml.parse(source);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            // tomlj recurses on nested arrays and inline tables, and a fuzzed input trips an assertion inside it
            // when assertions are on: neither may take the run down
            return new TomlDocument(null, List.of(new ParseProblem(Span.point(1, 1),
                    "TOML could not be parsed: nesting too deep or input too large")), source);
        }
        List<ParseProblem> problems = new ArrayList<>();
        for (TomlParseError error : result.errors()) {
            TomlPosition p = error.position();
            Span where = p == null ? Span.point(1, 1) : Span.point(p.line(), p.column());
            problems.add(new ParseProblem(where, "invalid TOML: " + stripPosition(error.getMessage())));
        }
        return new TomlDocument(problems.isEmpty() ? result : null, problems, source);
    }

    private static String stripPosition(String message) {
        // tomlj appends " (line L, column C)"; the span already carries it
        int paren = message.lastIndexOf(" (line ");
        return paren > 0 ? message.substring(0, paren) : message;
    }
}
