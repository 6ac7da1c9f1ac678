package io.loclint.grammar.docker;

import io.loclint.grammar.Span;

/** {@code KEY=value} inside one word, with the positions of both halves. */
record KeyValue(String key, String value, Span keySpan, Span valueSpan) {

    static KeyValue split(DockerWord word) {
        int rawEquals = word.raw().indexOf('=');
        int valueEquals = word.value().indexOf('=');
        if (rawEquals < 0 || valueEquals < 0) {
            return new KeyValue(word.value(), null, word.span(), null);
        }
        Span whole = word.span();
        Span keySpan = whole.startLine() == whole.endLine()
                ? new Span(whole.startLine(), whole.startColumn(), whole.startLine(), whole.startColumn() + rawEquals)
                : whole;
        Span valueSpan = whole.startLine() == whole.endLine()
                ? new Span(whole.startLine(), whole.startColumn() + rawEquals + 1, whole.endLine(), whole.endColumn())
                : whole;
        return new KeyValue(word.value().substring(0, valueEquals), word.value().substring(valueEquals + 1), keySpan,
                valueSpan);
    }
}
