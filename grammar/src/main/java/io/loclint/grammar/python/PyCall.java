package io.loclint.grammar.python;

import io.loclint.grammar.Span;

/**
 * A call expression anywhere in the file.
 *
 * @param callee            {@code a.b.c} when the called expression is a dotted name, else null
 * @param call              the full expression
 * @param enclosingFunction qualified name of the function it is in, null at module level
 */
public record PyCall(String callee, PyExpr.Call call, String enclosingFunction) {
    public Span span() {
        return call.span();
    }
}
