package io.loclint.grammar.python;

import io.loclint.grammar.Span;

import java.util.List;

/** A class definition at any depth. */
public record PyClass(String name, String qualifiedName, List<PyExpr> bases, List<PyDecorator> decorators,
                      Span nameSpan, String enclosing) {
}
