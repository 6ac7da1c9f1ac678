package io.loclint.engine.model;

import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * The asset key Dagster gives an asset, read from its decorator without running anything: {@code key=} (a string, a
 * list of strings, {@code AssetKey(...)}, or a module-level name bound to one of them), else {@code key_prefix=}
 * followed by the asset's name. Two assets clash on their keys, not on their function names.
 */
public final class AssetKeys {
    private static final String SEPARATOR = "/";

    private AssetKeys() {
    }

    /**
     * The key in Dagster's user form ({@code a/b/c}), or null when it is only known at run time (an f-string, a
     * helper's return value, an imported constant).
     */
    public static String of(DagsterDefinition asset) {
        PyExpr.Call call = asset.call();
        PyExpr key = call == null ? null : DagsterExtractor.keyword(call, "key");
        if (key != null) {
            List<String> parts = parts(asset.module(), key, 0);
            return parts == null ? null : String.join(SEPARATOR, parts);
        }
        if (asset.name() == null) {
            return null;
        }
        PyExpr prefix = call == null ? null : DagsterExtractor.keyword(call, "key_prefix");
        if (prefix == null) {
            return asset.name();
        }
        List<String> parts = parts(asset.module(), prefix, 0);
        return parts == null ? null : String.join(SEPARATOR, parts) + SEPARATOR + asset.name();
    }

    /** The key's components, or null when any is not a literal. */
    private static List<String> parts(PythonModule module, PyExpr expr, int depth) {
        if (depth > 4) {
            return null;
        }
        if (expr instanceof PyExpr.Str s) {
            return s.fString() ? null : List.of(s.value());
        }
        if (expr instanceof PyExpr.ListExpr || expr instanceof PyExpr.TupleExpr) {
            List<PyExpr> elements = expr instanceof PyExpr.ListExpr l ? l.elements() : ((PyExpr.TupleExpr) expr).elements();
            List<String> out = new ArrayList<>();
            for (PyExpr element : elements) {
                if (!(element instanceof PyExpr.Str s) || s.fString()) {
                    return null;
                }
                out.add(s.value());
            }
            return out;
        }
        if (expr instanceof PyExpr.Call call && call.args().size() == 1 && call.keywords().isEmpty()
                && "AssetKey".equals(Bindings.dagsterMember(null, Bindings.resolve(module, PyExpr.dotted(call.func()))))) {
            return parts(module, call.args().get(0), depth + 1);
        }
        if (expr instanceof PyExpr.Name name) {
            return parts(module, moduleValue(module, name.id()), depth + 1);
        }
        return null;
    }

    /** The value a module binds a name to with one plain assignment, or null (rebound, extended, or imported). */
    private static PyExpr moduleValue(PythonModule module, String name) {
        PyExpr value = null;
        for (PyAssignment a : module.facts().moduleAssignments()) {
            if (a.target().equals(name)) {
                if (value != null || a.augmented() != null) {
                    return null;
                }
                value = a.value();
            }
        }
        return value;
    }
}
