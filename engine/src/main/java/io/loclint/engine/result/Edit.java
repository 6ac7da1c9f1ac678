package io.loclint.engine.result;

import io.loclint.grammar.Span;

/**
 * One change to a file's text: the text from the span's start up to (not including) its end is replaced. An empty
 * span inserts, an empty replacement deletes; a span ending at column 1 of the next line takes the line break.
 */
public record Edit(Span span, String replacement) {
    public static Edit deletion(Span span) {
        return new Edit(span, "");
    }

    public static Edit insertion(int line, int column, String text) {
        return new Edit(Span.point(line, column), text);
    }
}
