package io.loclint.grammar.python;

/**
 * A string literal written under a name, wherever it occurs: module, function and class bodies, any dict display
 * (also one opened on a {@code return {} line), any call, lambda or class header. Only literal values are
 * bindings: {@code x = os.getenv("X")} binds no string. A dict display compared with another value
 * ({@code assert obj == {"token": "secret"}}) is what the value should hold, written again: its entries bind nothing.
 *
 * @param name  the bound name: the variable or dotted attribute for an assignment, the string key for an item or
 *              dict entry, the parameter or keyword name
 * @param value the literal, with its span
 */
public record PyBinding(Kind kind, String name, PyExpr.Str value) {
    /** How the literal is bound. */
    public enum Kind {
        /** {@code name = "..."}, {@code self.name: str = "..."}, {@code (name := "...")}, class attributes. */
        ASSIGNMENT,
        /** {@code target["key"] = "..."}. */
        ITEM,
        /** {@code {"key": "..."}}. */
        DICT_ENTRY,
        /** {@code f(key="...")}, also in a class header. */
        KEYWORD_ARGUMENT,
        /** {@code def f(name="...")}, {@code lambda name="...": ...}. */
        PARAMETER_DEFAULT
    }
}
