package io.loclint.engine.rule;

/**
 * Looks at one element of the model at a time: a parsed file, a code location, a Dagster definition. The runner
 * hands it every element of {@link #elementType()}.
 */
public non-sealed interface ElementRule<T> extends Rule {
    Class<T> elementType();

    void check(T element, RuleContext context);
}
