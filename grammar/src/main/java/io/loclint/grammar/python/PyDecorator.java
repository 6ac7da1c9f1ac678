package io.loclint.grammar.python;

import io.loclint.grammar.Span;

import java.util.List;

/**
 * A decorator in resolved call form: {@code @dg.op(name="x")} gives target "dg.op", called true, the keyword;
 * {@code @op} gives target "op", called false, no arguments. Target is null when the decorator is not a dotted
 * name or a call of one.
 */
public record PyDecorator(String target, boolean called, List<PyExpr> args, List<PyExpr.Keyword> keywords,
                          PyExpr expression, Span span) {

    public PyExpr keyword(String keywordName) {
        for (PyExpr.Keyword k : keywords) {
            if (keywordName.equals(k.name())) {
                return k.value();
            }
        }
        return null;
    }
}
