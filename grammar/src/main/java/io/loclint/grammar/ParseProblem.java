package io.loclint.grammar;

/** A place where a front-end could not make sense of the input; the first one becomes a PAR001 finding. */
public record ParseProblem(Span span, String message) {
}
