package io.loclint.engine.model;

import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyFunction;

/**
 * What a Dagster loader discovers: a module-level {@code Definitions(...)} value, or a {@code @repository} or
 * {@code @definitions} function.
 *
 * @param call     the {@code Definitions(...)} call, when the entry point is one (also the one a
 *                 {@code @definitions} function returns)
 * @param function the decorated function for the decorator forms
 */
public record EntryPoint(Kind kind, PythonModule module, String binding, Span span, PyExpr.Call call,
                         PyFunction function) {
    public enum Kind { DEFINITIONS, REPOSITORY, DEFINITIONS_FUNCTION }

    public String path() {
        return module.path();
    }
}
