package io.loclint.grammar.python;

import io.loclint.grammar.Span;

/**
 * One imported binding. {@code import a.b as c} gives module "a.b", name null, alias "c";
 * {@code from ..ops.ops import fetch as f} gives module "ops.ops", level 2, name "fetch", alias "f";
 * {@code from x import *} gives name "*".
 *
 * @param typeCheckingOnly inside {@code if TYPE_CHECKING:} (or {@code typing.TYPE_CHECKING})
 * @param guarded          inside a {@code try} whose handlers catch ImportError/ModuleNotFoundError/Exception, or
 *                         inside such a handler (the fallback import)
 * @param topLevel         at module level (not inside a function or class)
 */
public record PyImport(String module, int level, String name, String alias, Span span,
                       boolean typeCheckingOnly, boolean guarded, boolean topLevel) {

    public boolean isStar() {
        return "*".equals(name);
    }

    /** The local name this import binds: alias, else the imported name, else the first part of the module. */
    public String boundName() {
        if (alias != null) {
            return alias;
        }
        if (name != null) {
            return name;
        }
        int dot = module.indexOf('.');
        return dot < 0 ? module : module.substring(0, dot);
    }
}
