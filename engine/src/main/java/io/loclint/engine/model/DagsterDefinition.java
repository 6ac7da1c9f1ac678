package io.loclint.engine.model;

import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyFunction;

/**
 * A Dagster definition found without running anything.
 *
 * @param name      the effective name Dagster will use ({@code name=} argument, else the function name, else what
 *                  the factory derives)
 * @param nameSpan  where a person would change that name: the {@code name=} string, else the {@code def} name, else
 *                  the assignment target
 * @param binding   the Python name the definition is bound to in its module (function or variable), may be null
 * @param factory   the resolved decorator or factory, e.g. {@code dagster.job}, {@code dagster.define_asset_job}
 * @param function  for decorator forms, the decorated function
 * @param call      for factory forms, the call; for decorator forms, the decorator call if it has arguments
 */
public record DagsterDefinition(DefinitionKind kind, String name, Span nameSpan, PythonModule module,
                                String binding, String factory, PyFunction function, PyExpr.Call call) {

    public String qualifiedBinding() {
        return binding == null ? null : module.qualifiedName() + "." + binding;
    }

    public String path() {
        return module.path();
    }
}
