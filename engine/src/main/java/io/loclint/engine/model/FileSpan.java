package io.loclint.engine.model;

import io.loclint.grammar.Span;

/** A place in one of the run's files: the path relative to the run's root, and the span in it. */
public record FileSpan(String path, Span span) {
}
