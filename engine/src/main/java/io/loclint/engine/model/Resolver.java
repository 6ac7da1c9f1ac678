package io.loclint.engine.model;

import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyImport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves names and expressions of one code location to {@link Target}s, following imports and re-exports
 * between its modules, module-level lists, {@code +} and {@code *spread}, but never into another location.
 */
public final class Resolver {
    /** Calls on a definition that return the same definition in another dress. */
    public static final Set<String> WRAPPERS = Set.of("alias", "configured", "tag", "with_hooks", "with_retry_policy",
            "with_top_level_resources", "with_attributes");
    private static final int MAX_DEPTH = 24;

    private final CodeLocation location;
    private final Map<String, DagsterDefinition> byBinding = new HashMap<>();
    private final Map<PyExpr.Call, DagsterDefinition> byCall = new IdentityHashMap<>();

    public Resolver(CodeLocation location) {
        this.location = location;
        for (DagsterDefinition d : location.definitions()) {
            if (d.qualifiedBinding() != null) {
                byBinding.putIfAbsent(d.qualifiedBinding(), d);
            }
            if (d.call() != null && d.function() == null) {
                byCall.put(d.call(), d);
            }
        }
    }

    /** A reference for an expression, with the text it shows and its target. */
    public Reference reference(PythonModule module, PyExpr expr) {
        return new Reference(module, textOf(expr), expr.span(), resolveExpression(module, expr));
    }

    public Target resolveExpression(PythonModule module, PyExpr expr) {
        PyExpr unwrapped = unwrap(expr);
        if (unwrapped instanceof PyExpr.Attribute attribute && WRAPPERS.contains(attribute.attr())) {
            // the bound method in `fetch.alias("x")()`: the op it is called on
            unwrapped = unwrap(attribute.value());
        }
        if (unwrapped instanceof PyExpr.Call call) {
            DagsterDefinition inline = byCall.get(call);
            return inline != null ? new Target.Local(inline) : new Target.Opaque(textOf(call));
        }
        String dotted = PyExpr.dotted(unwrapped);
        if (dotted == null) {
            return new Target.Opaque(textOf(expr));
        }
        return resolveName(module, dotted);
    }

    /** {@code op.alias("x")}, {@code job.with_hooks({...})} and the like stand for the definition they wrap. */
    public static PyExpr unwrap(PyExpr expr) {
        PyExpr current = expr;
        for (int i = 0; i < MAX_DEPTH; i++) {
            if (current instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute attribute
                    && WRAPPERS.contains(attribute.attr())) {
                current = attribute.value();
            } else {
                return current;
            }
        }
        return current;
    }

    public Target resolveName(PythonModule module, String dotted) {
        String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        if (!module.bindings().containsKey(head)) {
            String star = starSource(module);
            if (star != null) {
                return resolveQualified(star + "." + dotted, dotted);
            }
            return new Target.Undefined(dotted, "is not defined or imported in " + module.path());
        }
        return resolveQualified(Bindings.resolve(module, dotted), dotted);
    }

    /** The module a star import pulls unknown names from, if the module has one. */
    private String starSource(PythonModule module) {
        for (PyImport i : module.facts().imports()) {
            if (i.isStar()) {
                return Bindings.absoluteModule(i, module.qualifiedName(), module.isPackage());
            }
        }
        return null;
    }

    /** Follows a qualified name through this location's modules. */
    public Target resolveQualified(String qualified, String shown) {
        String current = qualified;
        for (int hop = 0; hop < MAX_DEPTH; hop++) {
            DagsterDefinition found = byBinding.get(current);
            if (found != null) {
                return new Target.Local(found);
            }
            String moduleName = longestModulePrefix(current);
            if (moduleName == null) {
                String top = current.contains(".") ? current.substring(0, current.indexOf('.')) : current;
                if (location.packages().contains(top) || location.modules().containsKey(top)) {
                    String missing = current.contains(".") ? current.substring(0, current.lastIndexOf('.')) : current;
                    return new Target.Undefined(shown, "is imported from module '" + missing
                            + "', which does not exist in this code location");
                }
                return new Target.External(current);
            }
            if (moduleName.equals(current)) {
                return new Target.Opaque(current);
            }
            String rest = current.substring(moduleName.length() + 1);
            String name = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            PythonModule module = location.modules().get(moduleName);
            String binding = module.bindings().get(name);
            if (binding == null) {
                String star = starSource(module);
                if (star != null && !star.equals(moduleName)) {
                    current = star + "." + rest;
                    continue;
                }
                return new Target.Undefined(shown, "is imported from " + module.path() + " but not defined there");
            }
            if (binding.isEmpty()) {
                Target wrapped = rest.equals(name) ? wrappedDefinition(module, name) : null;
                return wrapped != null ? wrapped : new Target.Opaque(moduleName + "." + rest);
            }
            current = binding + rest.substring(name.length());
        }
        return new Target.Opaque(qualified);
    }

    /** {@code cfg_op = fetch.configured({...}, name="cfg")} at module level stands for {@code fetch}. */
    private Target wrappedDefinition(PythonModule module, String name) {
        PyExpr value = null;
        for (PyAssignment a : module.facts().moduleAssignments()) {
            if (a.target().equals(name) && a.augmented() == null) {
                value = a.value();
            }
        }
        if (value instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute attribute
                && WRAPPERS.contains(attribute.attr()) && !byCall.containsKey(call)) {
            Target inner = resolveExpression(module, value);
            return inner instanceof Target.Local ? inner : null;
        }
        return null;
    }

    private String longestModulePrefix(String qualified) {
        String candidate = qualified;
        while (true) {
            if (location.modules().containsKey(candidate)) {
                return candidate;
            }
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            candidate = candidate.substring(0, dot);
        }
    }

    /** An element of a registration list, with the module it was written in. */
    public record Element(PythonModule module, PyExpr expr) {}

    /**
     * The elements a list-valued expression stands for: list and tuple literals, {@code +}, {@code *spread}, names
     * of module-level lists in any module of the location (with {@code +=} extensions), and
     * {@code load_assets_from_modules}.
     */
    public List<Element> elements(PythonModule module, PyExpr expr) {
        List<Element> out = new ArrayList<>();
        collect(module, expr, out, 0, new HashSet<>());
        return out;
    }

    /** @param expanding names being expanded, so {@code jobs = jobs + [x]} is read once, not until the depth cap */
    private void collect(PythonModule module, PyExpr expr, List<Element> out, int depth, Set<String> expanding) {
        if (depth > MAX_DEPTH || expr == null) {
            return;
        }
        if (expr instanceof PyExpr.ListExpr l) {
            l.elements().forEach(e -> collect(module, e, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.TupleExpr t) {
            t.elements().forEach(e -> collect(module, e, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.SetExpr s) {
            s.elements().forEach(e -> collect(module, e, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.Starred s) {
            collect(module, s.value(), out, depth + 1, expanding);
        } else if (expr instanceof PyExpr.BinOp b && b.operator().equals("+")) {
            collect(module, b.left(), out, depth + 1, expanding);
            collect(module, b.right(), out, depth + 1, expanding);
        } else if (expr instanceof PyExpr.Other o && o.kind().equals("ellipsis")) {
            return;
        } else if (expr instanceof PyExpr.Constant c && c.text().equals("...")) {
            return;
        } else if (expr instanceof PyExpr.Call call && isListCall(module, call)) {
            call.args().forEach(a -> collect(module, a, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.Call call && isLoadAssets(module, call)) {
            loadAssets(module, call, out);
        } else if (expr instanceof PyExpr.Name || expr instanceof PyExpr.Attribute) {
            String key = Bindings.resolve(module, PyExpr.dotted(expr));
            List<Element> assigned = expanding.contains(key) ? List.of() : listAssignments(module, PyExpr.dotted(expr));
            if (assigned == null) {
                out.add(new Element(module, expr));
            } else {
                expanding.add(key);
                assigned.forEach(a -> collect(a.module(), a.expr(), out, depth + 1, expanding));
                expanding.remove(key);
            }
        } else {
            out.add(new Element(module, expr));
        }
    }

    private static boolean isListCall(PythonModule module, PyExpr.Call call) {
        String callee = PyExpr.dotted(call.func());
        return ("list".equals(callee) || "tuple".equals(callee)) && !module.bindings().containsKey(callee);
    }

    private boolean isLoadAssets(PythonModule module, PyExpr.Call call) {
        String member = Bindings.dagsterMember(Bindings.resolve(module, PyExpr.dotted(call.func())));
        return "load_assets_from_modules".equals(member) || "load_assets_from_package_module".equals(member);
    }

    /** Every asset defined in the modules (or packages) a load_assets_from_* call names. */
    private void loadAssets(PythonModule module, PyExpr.Call call, List<Element> out) {
        List<Element> named = new ArrayList<>();
        if (!call.args().isEmpty()) {
            collect(module, call.args().get(0), named, MAX_DEPTH - 4, new HashSet<>());
        }
        for (Element e : named) {
            String dotted = PyExpr.dotted(e.expr());
            if (dotted == null) {
                continue;
            }
            String target = Bindings.resolve(e.module(), dotted);
            for (DagsterDefinition d : location.definitions()) {
                String owner = d.module().qualifiedName();
                if (d.kind() == DefinitionKind.ASSET && (owner.equals(target) || owner.startsWith(target + "."))) {
                    out.add(new Element(d.module(), syntheticName(d)));
                }
            }
        }
    }

    private static PyExpr syntheticName(DagsterDefinition d) {
        return new PyExpr.Name(d.binding() != null ? d.binding() : d.name(), d.nameSpan());
    }

    /**
     * The list expressions a name is bound to at module level (a plain assignment plus {@code +=} extensions), in
     * whichever module of the location defines it; null when the name is not a module-level list.
     */
    private List<Element> listAssignments(PythonModule module, String dotted) {
        if (dotted == null) {
            return null;
        }
        String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        if (!module.bindings().containsKey(head)) {
            return null;
        }
        String qualified = Bindings.resolve(module, dotted);
        for (int hop = 0; hop < MAX_DEPTH; hop++) {
            String moduleName = longestModulePrefix(qualified);
            if (moduleName == null || moduleName.equals(qualified)) {
                return null;
            }
            String name = qualified.substring(moduleName.length() + 1);
            if (name.contains(".")) {
                return null;
            }
            PythonModule owner = location.modules().get(moduleName);
            String binding = owner.bindings().get(name);
            if (binding == null) {
                return null;
            }
            if (!binding.isEmpty()) {
                qualified = binding;
                continue;
            }
            List<Element> values = new ArrayList<>();
            for (PyAssignment a : owner.facts().moduleAssignments()) {
                if (!a.target().equals(name) || a.value() == null) {
                    continue;
                }
                if (a.augmented() == null) {
                    values.clear();
                }
                values.add(new Element(owner, a.value()));
            }
            boolean isList = !values.isEmpty() && values.stream().allMatch(v -> isListLike(v.expr()));
            return isList ? values : null;
        }
        return null;
    }

    private static boolean isListLike(PyExpr expr) {
        return expr instanceof PyExpr.ListExpr || expr instanceof PyExpr.TupleExpr || expr instanceof PyExpr.SetExpr
                || (expr instanceof PyExpr.BinOp b && b.operator().equals("+"))
                || (expr instanceof PyExpr.Call c && "load_assets_from_modules".equals(lastSegment(PyExpr.dotted(c.func()))))
                || expr instanceof PyExpr.Name || expr instanceof PyExpr.Attribute;
    }

    private static String lastSegment(String dotted) {
        return dotted == null ? null : dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    /** The source-like text of an expression, for messages. */
    public static String textOf(PyExpr expr) {
        String dotted = PyExpr.dotted(expr);
        if (dotted != null) {
            return dotted;
        }
        if (expr instanceof PyExpr.Str s) {
            return "\"" + s.value() + "\"";
        }
        if (expr instanceof PyExpr.Call c) {
            String callee = PyExpr.dotted(c.func());
            return (callee != null ? callee : textOf(c.func())) + "(...)";
        }
        if (expr instanceof PyExpr.Other o) {
            return o.text();
        }
        if (expr instanceof PyExpr.Attribute a) {
            return textOf(a.value()) + "." + a.attr();
        }
        return expr.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
