package io.loclint.engine.model;

import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyDecorator;
import io.loclint.grammar.python.PyFile;
import io.loclint.grammar.python.PyFunction;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyImport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Resolves names and expressions of one code location to {@link Target}s, following imports and re-exports
 * between its modules, module-level lists, {@code +} and {@code *spread}, but never into another location.
 */
public final class Resolver {
    /** Calls on a definition that return the same definition in another dress. */
    public static final Set<String> WRAPPERS = Set.of("alias", "configured", "tag", "with_hooks", "with_retry_policy",
            "with_top_level_resources", "with_attributes");
    private static final int MAX_DEPTH = 24;
    private static final Pattern MODULE_LOADER = Pattern.compile(
            "load_(assets|jobs|schedules|sensors)_from_(modules|module|package_module|package_name)");
    private static final Map<String, DefinitionKind> LOADER_KINDS = Map.of("assets", DefinitionKind.ASSET,
            "jobs", DefinitionKind.JOB, "schedules", DefinitionKind.SCHEDULE, "sensors", DefinitionKind.SENSOR);
    private static final Set<String> LOADER_ARGUMENTS = Set.of("modules", "module", "package_module",
            "package_name");

    private final CodeLocation location;
    private final Map<String, DagsterDefinition> byBinding = new HashMap<>();
    private final Map<PyExpr.Call, DagsterDefinition> byCall = new IdentityHashMap<>();
    private final Set<String> namespacePackages = new HashSet<>();
    private final Map<PythonModule, Optional<Set<String>>> dunderAll = new IdentityHashMap<>();

    public Resolver(CodeLocation location) {
        this.location = location;
        for (String moduleName : location.modules().keySet()) {
            for (int dot = moduleName.lastIndexOf('.'); dot > 0; dot = moduleName.lastIndexOf('.', dot - 1)) {
                String parent = moduleName.substring(0, dot);
                if (!location.modules().containsKey(parent)) {
                    namespacePackages.add(parent);
                }
            }
        }
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
            String star = starProvider(module, head, new HashSet<>());
            if (star != null) {
                return resolveQualified(star + dotted.substring(head.length()), dotted);
            }
            return new Target.Undefined(dotted, "is not defined or imported in ", module.path(), "");
        }
        return resolveQualified(Bindings.resolve(module, dotted), dotted);
    }

    /**
     * Where a name a module does not bind itself comes from through its {@code from x import *} imports, as
     * {@code x.name}, or null. Python lets a later star import override an earlier one, so the last that provides
     * the name wins; a star import from outside the location may provide anything, so it answers only when no
     * module of the location does.
     *
     * @param searched modules already asked, so star imports in a cycle are each read once
     */
    private String starProvider(PythonModule module, String name, Set<String> searched) {
        if (!searched.add(module.qualifiedName())) {
            return null;
        }
        List<PyImport> imports = module.facts().imports();
        String outside = null;
        for (int i = imports.size() - 1; i >= 0; i--) {
            PyImport star = imports.get(i);
            if (!star.isStar()) {
                continue;
            }
            String source = Bindings.absoluteModule(star, module.qualifiedName(), module.isPackage());
            if (source == null || source.equals(module.qualifiedName())) {
                continue;
            }
            PythonModule provider = location.modules().get(source);
            if (provider == null) {
                if (outside == null && !isModule(source)) {
                    outside = source + "." + name;
                }
            } else if (exports(provider, name, searched)) {
                return source + "." + name;
            }
        }
        return outside;
    }

    /** Whether {@code from module import *} binds the name: its {@code __all__}, else its public names. */
    private boolean exports(PythonModule module, String name, Set<String> searched) {
        Set<String> all = dunderAll(module);
        if (all != null) {
            return all.contains(name);
        }
        if (name.startsWith("_")) {
            return false;
        }
        return module.bindings().containsKey(name) || starProvider(module, name, searched) != null;
    }

    /** The names a module's literal {@code __all__} lists, null when it has none or builds it at run time. */
    private Set<String> dunderAll(PythonModule module) {
        return dunderAll.computeIfAbsent(module, Resolver::literalDunderAll).orElse(null);
    }

    private static Optional<Set<String>> literalDunderAll(PythonModule module) {
        Set<String> names = null;
        for (PyAssignment a : module.facts().moduleAssignments()) {
            if (!a.target().equals("__all__")) {
                continue;
            }
            List<PyExpr> listed = a.value() instanceof PyExpr.ListExpr l ? l.elements()
                    : a.value() instanceof PyExpr.TupleExpr t ? t.elements() : null;
            if (listed == null || listed.stream().anyMatch(e -> !(e instanceof PyExpr.Str))) {
                return Optional.empty();
            }
            if (a.augmented() == null || names == null) {
                names = new HashSet<>();
            }
            for (PyExpr e : listed) {
                names.add(((PyExpr.Str) e).value());
            }
        }
        return Optional.ofNullable(names);
    }

    /**
     * Follows a qualified name through this location's modules the way Python's imports do: {@code a.b.name}
     * reads module {@code a.b} (a file, a package or a namespace folder) and then its attribute {@code name}, which
     * the module binds itself, imports, or gets from a star import.
     */
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
                String attribute = packageAttribute(current);
                if (attribute == null) {
                    return new Target.Opaque(current);
                }
                current = attribute;
                continue;
            }
            String rest = current.substring(moduleName.length() + 1);
            String name = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            PythonModule module = location.modules().get(moduleName);
            if (module == null) {
                return new Target.Undefined(shown, "is imported from namespace package '" + moduleName
                        + "', which has no module '" + name + "'");
            }
            String binding = module.bindings().get(name);
            if (binding == null) {
                String star = starProvider(module, name, new HashSet<>());
                if (star != null) {
                    current = star + rest.substring(name.length());
                    continue;
                }
                return new Target.Undefined(shown, "is imported from ", module.path(), " but not defined there");
            }
            if (binding.isEmpty()) {
                Target wrapped = rest.equals(name) ? wrappedDefinition(module, name) : null;
                return wrapped != null ? wrapped : new Target.Opaque(moduleName + "." + rest);
            }
            current = binding + rest.substring(name.length());
        }
        return new Target.Opaque(qualified);
    }

    /**
     * Whether a call is to a function of the location that returns {@code Definitions(...)} (or another call that
     * builds Definitions): {@code defs = build_tenant_defs("north")}, whose value a loader finds like any other.
     */
    public boolean callsDefinitionsFactory(PythonModule module, PyExpr.Call call) {
        String dotted = PyExpr.dotted(call.func());
        if (dotted == null || !(resolveName(module, dotted) instanceof Target.Opaque opaque)) {
            return false;
        }
        int dot = opaque.qualifiedName().lastIndexOf('.');
        PythonModule owner = dot < 0 ? null : location.modules().get(opaque.qualifiedName().substring(0, dot));
        if (owner == null) {
            return false;
        }
        String name = opaque.qualifiedName().substring(dot + 1);
        return owner.facts().functions().stream().filter(f -> f.topLevel() && f.name().equals(name))
                .flatMap(f -> f.body().returns().stream())
                .anyMatch(r -> r instanceof PyExpr.Call returned
                        && DagsterExtractor.isEntryCall(location, owner, returned));
    }

    /** Whether the package around submodule {@code pkg.name} defines {@code name} itself, by assignment or def. */
    private boolean bindsItself(String submodule) {
        int dot = submodule.lastIndexOf('.');
        PythonModule parent = dot < 0 ? null : location.modules().get(submodule.substring(0, dot));
        return parent != null && "".equals(parent.bindings().get(submodule.substring(dot + 1)));
    }

    /**
     * What {@code pkg.name} is when {@code pkg.name} is also a submodule: {@code from pkg import name} gives the
     * package's attribute first, so a function the package re-exports under its submodule's name wins. Null when
     * the package binds nothing else under that name.
     */
    private String packageAttribute(String submodule) {
        int dot = submodule.lastIndexOf('.');
        PythonModule parent = dot < 0 ? null : location.modules().get(submodule.substring(0, dot));
        if (parent == null) {
            return null;
        }
        String binding = parent.bindings().get(submodule.substring(dot + 1));
        return binding == null || binding.isEmpty() || binding.equals(submodule) ? null : binding;
    }

    /**
     * Whether a value is an op or graph that a function of the location builds and returns ({@code x = make_op(...)}
     * where {@code make_op} defines an {@code @op} inside): loclint sees no definition behind the value, but it is
     * one, and calling it in a job body is wiring.
     */
    public boolean isFactoryMadeOp(Target.Opaque value) {
        int dot = value.qualifiedName().lastIndexOf('.');
        PythonModule module = dot < 0 ? null : location.modules().get(value.qualifiedName().substring(0, dot));
        if (module == null || module.facts() == null) {
            return false;
        }
        String name = value.qualifiedName().substring(dot + 1);
        PyExpr assigned = null;
        for (PyAssignment a : module.facts().moduleAssignments()) {
            if (a.target().equals(name) && a.augmented() == null) {
                assigned = a.value();
            }
        }
        if (!(assigned instanceof PyExpr.Call call)
                || !(resolveExpression(module, call.func()) instanceof Target.Opaque factory)) {
            return false;
        }
        int factoryDot = factory.qualifiedName().lastIndexOf('.');
        PythonModule factoryModule = factoryDot < 0 ? null
                : location.modules().get(factory.qualifiedName().substring(0, factoryDot));
        if (factoryModule == null || factoryModule.facts() == null) {
            return false;
        }
        String factoryName = factory.qualifiedName().substring(factoryDot + 1);
        for (PyFunction inner : factoryModule.facts().functions()) {
            if (!factoryName.equals(inner.enclosing())) {
                continue;
            }
            for (PyDecorator decorator : inner.decorators()) {
                DefinitionKind kind = DagsterExtractor.decoratorKind(Bindings.dagsterMember(location,
                        Bindings.resolve(factoryModule, decorator.target())));
                if (kind == DefinitionKind.OP || kind == DefinitionKind.GRAPH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A plain function of the location and the module that holds it. */
    public record Helper(PythonModule module, PyFunction function) {}

    /**
     * The undecorated module-level function a value names, or null: called while a job or graph is composed, such
     * a function runs then too, so the ops it calls are wired into that job as if the job called them.
     */
    public Helper plainFunction(Target target) {
        if (!(target instanceof Target.Opaque value)) {
            return null;
        }
        int dot = value.qualifiedName().lastIndexOf('.');
        PythonModule module = dot < 0 ? null : location.modules().get(value.qualifiedName().substring(0, dot));
        if (module == null || module.facts() == null) {
            return null;
        }
        String name = value.qualifiedName().substring(dot + 1);
        for (PyFunction function : module.facts().functions()) {
            if (function.topLevel() && function.name().equals(name) && function.decorators().isEmpty()) {
                return new Helper(module, function);
            }
        }
        return null;
    }

    /** A module of the location, or a folder of its modules without an {@code __init__.py} (a namespace package). */
    public boolean isModule(String name) {
        return location.modules().containsKey(name) || namespacePackages.contains(name);
    }

    /**
     * The entry point a qualified name stands for, through imports, star imports and module-level aliases
     * ({@code definitions = defs}; {@code from .definitions import definitions as defs}), or null.
     */
    public EntryPoint entryPointAt(String qualified) {
        String current = qualified;
        for (int hop = 0; hop < MAX_DEPTH && current != null; hop++) {
            for (EntryPoint entryPoint : location.entryPoints()) {
                if (current.equals(entryPoint.module().qualifiedName() + "." + entryPoint.binding())) {
                    return entryPoint;
                }
            }
            int dot = current.lastIndexOf('.');
            PythonModule module = dot < 0 ? null : location.modules().get(current.substring(0, dot));
            if (module == null) {
                return null;
            }
            String name = current.substring(dot + 1);
            String binding = module.bindings().get(name);
            if (binding == null) {
                current = starProvider(module, name, new HashSet<>());
            } else if (!binding.isEmpty()) {
                current = binding;
            } else {
                PyExpr value = null;
                for (PyAssignment a : module.facts().moduleAssignments()) {
                    if (a.target().equals(name) && a.augmented() == null) {
                        value = a.value();
                    }
                }
                String alias = value == null ? null : PyExpr.dotted(value);
                current = alias == null || alias.equals(name) ? null : Bindings.resolve(module, alias);
            }
        }
        return null;
    }

    /**
     * {@code cfg_op = fetch.configured({...}, name="cfg")} at module level stands for {@code fetch}, and so does
     * its decorator form, {@code @configured(fetch, config_schema=...)} on a function {@code cfg_op} that returns
     * the config.
     */
    private Target wrappedDefinition(PythonModule module, String name) {
        for (PyFunction function : module.facts().functions()) {
            if (function.topLevel() && function.name().equals(name)) {
                for (PyDecorator decorator : function.decorators()) {
                    if (decorator.called() && !decorator.args().isEmpty() && "configured".equals(
                            Bindings.dagsterMember(location, Bindings.resolve(module, decorator.target())))) {
                        Target inner = resolveExpression(module, decorator.args().get(0));
                        return inner instanceof Target.Local ? inner : null;
                    }
                }
            }
        }
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
            if (isModule(candidate)) {
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
        return elements(module, expr, null);
    }

    /**
     * The same, for an expression written inside a function: its local variables are followed to what they are
     * assigned ({@code jobs = [...]}, {@code jobs += [...]}, {@code jobs.append(x)}), and a local whose value
     * is unknown (a parameter, a loop variable) stands for nothing loclint can follow.
     */
    public List<Element> elements(PythonModule module, PyExpr expr, PyFunction function) {
        List<Element> out = new ArrayList<>();
        collect(module, expr, function, out, 0, new HashSet<>());
        return out;
    }

    /** @param expanding names being expanded, so {@code jobs = jobs + [x]} is read once, not until the depth cap */
    private void collect(PythonModule module, PyExpr expr, PyFunction function, List<Element> out, int depth,
                         Set<String> expanding) {
        if (depth > MAX_DEPTH || expr == null) {
            return;
        }
        if (expr instanceof PyExpr.ListExpr l) {
            l.elements().forEach(e -> collect(module, e, function, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.TupleExpr t) {
            t.elements().forEach(e -> collect(module, e, function, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.SetExpr s) {
            s.elements().forEach(e -> collect(module, e, function, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.DictExpr d) {
            // a @repository's dict form maps names to definitions: {"jobs": {"etl": etl_job}}
            d.entries().forEach(e -> collect(module, e.value(), function, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.Starred s) {
            collect(module, s.value(), function, out, depth + 1, expanding);
        } else if (expr instanceof PyExpr.BinOp b && b.operator().equals("+")) {
            collect(module, b.left(), function, out, depth + 1, expanding);
            collect(module, b.right(), function, out, depth + 1, expanding);
        } else if (expr instanceof PyExpr.Other o && o.kind().equals("ellipsis")) {
            return;
        } else if (expr instanceof PyExpr.Constant c && c.text().equals("...")) {
            return;
        } else if (expr instanceof PyExpr.Call call && isListCall(module, call)) {
            call.args().forEach(a -> collect(module, a, function, out, depth + 1, expanding));
        } else if (expr instanceof PyExpr.Call call && loadedKind(call) != null) {
            loadFromModules(module, call, loadedKind(call), out);
        } else if (expr instanceof PyExpr.Name name && function != null
                && isLocal(module.facts(), function.qualifiedName(), name.id())) {
            String key = function.qualifiedName() + ":" + name.id();
            if (expanding.add(key)) {
                for (PyExpr value : localValues(module.facts(), function, name)) {
                    collect(module, value, function, out, depth + 1, expanding);
                }
                expanding.remove(key);
            }
        } else if (expr instanceof PyExpr.Name || expr instanceof PyExpr.Attribute) {
            String key = Bindings.resolve(module, PyExpr.dotted(expr));
            List<Element> assigned = expanding.contains(key) ? List.of() : listAssignments(module, PyExpr.dotted(expr));
            if (assigned == null) {
                out.add(new Element(module, expr));
            } else {
                expanding.add(key);
                assigned.forEach(a -> collect(a.module(), a.expr(), null, out, depth + 1, expanding));
                expanding.remove(key);
            }
        } else {
            out.add(new Element(module, expr));
        }
    }

    /**
     * What a local variable holds: its last plain assignment with the {@code +=}, {@code append} and
     * {@code extend} that follow; a variable bound without a known value (a parameter, a loop variable) stands for
     * a value built at run time.
     */
    private static List<PyExpr> localValues(PyFile facts, PyFunction function, PyExpr.Name name) {
        List<PyExpr> values = new ArrayList<>();
        boolean unknown = function.parameters().stream().anyMatch(p -> p.name().equals(name.id()));
        for (PyAssignment a : facts.assignments()) {
            if (!a.target().equals(name.id()) || !function.qualifiedName().equals(a.enclosingFunction())) {
                continue;
            }
            if (a.augmented() == null && !mentions(a.value(), name.id())) {
                // `defs = defs.with_resources(...)` keeps what it wraps; any other assignment replaces it
                values.clear();
                unknown = a.value() == null;
            }
            if (a.value() != null) {
                values.add(a.value());
            }
        }
        for (PyCall call : function.body().calls()) {
            if (call.callee() != null && (call.callee().equals(name.id() + ".append")
                    || call.callee().equals(name.id() + ".extend"))) {
                values.addAll(call.call().args());
            }
        }
        if (unknown) {
            values.add(new PyExpr.Other("local", name.id(), name.span()));
        }
        return values;
    }

    /** Whether an expression reads the name, as in {@code jobs = jobs + [x]} or {@code defs = wrap(defs)}. */
    private static boolean mentions(PyExpr expr, String name) {
        if (expr instanceof PyExpr.Name n) {
            return n.id().equals(name);
        }
        if (expr instanceof PyExpr.Attribute a) {
            return mentions(a.value(), name);
        }
        if (expr instanceof PyExpr.Call c) {
            return mentions(c.func(), name) || c.args().stream().anyMatch(e -> mentions(e, name))
                    || c.keywords().stream().anyMatch(k -> mentions(k.value(), name));
        }
        if (expr instanceof PyExpr.BinOp b) {
            return mentions(b.left(), name) || mentions(b.right(), name);
        }
        if (expr instanceof PyExpr.ListExpr l) {
            return l.elements().stream().anyMatch(e -> mentions(e, name));
        }
        if (expr instanceof PyExpr.TupleExpr t) {
            return t.elements().stream().anyMatch(e -> mentions(e, name));
        }
        if (expr instanceof PyExpr.Starred s) {
            return mentions(s.value(), name);
        }
        return false;
    }

    /**
     * Whether a name used inside a function is one of its local names or of a function enclosing it: a
     * parameter, an assigned or loop variable, a nested function. Such a name is never a module's definition.
     */
    public static boolean isLocal(PyFile facts, String function, String name) {
        for (String scope = function; scope != null; scope = enclosingFunction(facts, scope)) {
            String current = scope;
            for (PyAssignment a : facts.assignments()) {
                if (current.equals(a.enclosingFunction()) && a.target().equals(name)) {
                    return true;
                }
            }
            for (PyFunction f : facts.functions()) {
                if (f.qualifiedName().equals(current) && f.parameters().stream().anyMatch(p -> p.name().equals(name))) {
                    return true;
                }
                if (current.equals(f.enclosing()) && f.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The function a function is nested in, or null when it is at module level or a method of a class. */
    private static String enclosingFunction(PyFile facts, String function) {
        for (PyFunction f : facts.functions()) {
            if (f.qualifiedName().equals(function)) {
                String enclosing = f.enclosing();
                if (enclosing == null) {
                    return null;
                }
                for (PyFunction outer : facts.functions()) {
                    if (outer.qualifiedName().equals(enclosing)) {
                        return enclosing;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean isListCall(PythonModule module, PyExpr.Call call) {
        String callee = PyExpr.dotted(call.func());
        return ("list".equals(callee) || "tuple".equals(callee)) && !module.bindings().containsKey(callee);
    }

    /**
     * The kind a {@code load_<kind>s_from_<modules>(...)} call collects, or null: Dagster's
     * {@code load_assets_from_modules} and {@code load_assets_from_package_module}, and a location's own helpers
     * named the same way ({@code load_schedules_from_package_module(schedules)}), which walk the named modules at
     * run time.
     */
    private static DefinitionKind loadedKind(PyExpr.Call call) {
        Matcher matcher = MODULE_LOADER.matcher(String.valueOf(lastSegment(PyExpr.dotted(call.func()))));
        return matcher.matches() ? LOADER_KINDS.get(matcher.group(1)) : null;
    }

    /** Every definition of the kind in the modules (or packages, with their submodules) the call names. */
    private void loadFromModules(PythonModule module, PyExpr.Call call, DefinitionKind kind, List<Element> out) {
        PyExpr argument = call.args().isEmpty() ? null : call.args().get(0);
        for (PyExpr.Keyword keyword : call.keywords()) {
            if (keyword.name() != null && LOADER_ARGUMENTS.contains(keyword.name())) {
                argument = keyword.value();
            }
        }
        List<Element> named = new ArrayList<>();
        collect(module, argument, null, named, MAX_DEPTH - 4, new HashSet<>());
        for (Element e : named) {
            String target = e.expr() instanceof PyExpr.Str s ? s.value()
                    : PyExpr.dotted(e.expr()) == null ? null : Bindings.resolve(e.module(), PyExpr.dotted(e.expr()));
            if (target == null) {
                continue;
            }
            for (DagsterDefinition d : location.definitions()) {
                String owner = d.module().qualifiedName();
                if (d.kind() == kind && !d.module().test()
                        && (owner.equals(target) || owner.startsWith(target + "."))) {
                    out.add(new Element(d.module(), syntheticName(d)));
                }
            }
        }
    }

    private static PyExpr syntheticName(DagsterDefinition d) {
        return new PyExpr.Name(d.binding() != null ? d.binding() : d.name(), d.nameSpan());
    }

    /**
     * The list expressions a name is bound to at module level (a plain assignment plus {@code +=}, {@code append}
     * and {@code extend} extensions), in
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
            if (moduleName == null) {
                return null;
            }
            if (moduleName.equals(qualified) && bindsItself(qualified)) {
                // `jobs = [...]` in a package with a jobs/ folder: importing from the submodule set the package's
                // attribute first, the assignment after it rebinds the name to the list
                moduleName = qualified.substring(0, qualified.lastIndexOf('.'));
            } else if (moduleName.equals(qualified)) {
                // `extracts.schedules`: the list the package imports from its submodule of the same name
                qualified = packageAttribute(qualified);
                if (qualified == null) {
                    return null;
                }
                continue;
            }
            String name = qualified.substring(moduleName.length() + 1);
            PythonModule owner = location.modules().get(moduleName);
            if (name.contains(".") || owner == null) {
                return null;
            }
            String binding = owner.bindings().get(name);
            if (binding == null) {
                qualified = starProvider(owner, name, new HashSet<>());
                if (qualified == null) {
                    return null;
                }
                continue;
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
            if (isList) {
                // `schedules.append(ScheduleDefinition(...))` at module level, often in a loop
                for (PyCall call : owner.facts().moduleCalls()) {
                    if ((name + ".append").equals(call.callee()) || (name + ".extend").equals(call.callee())) {
                        call.call().args().forEach(argument -> values.add(new Element(owner, argument)));
                    }
                }
            }
            return isList ? values : null;
        }
        return null;
    }

    private static boolean isListLike(PyExpr expr) {
        return expr instanceof PyExpr.ListExpr || expr instanceof PyExpr.TupleExpr || expr instanceof PyExpr.SetExpr
                || (expr instanceof PyExpr.BinOp b && b.operator().equals("+"))
                || (expr instanceof PyExpr.Call c && loadedKind(c) != null)
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
