package io.loclint.grammar.python;

import io.loclint.grammar.Span;

/** Every string literal in the file, docstrings included, with its decoded value (escapes resolved). */
public record PyString(String value, boolean fString, boolean docstring, Span span) {
}
