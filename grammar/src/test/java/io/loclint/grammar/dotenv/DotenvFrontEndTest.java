package io.loclint.grammar.dotenv;

import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DotenvFrontEndTest {
    @Test
    void entriesWithTheirValuesAndSpans() {
        String text = """
                # a comment
                HOST=db.internal  # trailing comment
                export PASSWORD='single # not a comment'
                  TOKEN = "esc\\"aped\\n" # after
                EMPTY=
                URL=http://h/#fragment
                not an entry
                =no-key
                UNCLOSED="open
                """;
        assertEquals(List.of(
                        new DotenvEntry("HOST", new Span(2, 1, 2, 5), "db.internal", new Span(2, 6, 2, 17), false,
                                false),
                        new DotenvEntry("PASSWORD", new Span(3, 8, 3, 16), "single # not a comment",
                                new Span(3, 17, 3, 41), true, true),
                        new DotenvEntry("TOKEN", new Span(4, 3, 4, 8), "esc\"aped\n", new Span(4, 11, 4, 24),
                                false, true),
                        new DotenvEntry("EMPTY", new Span(5, 1, 5, 6), "", new Span(5, 7, 5, 7), false, false),
                        new DotenvEntry("URL", new Span(6, 1, 6, 4), "http://h/#fragment", new Span(6, 5, 6, 23),
                                false, false),
                        new DotenvEntry("UNCLOSED", new Span(9, 1, 9, 9), "\"open", new Span(9, 10, 9, 15), false,
                                false)),
                DotenvFrontEnd.parse(text).entries());
    }

    @Test
    void windowsLineEndsAndNoFinalNewline() {
        assertEquals(List.of(
                        new DotenvEntry("A", new Span(1, 1, 1, 2), "1", new Span(1, 3, 1, 4), false, false),
                        new DotenvEntry("B", new Span(2, 1, 2, 2), "2", new Span(2, 3, 2, 4), false, false)),
                DotenvFrontEnd.parse("A=1\r\nB=2").entries());
    }
}
