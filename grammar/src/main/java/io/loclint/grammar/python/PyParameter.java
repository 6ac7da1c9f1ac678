package io.loclint.grammar.python;

import io.loclint.grammar.Span;

/** A parameter; {@code annotation} and {@code defaultValue} are null when absent. */
public record PyParameter(String name, PyExpr annotation, PyExpr defaultValue, Span span) {
}
