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
            problems.add(new ParseProblem(where, "invalid TOML: " + withoutInput(stripPosition(error.getMessage()))));
        }
        return new TomlDocument(problems.isEmpty() ? result : null, problems, source);
    }

    /**
     * tomlj's message with the input it quotes left out: {@code api_key = 3f9a...} unquoted gave "Unexpected
     * 'f9a...'" (31 of a key's 32 characters), a key defined twice its name. The span says where.
     */
    static String withoutInput(String message) {
        if (message.startsWith("Unexpected '")) {
            // the list of what was expected is tomlj's own text; the quoted input before it may hold anything
            int expected = message.lastIndexOf("', expected ");
            return "Unexpected input" + (expected < 0 ? "" : message.substring(expected + 1));
        }
        int defined = message.lastIndexOf(" previously defined at ");
        if (defined >= 0) {
            return "a key defined twice (first at" + message.substring(defined + " previously defined at".length())
                    + ")";
        }
        int quote = message.indexOf('\'');
        return message.startsWith("Invalid ") && quote > 0 ? message.substring(0, quote).strip() : message;
    }

    private static String stripPosition(String message) {
        // tomlj appends " (line L, column C)"; the span already carries it
        int paren = message.lastIndexOf(" (line ");
        return paren > 0 ? message.substring(0, paren) : message;
    }
}
