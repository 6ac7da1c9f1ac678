package io.loclint.grammar.python;

import io.loclint.grammar.Span;

/** A {@code #} comment; {@code text} excludes the {@code #}. {@code trailing} when code precedes it on its line. */
public record PyComment(String text, boolean trailing, Span span) {
}
