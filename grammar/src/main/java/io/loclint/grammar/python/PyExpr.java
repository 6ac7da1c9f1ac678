package io.loclint.grammar.python;

import io.loclint.grammar.Span;

import java.util.List;

/**
 * The part of a Python expression that the model needs. Anything else becomes {@link Other}, which keeps only its
 * source text, so an unfamiliar construct never loses the position of what surrounds it.
 */
public sealed interface PyExpr {
    Span span();

    /** A bare identifier: {@code op}, {@code dagster}. */
    record Name(String id, Span span) implements PyExpr {}

    /** {@code value.attr}: {@code dg.op}, {@code my_graph.to_job}. */
    record Attribute(PyExpr value, String attr, Span span) implements PyExpr {}

    /** {@code func(args, key=value, *spread, **kw)}. */
    record Call(PyExpr func, List<PyExpr> args, List<Keyword> keywords, Span span) implements PyExpr {}

    /** A string literal (concatenated implicitly adjacent literals are joined); f-strings keep their literal parts. */
    record Str(String value, boolean fString, Span span) implements PyExpr {}

    record Num(String text, Span span) implements PyExpr {}

    /** {@code True}, {@code False}, {@code None}. */
    record Constant(String text, Span span) implements PyExpr {}

    record ListExpr(List<PyExpr> elements, Span span) implements PyExpr {}

    record TupleExpr(List<PyExpr> elements, Span span) implements PyExpr {}

    record SetExpr(List<PyExpr> elements, Span span) implements PyExpr {}

    /** {@code {k: v, **spread}}; a spread entry has a null key. */
    record DictExpr(List<DictEntry> entries, Span span) implements PyExpr {}

    /** {@code left op right}, e.g. {@code + } for list concatenation. */
    record BinOp(String operator, PyExpr left, PyExpr right, Span span) implements PyExpr {}

    /** {@code *value} (list spread / star-args) or {@code **value} when {@code doubleStar}. */
    record Starred(PyExpr value, boolean doubleStar, Span span) implements PyExpr {}

    /** {@code value[index]}. */
    record Subscript(PyExpr value, PyExpr index, Span span) implements PyExpr {}

    /** Everything else (lambdas, comprehensions, conditionals ...): only its text. */
    record Other(String kind, String text, Span span) implements PyExpr {}

    record Keyword(String name, PyExpr value, Span span) {
        /** {@code **kwargs} in a call has a null name. */
        public boolean isSpread() {
            return name == null;
        }
    }

    record DictEntry(PyExpr key, PyExpr value) {}

    /** {@code a.b.c} for a chain of names and attributes, null otherwise. */
    static String dotted(PyExpr expr) {
        if (expr instanceof Name n) {
            return n.id();
        }
        if (expr instanceof Attribute a) {
            String base = dotted(a.value());
            return base == null ? null : base + "." + a.attr();
        }
        return null;
    }
}
