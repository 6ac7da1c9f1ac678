package io.loclint.grammar.python;

import io.loclint.grammar.Span;

import java.util.List;

/**
 * A function definition at any depth.
 *
 * @param qualifiedName dotted within the file: {@code outer.inner}, {@code MyClass.method}
 * @param nameSpan      the function's name token
 * @param defSpan       the whole definition, decorators excluded
 * @param enclosing     qualified name of the enclosing function or class, null at module level
 * @param inClass       directly inside a class body
 * @param body          what the body does, for separation-of-concerns checks
 */
public record PyFunction(String name, String qualifiedName, List<PyDecorator> decorators, List<PyParameter> parameters,
                         Span nameSpan, Span defSpan, String enclosing, boolean inClass, boolean async,
                         PyBody body) {

    public boolean topLevel() {
        return enclosing == null;
    }
}
