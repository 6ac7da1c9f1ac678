package io.loclint.engine.result;

import io.loclint.grammar.Span;

import java.util.Comparator;

/**
 * One reported problem.
 *
 * @param path   relative to the run's root, with forward slashes
 * @param symbol what the finding is about (a job name, a values key, a file): stable across unrelated edits, so
 *               fingerprints and baselines can be keyed on it instead of the line number
 * @param hint   a short fix hint
 * @param fix    a certainly safe change that makes it go away, or null when it takes a human
 */
public record Finding(String code, Severity severity, String message, String path, Span span, String symbol,
                      String hint, Fix fix) {

    public Finding(String code, Severity severity, String message, String path, Span span, String symbol,
                   String hint) {
        this(code, severity, message, path, span, symbol, hint, null);
    }

    /** Deterministic report order: path, line, column, code, then message to break ties. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt((Finding f) -> f.span().startLine())
            .thenComparingInt(f -> f.span().startColumn())
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);
}
