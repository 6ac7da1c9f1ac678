package io.loclint.grammar.python;

import io.loclint.grammar.Span;

/**
 * {@code target = value} (also annotated and augmented {@code +=}); {@code a = b = v} gives one assignment per
 * target. Tuple targets {@code a, b = ...} give target names with a null value.
 *
 * @param target            the bound name, or dotted for attribute targets ({@code self.x}, {@code cfg.password})
 * @param augmented         the operator for {@code +=} and friends, null for plain assignment
 * @param enclosingFunction null at module level
 */
public record PyAssignment(String target, PyExpr value, String augmented, Span targetSpan, Span span,
                           String enclosingFunction) {
}
