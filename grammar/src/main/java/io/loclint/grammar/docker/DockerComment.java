package io.loclint.grammar.docker;

import io.loclint.grammar.Span;

/** A comment line; {@code text} excludes the {@code #}. */
public record DockerComment(String text, Span span) {
}
