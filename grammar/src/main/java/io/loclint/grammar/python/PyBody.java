package io.loclint.grammar.python;

import io.loclint.grammar.Span;

import java.util.List;

/**
 * A summary of a function body (nested function and class bodies excluded).
 *
 * @param statementCount simple and compound statements, counted recursively into if/for/while/with/try blocks
 * @param calls          every call in the body, in source order, nested calls included
 * @param controlFlow    loops, with-statements, try blocks, comprehensions ... as (kind, span), e.g. "for_statement"
 * @param arithmetic     binary operators on values other than strings (kind is the operator)
 * @param returns        the returned expressions
 */
public record PyBody(int statementCount, List<PyCall> calls, List<Construct> controlFlow, List<Construct> arithmetic,
                     List<PyExpr> returns) {

    public record Construct(String kind, Span span) {}
}
